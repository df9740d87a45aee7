import type { CheckResult } from '../define.js';
import { defineCheck } from '../define.js';
import { listenerNode } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'consult-pointer-down',
    decides: ['13.11.1'],
    scopes: ['13.11'],
    returns: ['C', 'NA', 'review'],
    needs: ['listeners'],
    description:
      '13.11.1: actions on a single pointer. No mousedown/pointerdown/touchstart listener anywhere and no embedded frame → every pointer action fires on release (native click) → C. Otherwise the listening elements are listed for a human (NT).',
  },
  run({ listeners: p }) {
    const r: CheckResult = { applicable: p.dom.pointerTargets + p.dom.frames, failures: [], doubts: [] };
    if (p.listenerError) {
      r.applicable = Math.max(1, r.applicable);
      r.doubts.push({ selector: 'html', snippet: '<html>', message: `event listeners could not be read (${p.listenerError})` });
      return r;
    }
    const down = p.listeners.filter((l) => l.type === 'mousedown' || l.type === 'pointerdown' || l.type === 'touchstart');
    r.applicable += down.length;
    for (const l of down.slice(0, 10)) r.doubts.push(listenerNode(l, `acts on '${l.type}' (pointer pressed): check that the action fires on release or can be cancelled`));
    if (p.dom.frames) r.doubts.push({ selector: 'iframe', snippet: `${p.dom.frames} embedded frame(s)`, message: 'embedded frames are not probed: check their pointer actions' });
    return r;
  },
});
