import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-object-canvas',
    decides: ['1.1.6', '1.1.7', '1.1.8', '1.2.3', '1.2.5', '1.2.6'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.1.6–1.1.8, 1.2.3, 1.2.5, 1.2.6: <object>/<embed> images and <canvas>. Fails those hidden as decorative (aria-hidden="true") that still carry an alternative, and a <canvas role="img"> without aria-label/aria-labelledby; lists those with neither alternative nor aria-hidden for a human (an adjacent link may give the alternative).',
  },
});
