import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-title',
    decides: ['8.5.1'],
    scopes: [],
    returns: ['NC', 'C', 'review'],
    needs: ['dom'],
    description:
      '8.5.1: the page has a <title> element with text (spaces and invisible format characters are no text). Several <title> elements, or one outside <head>, are a doubt: never C.',
    messages: {
      'no-title': {
        en: 'The page has no <title> element.',
        fr: 'La page n’a pas d’élément <title>.',
      },
      'several-titles': {
        en: 'The page has {n} <title> elements: browsers use the first one ("{title}"); check it is the title of the page.',
        fr: 'La page a {n} éléments <title> : les navigateurs utilisent le premier (« {title} ») ; vérifier que c’est le titre de la page.',
      },
      'title-outside-head': {
        en: 'The <title> element is outside <head>: check it is the title browsers give the page.',
        fr: 'L’élément <title> est hors de <head> : vérifier que c’est le titre que les navigateurs donnent à la page.',
      },
      'empty-title': {
        en: 'The page <title> is empty.',
        fr: 'Le <title> de la page est vide.',
      },
    },
  },
});
