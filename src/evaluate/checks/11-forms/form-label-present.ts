import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-present',
    decides: ['11.1.1'],
    scopes: [],
    returns: ['C', 'NC', 'review'],
    needs: ['dom'],
    description:
      '11.1.1: every form field has one of the labels the test lists: a <label for> with text, a non-empty aria-label, aria-labelledby pointing to text, or a title → C. A native field (input, select, textarea) with none of them at all (no <label>, no aria-label, no aria-labelledby, no title: a placeholder or an adjacent text is not among the test’s conditions, and even its adjacent-button case asks for one of them) → NC. A field labelled only by a wrapping <label> without for, by an empty or unresolved one, or an ARIA widget (role=…) that may be named by its content, is listed for a human (NT). Fields hidden from assistive technologies are not examined.',
    messages: {
      'wrapped-only': {
        en: 'field labelled only by a <label> around it, without for: 11.1.1 lists <label for>, aria-label, aria-labelledby and title; check how it is labelled.',
        fr: 'champ étiqueté seulement par un <label> qui l’englobe, sans for : le test 11.1.1 énumère <label for>, aria-label, aria-labelledby et title ; vérifier comment il est étiqueté.',
      },
      'no-label': {
        en: 'no <label>, aria-label, aria-labelledby or title: 11.1.1 asks for one of them (a placeholder or an adjacent text is no label).',
        fr: 'ni <label>, ni aria-label, ni aria-labelledby, ni title : le test 11.1.1 en demande un (un placeholder ou un texte voisin n’est pas une étiquette).',
      },
      'no-listed-label': {
        en: 'no <label for> with text, aria-label, aria-labelledby giving text or title: check how this field is labelled (11.1.1).',
        fr: 'ni <label for> avec du texte, ni aria-label, ni aria-labelledby donnant un texte, ni title : vérifier comment ce champ est étiqueté (11.1.1).',
      },
    },
  },
});
