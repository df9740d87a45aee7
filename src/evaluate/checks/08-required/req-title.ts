import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-title',
    decides: ['8.5.1'],
    scopes: [],
    returns: ['NC', 'C'],
    needs: ['dom'],
    description:
      '8.5.1: the page has a <title> element with text.',
    messages: {
      'no-title': {
        en: 'The page has no <title> element.',
        fr: 'La page n’a pas d’élément <title>.',
      },
      'empty-title': {
        en: 'The page <title> is empty.',
        fr: 'Le <title> de la page est vide.',
      },
    },
  },
});
