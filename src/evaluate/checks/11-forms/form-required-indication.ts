import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-required-indication',
    decides: ['11.10.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '11.10.2: fields with required or aria-required="true", in a form of 2 fields or more that does not mark its optional fields instead (« facultatif », « optionnel », « optional »; RGAA particular case). The label (with its ::before/::after content), the aria-labelledby and aria-describedby texts and the legend are searched for a required indication (*, « obligatoire », « requis », « required », « mandatory »). None there and none in the form’s own text → NC; an icon in the label, a form text mentioning required fields, or no visible label → doubt.',
  },
});
