import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'struct-fake-list',
    decides: ['9.3.1', '9.3.2'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '9.3.1: lines or sibling paragraphs starting with the same bullet (•, -, *, ▪…) are an unordered list not marked up as one; 9.3.2: lines numbered 1., 2.… in one block fail, numbered sibling paragraphs are listed for a human.',
  },
});
