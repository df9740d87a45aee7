import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-alt-present',
    decides: ['1.1.1'],
    scopes: [],
    returns: ['C', 'review'],
    needs: ['dom'],
    description:
      '1.1.1: every <img> and role="img" element has a text alternative (a non-empty alt, aria-label, aria-labelledby pointing to text, or title) and none is marked decorative (alt="", aria-hidden="true", role="presentation"): whichever of them carry information, each has its alternative → C. An image marked decorative may carry information: listed for a human (NT). An image without any alternative is axe-core’s image-alt / role-img-alt NC.',
    messages: {
      'decorative-or-none': {
        en: '{n} {n|image|images} marked decorative or without a text alternative: check that none of them carries information (1.1.1).',
        fr: '{n} {n|image marquée décorative ou sans|images marquées décoratives ou sans} alternative textuelle : vérifier qu’aucune ne porte d’information (1.1.1).',
      },
    },
  },
});
