import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-radio-group',
    decides: ['11.5.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '11.5.1: radio buttons sharing a name (2 or more in the same form) none of which is inside a fieldset, role=group or role=radiogroup → NC, unless one of them carries aria-describedby, aria-labelledby, aria-label or title (another way the RGAA accepts to tie them to their question) or they sit in a table: then a doubt. Checkboxes sharing a name outside a group are doubts. Fields hidden from assistive technologies (a step not displayed, a template) are not counted.',
    messages: {
      'radios-ungrouped': {
        en: '{n} radio buttons named "{name}" are not grouped in a fieldset or an element with role="group" or role="radiogroup"',
        fr: '{n} boutons radio nommés « {name} » ne sont pas regroupés dans un fieldset ou un élément avec role="group" ou role="radiogroup"',
      },
      'radios-check': {
        en: '{n} radio buttons named "{name}" are not grouped in a fieldset or role="group": check whether their labels are enough',
        fr: '{n} boutons radio nommés « {name} » ne sont pas regroupés dans un fieldset ou role="group" : vérifier si leurs étiquettes suffisent',
      },
      'checkboxes-check': {
        en: '{n} checkboxes named "{name}" are not grouped in a fieldset or role="group": check whether their labels are enough',
        fr: '{n} cases à cocher nommées « {name} » ne sont pas regroupées dans un fieldset ou role="group" : vérifier si leurs étiquettes suffisent',
      },
    },
  },
});
