import { defineCheck } from '../define.js';
import { LISTENER_SCOPE_MESSAGES, listenerScope } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'consult-motion-listeners',
    decides: [],
    scopes: ['13.12'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description: '13.12 scope: devicemotion/deviceorientation listeners, or embedded frames. None → no function is triggered by moving the device → NA.',
    messages: {
      ...LISTENER_SCOPE_MESSAGES,
      what: {
        en: 'that this motion-triggered function also works with an interface component and can be turned off',
        fr: 'que cette fonctionnalité déclenchée par un mouvement marche aussi avec un composant d’interface et peut être désactivée',
      },
    },
  },
  run({ listeners: p }) {
    const types = new Set(['devicemotion', 'deviceorientation', 'deviceorientationabsolute', 'compassneedscalibration']);
    return listenerScope(p, types, p.dom.frames);
  },
});
