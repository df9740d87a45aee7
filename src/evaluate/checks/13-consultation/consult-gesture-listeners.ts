import { defineCheck } from '../define.js';
import { LISTENER_SCOPE_MESSAGES, listenerScope } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'consult-gesture-listeners',
    decides: [],
    scopes: ['13.10'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description: '13.10 scope: listeners for touch, gesture, pointer/mouse move and drag events, or embedded frames. None → no complex gesture can be handled → NA.',
    messages: {
      ...LISTENER_SCOPE_MESSAGES,
      what: {
        en: 'that any gesture (multi-touch or path) has a single-pointer alternative',
        fr: 'que tout geste (multipoint ou avec un tracé) a une alternative à un seul point de contact',
      },
    },
  },
  run({ listeners: p }) {
    const types = new Set(['touchstart', 'touchmove', 'touchend', 'touchcancel', 'gesturestart', 'gesturechange', 'gestureend', 'pointermove', 'mousemove', 'dragstart', 'drag', 'dragover', 'drop', 'wheel']);
    return listenerScope(p, types, p.dom.frames);
  },
});
