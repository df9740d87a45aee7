import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-describedby',
    decides: ['1.6.9'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.6.9: an image using aria-describedby must point to an existing, non-empty passage of text (its detailed description).',
    messages: {
      'no-target': {
        en: 'aria-describedby="{ids}" points to no element of the page: the image is not tied to a detailed description.',
        fr: 'aria-describedby="{ids}" ne désigne aucun élément de la page : l’image n’est pas reliée à une description détaillée.',
      },
      'empty-target': {
        en: 'aria-describedby="{ids}" points to empty content: the image is not tied to a detailed description.',
        fr: 'aria-describedby="{ids}" désigne un contenu vide : l’image n’est pas reliée à une description détaillée.',
      },
    },
  },
});
