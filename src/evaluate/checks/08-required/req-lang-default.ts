import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-lang-default',
    decides: ['8.3.1'],
    scopes: [],
    returns: ['NC', 'C', 'review'],
    needs: ['dom'],
    description:
      '8.3.1: a default language is given by lang or xml:lang on <html>, or else on every element holding text or one of its parents.',
  },
});
