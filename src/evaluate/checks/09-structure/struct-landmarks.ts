import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'struct-landmarks',
    decides: ['9.2.1'],
    scopes: ['9.2'],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '9.2.1: a page with an HTML5 doctype structures its main content with a <main> element, and only one <main> without the hidden attribute; missing <header>, <nav> or <footer>, and role="main" on another element, are listed for a human. Scope of 9.2: pages with the HTML5 doctype (particular case of 9.2).',
    messages: {
      'role-main': {
        en: 'The main content is marked with role="main" on <{tag}>: the RGAA asks for a <main> element.',
        fr: 'Le contenu principal est marqué avec role="main" sur <{tag}> : le RGAA demande un élément <main>.',
      },
      'no-main': {
        en: 'No <main> element: the main content zone is not structured with <main>.',
        fr: 'Pas d’élément <main> : la zone de contenu principal n’est pas structurée avec <main>.',
      },
      'no-main-no-text': {
        en: 'No <main> element and no visible text: check the page rendered.',
        fr: 'Pas d’élément <main> et pas de texte visible : vérifier que la page s’est affichée.',
      },
      'several-main': {
        en: '{n} <main> elements without the hidden attribute: only one may be visible.',
        fr: '{n} éléments <main> sans attribut hidden : un seul peut être visible.',
      },
      'no-header': {
        en: 'No <header> element: check whether the page has a header zone, which must be a <header>.',
        fr: 'Pas d’élément <header> : vérifier si la page a une zone d’en-tête, qui doit être un <header>.',
      },
      'no-footer': {
        en: 'No <footer> element: check whether the page has a footer zone, which must be a <footer>.',
        fr: 'Pas d’élément <footer> : vérifier si la page a une zone de pied de page, qui doit être un <footer>.',
      },
      'no-nav': {
        en: 'No <nav> element although the page has links: check whether its navigation menus are structured with <nav>.',
        fr: 'Pas d’élément <nav> alors que la page a des liens : vérifier si ses menus de navigation sont structurés avec <nav>.',
      },
    },
  },
});
