import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-describedby',
    decides: ['1.6.9'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.6.9: an image using aria-describedby must point to an existing, non-empty passage of text (its detailed description).',
  },
});
