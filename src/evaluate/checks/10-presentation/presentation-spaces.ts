import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-spaces',
    decides: ['10.1.3'],
    scopes: [],
    returns: ['C', 'review'],
    needs: ['dom'],
    description:
      '10.1.3: spaces used for presentation. Spaces the browser does not collapse (two or more in a row with a non-breaking or fixed-width space, or any run of spaces or tabs where white-space preserves them, as in <pre>), and words spelled with a space between letters (« U R G E N T »), are listed for a human. None in the whole text of the page → no space can separate letters, make margins or simulate a table → C.',
    messages: {
      'text-beyond-cap': {
        en: 'the page has more text than examined (50,000 text nodes): check the rest for spaces used for presentation.',
        fr: 'la page a plus de texte qu’examiné (50 000 nœuds de texte) : vérifier dans le reste que les espaces ne servent pas à la présentation.',
      },
      'spaced-letters': {
        en: 'letters of a word separated by spaces: check that spaces are not used for presentation (10.1.3).',
        fr: 'lettres d’un mot séparées par des espaces : vérifier que les espaces ne servent pas à la présentation (10.1.3).',
      },
      'kept-spaces': {
        en: 'several spaces in a row that the browser keeps (margins, alignment or columns?): check that spaces are not used for presentation (10.1.3).',
        fr: 'plusieurs espaces de suite que le navigateur conserve (marges, alignement ou colonnes ?) : vérifier que les espaces ne servent pas à la présentation (10.1.3).',
      },
    },
  },
});
