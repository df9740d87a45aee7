import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-figure-caption',
    decides: ['1.9.1', '1.9.2', '1.9.3', '1.9.4', '1.9.5'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.9.1–1.9.5: an image with a caption (inside <figure> with <figcaption>) needs role="figure" or role="group" on the <figure> and an aria-label identical to the caption.',
  },
});
