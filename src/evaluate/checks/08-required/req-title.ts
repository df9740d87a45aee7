import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-title',
    decides: ['8.5.1'],
    scopes: [],
    returns: ['NC', 'C'],
    needs: ['dom'],
    description:
      '8.5.1: the page has a <title> element with text.',
  },
});
