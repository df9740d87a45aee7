import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'struct-headings',
    decides: ['9.1.1', '9.1.2', '9.1.3'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '9.1.2: headings exposed to assistive technologies with no text fail; 9.1.1: gaps in heading levels and role="heading" without aria-level are listed for a human; 9.1.3: a page with text but no heading at all is listed for a human. Scope of 9.1.1 and 9.1.2: headings.',
    messages: {
      'no-aria-level': {
        en: 'Element with role="heading" but no valid aria-level: the RGAA asks for both.',
        fr: 'Élément avec role="heading" mais sans aria-level valide : le RGAA demande les deux.',
      },
      empty: {
        en: 'Empty heading (level {level}): it announces a heading with no content.',
        fr: 'Titre vide (niveau {level}) : il annonce un titre sans contenu.',
      },
      'level-gap': {
        en: 'Heading level {level} follows a level {prev} heading: check the hierarchy stays coherent (a gap alone is not a failure).',
        fr: 'Titre de niveau {level} après un titre de niveau {prev} : vérifier que la hiérarchie reste cohérente (un saut seul n’est pas une non-conformité).',
      },
      'no-heading': {
        en: 'The page has no heading (h1–h6 or role="heading"): check that no passage of text acts as a heading.',
        fr: 'La page n’a aucun titre (h1–h6 ou role="heading") : vérifier qu’aucun passage de texte ne joue le rôle d’un titre.',
      },
    },
  },
});
