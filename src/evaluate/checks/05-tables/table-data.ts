import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'table-data',
    decides: ['5.1.1', '5.2.1', '5.4.1', '5.7.1', '5.7.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '5.1.1: a complex data table (headers beyond the first row and column) without caption, summary or aria-describedby has no summary; 5.4.1: a table whose only title source is an aria-labelledby pointing to nothing; 5.7.1: in a table with headers on both the first row and the first column, each <th> needs scope, id or a header role; 5.7.2: a scope value that is invalid or contradicts the header position.',
  },
});
