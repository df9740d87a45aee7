import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-position',
    decides: ['11.4.1', '11.4.2', '11.4.3'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '11.4.1–11.4.3: where the visible <label> of a visible field is drawn. Text fields (11.4.2): label below or to the right of the field (left-to-right text, reversed for right-to-left) → NC; checkboxes and radios the browser draws (11.4.3): label above or to the left → NC; switches, ARIA widgets and boxes restyled with appearance: none may not be presented as a checkbox or radio (RGAA particular case: NA) → doubt. Labels mixing right-to-left and left-to-right text are not examined (particular case). A label more than 100 px away is a doubt for 11.4.1 (not next to its field). Labels overlapping the field (floating labels) and fields with several labels are left to a human.',
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
      'checkable-custom': {
        en: 'the label « {label} » is neither below nor on the {side} of this {kind}, which is drawn by the page (a switch, a tile, no native box): NC if it is presented as a checkbox or radio button, NA otherwise (RGAA 11.4, particular cases)',
        fr: 'l’étiquette « {label} » n’est ni en dessous ni à {side} de ce champ {kind}, dessiné par la page (interrupteur, tuile, sans case native) : NC s’il est présenté comme une case à cocher ou un bouton radio, NA sinon (RGAA 11.4, cas particuliers)',
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
