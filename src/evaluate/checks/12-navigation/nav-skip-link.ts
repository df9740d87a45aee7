import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'nav-skip-link',
    decides: ['12.7.1', '12.7.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '12.7.1 / 12.7.2: links inside the page (href="#id" or the page URL with a fragment). 12.7.1: with a visible main element preceded by 3 focusable elements or more, no in-page link leading to the main content (its target is main, inside main, or directly before it) → NC. 12.7.2: a skip or quick-access link whose target does not exist → NC (not functional). A page without any focusable element has nothing to skip: NA.',
  },
});
