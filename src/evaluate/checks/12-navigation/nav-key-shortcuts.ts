import type { CheckResult } from '../define.js';
import { defineCheck } from '../define.js';
import { LISTENER_MESSAGES, listenerNode, unreadableNode } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'nav-key-shortcuts',
    decides: [],
    scopes: ['12.10'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description:
      '12.10 scope: keydown/keypress/keyup listeners on the window, the document or a container that is not itself focusable (a listener on a field or a focusable widget only acts while it has the focus, which the RGAA allows), or embedded frames. None → no single-key shortcut can exist → NA.',
    messages: {
      ...LISTENER_MESSAGES,
      'key-listener': {
        en: 'listens to \'{type}\' for the whole page or a container: check for single-key shortcuts and how to turn them off or remap them',
        fr: 'écoute « {type} » pour toute la page ou un conteneur : vérifier s’il existe des raccourcis d’une seule touche et comment les désactiver ou les modifier',
      },
    },
  },
  run({ listeners: p }) {
    const types = new Set(['keydown', 'keypress', 'keyup']);
    const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
    if (p.listenerError) {
      r.applicable = 1;
      r.doubts.push(unreadableNode(p.listenerError));
      return r;
    }
    const hits = p.listeners.filter((l) => types.has(l.type) && !(l.on === 'element' && l.node && l.node.focusable));
    r.applicable = hits.length + p.dom.frames;
    for (const l of hits.slice(0, 10)) r.doubts.push(listenerNode(l, 'key-listener', { type: l.type }));
    return r;
  },
});
