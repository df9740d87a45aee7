import { defineCheck } from '../define.js';
import { listenerScope } from '../listeners.js';

export default defineCheck({
  meta: {
    id: 'consult-gesture-listeners',
    decides: [],
    scopes: ['13.10'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description: '13.10 scope: listeners for touch, gesture, pointer/mouse move and drag events, or embedded frames. None → no complex gesture can be handled → NA.',
  },
  run({ listeners: p }) {
    const types = new Set(['touchstart', 'touchmove', 'touchend', 'touchcancel', 'gesturestart', 'gesturechange', 'gestureend', 'pointermove', 'mousemove', 'dragstart', 'drag', 'dragover', 'drop', 'wheel']);
    return listenerScope(p, types, 'that any gesture (multi-touch or path) has a single-pointer alternative', p.dom.frames);
  },
});
