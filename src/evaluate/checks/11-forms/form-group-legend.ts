import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-group-legend',
    decides: ['11.6.1'],
    scopes: ['11.6', '11.7'],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '11.6.1 (and scope of 11.6 / 11.7): groups of fields (fieldset, role=group, role=radiogroup, containing at least one field). A fieldset without a non-empty <legend> as its first legend child, or a role=group/radiogroup without aria-label/aria-labelledby text → NC when it holds 2 fields or more none of which carries title, aria-label, aria-labelledby or aria-describedby; a doubt otherwise. Groups holding no field (button groups, carousel slides) are out of scope.',
  },
});
