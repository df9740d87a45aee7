import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'nav-sitemap-page',
    decides: [],
    scopes: ['12.3'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      '12.3 scope: the page is the site map page (its title or main heading says « plan du site », « plan de site » or « site map »). Other pages → NA.',
    // A scope: it counts elements and lists none.
    messages: {},
  },
});
