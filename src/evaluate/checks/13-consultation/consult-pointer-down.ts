import type { CheckResult } from '../define.js';
import { defineCheck } from '../define.js';
import { LISTENER_MESSAGES, listenerNode, unreadableNode } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'consult-pointer-down',
    decides: ['13.11.1'],
    scopes: ['13.11'],
    returns: ['C', 'NA', 'review'],
    needs: ['listeners'],
    description:
      '13.11.1: actions on a single pointer. No mousedown/pointerdown/touchstart listener anywhere and no embedded frame → every pointer action fires on release (native click) → C. Otherwise the listening elements are listed for a human (NT).',
    messages: {
      ...LISTENER_MESSAGES,
      'acts-on-down': {
        en: 'acts on \'{type}\' (pointer pressed): check that the action fires on release or can be cancelled',
        fr: 'agit sur « {type} » (pointeur enfoncé) : vérifier que l’action se déclenche au relâchement ou peut être annulée',
      },
      'frames-not-probed': {
        en: 'embedded frames are not probed: check their pointer actions',
        fr: 'les cadres intégrés ne sont pas sondés : vérifier leurs actions au pointeur',
      },
    },
  },
  run({ listeners: p }) {
    const r: CheckResult = { applicable: p.dom.pointerTargets + p.dom.frames, failures: [], doubts: [] };
    if (p.listenerError) {
      r.applicable = Math.max(1, r.applicable);
      r.doubts.push(unreadableNode(p.listenerError));
      return r;
    }
    const down = p.listeners.filter((l) => l.type === 'mousedown' || l.type === 'pointerdown' || l.type === 'touchstart');
    r.applicable += down.length;
    for (const l of down.slice(0, 10)) r.doubts.push(listenerNode(l, 'acts-on-down', { type: l.type }));
    if (p.dom.frames) r.doubts.push({ selector: 'iframe', snippet: `${p.dom.frames} embedded frame(s)`, messageId: 'frames-not-probed' });
    return r;
  },
});
