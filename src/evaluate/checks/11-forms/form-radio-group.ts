import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-radio-group',
    decides: ['11.5.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '11.5.1: radio buttons sharing a name (2 or more in the same form) none of which is inside a fieldset, role=group or role=radiogroup → NC, unless one of them carries aria-describedby, aria-labelledby, aria-label or title (another way the RGAA accepts to tie them to their question) or they sit in a table: then a doubt. Checkboxes sharing a name outside a group are doubts.',
  },
});
