import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-position',
    decides: ['11.4.1', '11.4.2', '11.4.3'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '11.4.1–11.4.3: where the visible <label> of a visible field is drawn. Text fields (11.4.2): label below or to the right of the field (left-to-right text, reversed for right-to-left) → NC; checkboxes, radios and switches (11.4.3): label above or to the left → NC. A label more than 100 px away is a doubt for 11.4.1 (not next to its field). Labels overlapping the field (floating labels) and fields with several labels are left to a human.',
  },
});
