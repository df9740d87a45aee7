import type { CheckResult } from '../define.js';
import { defineCheck } from '../define.js';
import { LISTENER_MESSAGES, listenerNode, unreadableNode } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'presentation-hover-content',
    decides: [],
    scopes: ['10.13'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description:
      '10.13 scope: content that may appear on hover or focus: mouseover/mouseenter/pointerover/pointerenter/focus/focusin listeners, CSS :hover/:focus rules showing another element or a pseudo-element, tooltip markup, unreadable style sheets, embedded frames. None → NA (title tooltips and dialogs are exempt anyway).',
    messages: {
      ...LISTENER_MESSAGES,
      'hover-listener': {
        en: 'listens to \'{type}\': if content appears, check it can be dismissed, hovered and stays visible',
        fr: 'écoute « {type} » : si un contenu apparaît, vérifier qu’on peut le faire disparaître, le survoler et qu’il reste visible',
      },
      'css-reveal': {
        en: 'CSS shows content on hover or focus: check it can be dismissed, hovered and stays visible',
        fr: 'CSS affiche un contenu au survol ou à la prise de focus : vérifier qu’on peut le faire disparaître, le survoler et qu’il reste visible',
      },
    },
  },
  run({ listeners: p }) {
    const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
    const types = new Set(['mouseover', 'mouseenter', 'pointerover', 'pointerenter', 'focus', 'focusin']);
    if (p.listenerError) r.doubts.push(unreadableNode(p.listenerError));
    const hits = p.listeners.filter((l) => types.has(l.type));
    r.applicable = hits.length + p.css.hover.length + p.css.focus.length + p.css.unreadable.length + p.dom.tooltips + p.dom.frames + (p.listenerError ? 1 : 0);
    for (const l of hits.slice(0, 5)) r.doubts.push(listenerNode(l, 'hover-listener', { type: l.type }));
    for (const c of [...p.css.hover, ...p.css.focus].slice(0, 5)) r.doubts.push({ selector: c.selector, snippet: `${c.selector} { … }`, messageId: 'css-reveal' });
    return r;
  },
});
