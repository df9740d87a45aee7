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
    messages: {
      'far-label': {
        en: 'its label « {label} » is {gap} px away: check that they are next to each other',
        fr: 'son étiquette « {label} » est à {gap} px : vérifier qu’ils sont accolés',
      },
      'below-field': {
        en: 'the label « {label} » is drawn below the field: it must be above it or on its {other}',
        fr: 'l’étiquette « {label} » est affichée sous le champ : elle doit être au-dessus ou à sa {other}',
      },
      'beside-field': {
        en: 'the label « {label} » is drawn on the {side} of the field: it must be above it or on its {other}',
        fr: 'l’étiquette « {label} » est affichée à {side} du champ : elle doit être au-dessus ou à sa {other}',
      },
      'above-checkable': {
        en: 'the label « {label} » is drawn above the {kind}: it must be below it or on its {side}',
        fr: 'l’étiquette « {label} » est affichée au-dessus du champ {kind} : elle doit être en dessous ou à sa {side}',
      },
      'beside-checkable': {
        en: 'the label « {label} » is drawn on the {other} of the {kind}: it must be below it or on its {side}',
        fr: 'l’étiquette « {label} » est affichée à {other} du champ {kind} : elle doit être en dessous ou à sa {side}',
      },
      left: {
        en: 'left',
        fr: 'gauche',
      },
      right: {
        en: 'right',
        fr: 'droite',
      },
    },
  },
});
