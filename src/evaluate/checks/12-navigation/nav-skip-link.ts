import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'nav-skip-link',
    decides: ['12.7.1', '12.7.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '12.7.1 / 12.7.2: links inside the page (href="#id" or the page URL with a fragment). 12.7.1: with a visible main element preceded by 3 focusable elements or more, no in-page link leading to the main content (its target is main, inside main, or directly before it) → NC; a link named for the content whose target exists but is not main nor leads straight to it → doubt (the main content zone may start before <main>). 12.7.2: a skip or quick-access link whose target does not exist → NC (not functional). A page without any focusable element has nothing to skip: NA.',
    messages: {
      'no-target': {
        en: 'skip link to #{id}: no element has this id (or name), the link does nothing',
        fr: 'lien d’évitement vers #{id} : aucun élément n’a cet id (ou ce name), le lien ne fait rien',
      },
      'skip-like': {
        en: 'this control may lead to the main content: check that it works like a skip link',
        fr: 'ce composant mène peut-être au contenu principal : vérifier qu’il fonctionne comme un lien d’évitement',
      },
      'skip-elsewhere': {
        en: 'the link to the content points to #{id}, which is not the <main> element and does not lead straight to it: check that it reaches the main content zone',
        fr: 'le lien vers le contenu pointe vers #{id}, qui n’est pas l’élément <main> et n’y mène pas directement : vérifier qu’il atteint la zone de contenu principal',
      },
      broken: {
        en: 'the link to the main content points to #{id}, which does not exist',
        fr: 'le lien vers le contenu principal pointe vers #{id}, qui n’existe pas',
      },
      none: {
        en: 'no link leads to the main content, and {n} focusable elements come before it',
        fr: 'aucun lien ne mène au contenu principal, et {n} éléments focalisables le précèdent',
      },
      'none-few': {
        en: 'no link leads to the main content ({n} focusable element(s) before it)',
        fr: 'aucun lien ne mène au contenu principal ({n} élément(s) focalisable(s) avant lui)',
      },
      'no-main': {
        en: 'no visible <main> element: find the main content and check that a link leads to it',
        fr: 'pas d’élément <main> visible : trouver le contenu principal et vérifier qu’un lien y mène',
      },
    },
  },
});
