import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-for',
    decides: ['11.1.2'],
    scopes: [],
    returns: ['NC', 'C', 'review'],
    needs: ['dom'],
    description:
      '11.1.2: each <label for> must point to the id of a form field. NC when no element has that id, when it points to an element that cannot be labelled (not input/select/textarea/button/meter/output/progress, or a hidden input), or when for is empty; a doubt when the id is used by several elements or points to an ARIA widget (label for does not label it).',
    messages: {
      'empty-for': {
        en: 'label with an empty for attribute: it is associated with no field',
        fr: 'label avec un attribut for vide : elle n’est associée à aucun champ',
      },
      'no-target': {
        en: 'label for="{id}": no element has id="{id}", so the label is associated with no field',
        fr: 'label for="{id}" : aucun élément n’a id="{id}", l’étiquette n’est donc associée à aucun champ',
      },
      'aria-widget': {
        en: 'label for="{id}" points to an ARIA widget (<{tag} role="{role}">), which label for does not name: check aria-labelledby',
        fr: 'label for="{id}" désigne un composant ARIA (<{tag} role="{role}">), que label for ne nomme pas : vérifier aria-labelledby',
      },
      'not-a-field': {
        en: 'label for="{id}" points to <{tag}>, which is not a form field',
        fr: 'label for="{id}" désigne <{tag}>, qui n’est pas un champ de formulaire',
      },
      'shared-id': {
        en: 'label for="{id}": {n} elements share id="{id}", only the first one gets this label',
        fr: 'label for="{id}" : {n} éléments partagent id="{id}", seul le premier reçoit cette étiquette',
      },
    },
  },
});
