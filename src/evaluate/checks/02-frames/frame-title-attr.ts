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
  },
});
