import type { CheckResult } from '../define.js';
import { defineCheck } from '../define.js';
import { LISTENER_MESSAGES, unreadableNode } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'nav-revealed-content',
    decides: [],
    scopes: ['12.11'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description:
      '12.11 scope: content that may appear on hover, focus or activation: click/pointer/mouse/hover/focus listeners, CSS :hover/:focus rules showing other content, disclosure markup (details, dialog, popover, aria-expanded, aria-haspopup, aria-controls), tooltips, unreadable style sheets, embedded frames. None → NA.',
    messages: {
      ...LISTENER_MESSAGES,
    },
  },
  run({ listeners: p }) {
    const types = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'mouseover', 'mouseenter', 'pointerover', 'pointerenter', 'focus', 'focusin']);
    const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
    if (p.listenerError) r.doubts.push(unreadableNode(p.listenerError));
    const hits = p.listeners.filter((l) => types.has(l.type));
    r.applicable = hits.length + p.css.hover.length + p.css.focus.length + p.css.unreadable.length + p.dom.tooltips + p.dom.disclosures + p.dom.frames + (p.listenerError ? 1 : 0);
    return r;
  },
});
