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
  },
});
