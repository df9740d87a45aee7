import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'struct-landmarks',
    decides: ['9.2.1'],
    scopes: ['9.2'],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '9.2.1: a page with an HTML5 doctype structures its main content with a <main> element, and only one <main> without the hidden attribute; missing <header>, <nav> or <footer>, and role="main" on another element, are listed for a human. Scope of 9.2: pages with the HTML5 doctype (particular case of 9.2).',
  },
});
