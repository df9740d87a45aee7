import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'frame-title-attr',
    decides: ['2.1.1', '2.2.1'],
    scopes: ['2.1', '2.2'],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '2.1.1: each <iframe>/<frame> exposed to assistive technologies has a non-empty title attribute; 2.2.1: a title that only says "iframe", "frame", "title"… cannot be relevant. Scope of criteria 2.1 and 2.2.',
    messages: {
      'no-title': {
        en: 'Frame without a title attribute.',
        fr: 'Cadre sans attribut title.',
      },
      'no-title-aria': {
        en: 'Frame without a title attribute (an aria-label or aria-labelledby does not replace it in the RGAA).',
        fr: 'Cadre sans attribut title (un aria-label ou aria-labelledby ne le remplace pas dans le RGAA).',
      },
      'empty-title': {
        en: 'Frame with an empty title attribute.',
        fr: 'Cadre avec un attribut title vide.',
      },
      'generic-title': {
        en: 'Frame title "{title}" says nothing about the frame\'s content.',
        fr: 'Le titre de cadre « {title} » ne dit rien du contenu du cadre.',
      },
      'url-title': {
        en: 'Frame title is a URL ("{title}"): check it identifies the content.',
        fr: 'Le titre de cadre est une adresse (« {title} ») : vérifier qu’il identifie le contenu.',
      },
    },
  },
});
