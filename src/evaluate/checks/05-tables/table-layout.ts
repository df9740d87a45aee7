import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'table-layout',
    decides: ['5.8.1'],
    scopes: ['5.3', '5.8'],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '5.8.1: a layout table (role="presentation"/"none") must not use data-table markup (summary, caption, th, thead, tfoot, role="rowheader"/"columnheader", scope/headers/axis on cells); 5.3.1: role="none" instead of role="presentation", and tables with neither header cells nor a role, listed for a human. Scope of 5.3 and 5.8: declared and possible layout tables.',
  },
});
