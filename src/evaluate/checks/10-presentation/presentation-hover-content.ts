import type { CheckResult } from '../define.js';
import { defineCheck } from '../define.js';
import { listenerNode } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'presentation-hover-content',
    decides: [],
    scopes: ['10.13'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description:
      '10.13 scope: content that may appear on hover or focus: mouseover/mouseenter/pointerover/pointerenter/focus/focusin listeners, CSS :hover/:focus rules showing another element or a pseudo-element, tooltip markup, unreadable style sheets, embedded frames. None → NA (title tooltips and dialogs are exempt anyway).',
  },
  run({ listeners: p }) {
    const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
    const types = new Set(['mouseover', 'mouseenter', 'pointerover', 'pointerenter', 'focus', 'focusin']);
    if (p.listenerError) r.doubts.push({ selector: 'html', snippet: '<html>', message: `event listeners could not be read (${p.listenerError})` });
    const hits = p.listeners.filter((l) => types.has(l.type));
    r.applicable = hits.length + p.css.hover.length + p.css.focus.length + p.css.unreadable.length + p.dom.tooltips + p.dom.frames + (p.listenerError ? 1 : 0);
    for (const l of hits.slice(0, 5)) r.doubts.push(listenerNode(l, `listens to '${l.type}': if content appears, check it can be dismissed, hovered and stays visible`));
    for (const c of [...p.css.hover, ...p.css.focus].slice(0, 5)) r.doubts.push({ selector: c.selector, snippet: `${c.selector} { … }`, message: 'CSS shows content on hover or focus: check it can be dismissed, hovered and stays visible' });
    return r;
  },
});
