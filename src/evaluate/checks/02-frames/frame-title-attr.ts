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
      'not-examined': {
        en: 'The page has {n} frames; only the first {max} were examined: check the others have a title attribute.',
        fr: 'La page a {n} cadres ; seuls les {max} premiers ont été examinés : vérifier que les autres ont un attribut title.',
      },
      'no-title': {
        en: 'Frame without a title attribute.',
        fr: 'Cadre sans attribut title.',
      },
      'no-title-aria': {
        en: 'Frame without a title attribute: RGAA test 2.1.1 requires one (the aria-label or aria-labelledby WCAG would accept does not replace it).',
        fr: 'Cadre sans attribut title : le test RGAA 2.1.1 l’exige (l’aria-label ou l’aria-labelledby que les WCAG accepteraient ne le remplace pas).',
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
