import { defineCheck } from '../define.js';
import { LISTENER_SCOPE_MESSAGES, anyListenerScope } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'consult-time-limit-scope',
    decides: [],
    scopes: ['13.1.1', '13.1.4'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description:
      'Scope of 13.1.1 and 13.1.4: what can refresh the page or limit the time of a session. The refresh processes 13.1.1 names (<meta http-equiv="refresh">, <object>, <embed>, <svg>, <canvas>), any script (see script-scope), frames, and forms or fields (a session limit ends what the user fills in). None → NA.',
    messages: {
      ...LISTENER_SCOPE_MESSAGES,
      what: { en: 'a refresh or a session time limit', fr: 'un rafraîchissement ou une limite de temps de session' },
    },
  },
  run({ listeners: p }) {
    const { scripts, frames, refreshers, forms } = p.dom;
    return anyListenerScope(p, scripts + frames + refreshers + forms);
  },
});
