import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-hidden',
    decides: [],
    scopes: ['11.1.3'],
    returns: ['NA', 'review'],
    needs: ['dom'],
    description:
      '11.1.3 scope: fields whose label is not a visible <label> (aria-label, aria-labelledby, title only, or a visually hidden <label>). Each is listed for a human, who checks for a title or a visible text next to the field. None → NA.',
    messages: {
      'labelled-by': {
        en: 'labelled by {how}: check that a title or a visible text next to the field tells what to enter',
        fr: 'étiqueté par {how} : vérifier qu’un titre ou un texte visible à côté du champ indique ce qu’il faut saisir',
      },
      'hidden-label': {
        en: 'a visually hidden <label>',
        fr: 'une <label> masquée visuellement',
      },
      'title-only': {
        en: 'title only',
        fr: 'title seul',
      },
    },
  },
});
