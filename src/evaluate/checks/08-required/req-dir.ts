import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-dir',
    decides: ['8.10.1', '8.10.2'],
    scopes: ['8.10'],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '8.10.1: text in a right-to-left script (Arabic, Hebrew…) in a left-to-right page sits in an element with a dir attribute (several words without one fail, a single word is listed for a human); 8.10.2: dir values are "rtl", "ltr" (or "auto"). Scope of 8.10.',
  },
});
