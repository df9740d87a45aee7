import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-decorative-alt',
    decides: ['1.2.1', '1.2.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.2.1, 1.2.2: an <img> or a non-clickable <area> marked as decorative (alt="", aria-hidden="true", role="presentation") that still carries a text alternative (aria-label, aria-labelledby, title); an <area> without href that has no alt at all',
  },
});
