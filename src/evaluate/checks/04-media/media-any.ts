import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'media-any',
    decides: [],
    scopes: ['4.13'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      'Scope of 4.13: time-based and non-time-based media together (see media-temporal and media-non-temporal).',
    // A scope: it counts elements and lists none.
    messages: {},
  },
});
