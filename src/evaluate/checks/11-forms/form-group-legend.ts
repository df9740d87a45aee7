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
    messages: {
      'legend-hidden': {
        en: 'fieldset whose <legend> is hidden (display:none, hidden, aria-hidden): check the group has a legend users can perceive',
        fr: 'fieldset dont la <legend> est masquée (display:none, hidden, aria-hidden) : vérifier que le regroupement a une légende perceptible',
      },
      'fieldset-no-legend': {
        en: 'fieldset without a legend',
        fr: 'fieldset sans légende',
      },
      'role-no-label': {
        en: 'role="{role}" without aria-label or aria-labelledby',
        fr: 'role="{role}" sans aria-label ni aria-labelledby',
      },
      'no-legend': {
        en: '{what}: the group of {n} fields has no legend',
        fr: '{what} : le groupe de {n} champs n’a pas de légende',
      },
      'check-fields': {
        en: '{what}: check that each field tells which group it belongs to (title, aria-label, aria-labelledby or aria-describedby)',
        fr: '{what} : vérifier que chaque champ indique à quel groupe il appartient (title, aria-label, aria-labelledby ou aria-describedby)',
      },
      'check-field': {
        en: '{what}: check that the field tells which group it belongs to (title, aria-label, aria-labelledby or aria-describedby)',
        fr: '{what} : vérifier que le champ indique à quel groupe il appartient (title, aria-label, aria-labelledby ou aria-describedby)',
      },
    },
  },
});
