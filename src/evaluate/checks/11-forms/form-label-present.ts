import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-present',
    decides: ['11.1.1'],
    scopes: [],
    returns: ['C', 'review'],
    needs: ['dom'],
    description:
      '11.1.1: every form field has one of the labels the test lists: a <label for> with text, a non-empty aria-label, aria-labelledby pointing to text, or a title → C. A field labelled only by a wrapping <label> without for (not among the test’s conditions), or by nothing we can read (an adjacent button, a placeholder), is listed for a human (NT). A field with no name at all is axe-core’s label / select-name NC.',
    messages: {
      'wrapped-only': {
        en: 'field labelled only by a <label> around it, without for: 11.1.1 lists <label for>, aria-label, aria-labelledby and title; check how it is labelled.',
        fr: 'champ étiqueté seulement par un <label> qui l’englobe, sans for : le test 11.1.1 énumère <label for>, aria-label, aria-labelledby et title ; vérifier comment il est étiqueté.',
      },
      'no-label': {
        en: 'no <label for>, aria-label, aria-labelledby or title: check for an adjacent button giving it a visible label (11.1.1).',
        fr: 'ni <label for>, ni aria-label, ni aria-labelledby, ni title : chercher un bouton adjacent qui lui donne une étiquette visible (11.1.1).',
      },
    },
  },
});
