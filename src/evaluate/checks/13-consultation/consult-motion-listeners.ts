import { defineCheck } from '../define.js';
import { listenerScope } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'consult-motion-listeners',
    decides: [],
    scopes: ['13.12'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description: '13.12 scope: devicemotion/deviceorientation listeners, or embedded frames. None → no function is triggered by moving the device → NA.',
  },
  run({ listeners: p }) {
    const types = new Set(['devicemotion', 'deviceorientation', 'deviceorientationabsolute', 'compassneedscalibration']);
    return listenerScope(p, types, 'that this motion-triggered function also works with an interface component and can be turned off', p.dom.frames);
  },
});
