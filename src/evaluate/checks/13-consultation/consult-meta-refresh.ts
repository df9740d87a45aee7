import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-meta-refresh',
    decides: ['13.1.1', '13.1.2'],
    scopes: [],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '13.1.1 / 13.1.2: <meta http-equiv="refresh">. Without a URL (or to the same page) it reloads the page: NC for 13.1.1 unless the delay is 20 hours or more. With a URL it redirects: NC for 13.1.2 unless the delay is 0.',
  },
});
