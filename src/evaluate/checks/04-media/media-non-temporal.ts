import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'media-non-temporal',
    decides: [],
    scopes: ['3.1.6', '4.8', '4.9', '4.12'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      'Scope of 4.8, 4.9, 4.12: non-time-based media (plugin content in <object>/<embed>/<applet> other than images, <canvas>, interactive SVG, embedded maps).',
    // A scope: it counts elements and lists none.
    messages: {},
  },
});
