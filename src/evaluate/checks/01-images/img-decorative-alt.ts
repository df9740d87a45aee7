import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-decorative-alt',
    decides: ['1.2.1', '1.2.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.2.1, 1.2.2: an <img> or a non-clickable <area> marked as decorative (alt="", aria-hidden="true", role="presentation") that still carries a text alternative (aria-label, aria-labelledby, title); an <area> without href that has no alt at all',
    messages: {
      'decorative-with-alt': {
        en: 'Image marked as decorative ({marker}) still has a text alternative ({alts}): a decorative image must have no other alternative; an informative one must not be marked decorative.',
        fr: 'Image marquée comme décorative ({marker}) qui a pourtant une alternative textuelle ({alts}) : une image de décoration ne doit avoir aucune autre alternative ; une image porteuse d’information ne doit pas être marquée comme décorative.',
      },
      'role-with-alt': {
        en: 'Image with role="{role}" but a non-empty alt="{alt}": decorative or informative? Check which one it is.',
        fr: 'Image avec role="{role}" mais un alt="{alt}" non vide : de décoration ou porteuse d’information ? Vérifier laquelle.',
      },
      'area-no-alt': {
        en: 'Non-clickable <area> without alt attribute: neither marked decorative (alt="") nor given a text alternative.',
        fr: '<area> non cliquable sans attribut alt : ni marquée comme décorative (alt="") ni dotée d’une alternative textuelle.',
      },
      'area-decorative-with-alt': {
        en: 'Non-clickable <area> marked as decorative still has a text alternative ({alts}).',
        fr: '<area> non cliquable marquée comme décorative qui a pourtant une alternative textuelle ({alts}).',
      },
    },
  },
});
