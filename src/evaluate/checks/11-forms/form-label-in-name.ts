import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-in-name',
    decides: ['11.2.5', '11.9.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '11.2.5 / 11.9.2: the accessible name must contain the visible label. Fields with a visible <label> whose name comes from aria-label, aria-labelledby or title; buttons inside a form (form or role=form) with visible text or a value whose name comes from aria-label, aria-labelledby or title. Compared case-insensitively, accents, punctuation and symbols ignored, and « obligatoire / requis / required / facultatif / optional » ignored. Labels of fewer than 2 letters (symbols) are left to a human. NC when the name does not contain the visible label; a doubt when it contains the label’s own words but not the text of its child elements (a format hint, say).',
    messages: {
      'partial-name': {
        en: 'the accessible name « {name} » (given by {how}) holds only part of the visible label « {label} »',
        fr: 'le nom accessible « {name} » (donné par {how}) ne contient qu’une partie de l’étiquette visible « {label} »',
      },
      'label-not-in-name': {
        en: 'the visible label « {label} » is not contained in the accessible name « {name} » (given by {how})',
        fr: 'l’étiquette visible « {label} » n’est pas contenue dans le nom accessible « {name} » (donné par {how})',
      },
      'text-not-in-name': {
        en: 'the visible text « {text} » is not contained in the accessible name « {name} » (given by {how})',
        fr: 'le texte visible « {text} » n’est pas contenu dans le nom accessible « {name} » (donné par {how})',
      },
    },
  },
});
