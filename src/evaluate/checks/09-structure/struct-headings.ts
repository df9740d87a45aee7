import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'struct-headings',
    decides: ['9.1.1', '9.1.2', '9.1.3'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '9.1.2: headings exposed to assistive technologies with no text fail; 9.1.1: gaps in heading levels and role="heading" without aria-level are listed for a human; 9.1.3: a page with text but no heading at all is listed for a human. Scope of 9.1.1 and 9.1.2: headings.',
  },
});
