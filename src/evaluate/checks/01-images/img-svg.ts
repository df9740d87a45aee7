import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-svg',
    decides: ['1.1.5', '1.2.4'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.1.5, 1.2.4: inline <svg> images. Fails an <svg> hidden with aria-hidden="true" that still carries an alternative (aria-label, <title>/<desc> text, title attribute), an <svg> with an alternative but no role="img", and an <svg> that is neither hidden nor exposed as an image. SVGs inside links and buttons, and interactive SVGs, are left to a human.',
  },
});
