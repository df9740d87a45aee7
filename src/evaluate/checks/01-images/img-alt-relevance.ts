import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-alt-relevance',
    decides: ['1.3.1', '1.3.2', '1.3.3', '1.3.9'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.3.1–1.3.3, 1.3.9: text alternatives that cannot be relevant (a file name, a URL, a placeholder such as "image", "null" or "undefined"); alternatives over 80 characters are listed for a human (1.3.9). Images that are the only content of a link or button are left to the Links and Forms themes.',
  },
});
