import type { SamplePage } from '../define.js';
import { defineCheck } from '../define.js';
import { ACCESS_MESSAGES, accessConsistency } from './navigation-facts.js';

/** 12.4: the link to the site map is reached the same way on every page of the sample. Pure. */
export const sitemapAccess = (pages: SamplePage[]) => accessConsistency(pages, 'sitemap', ['12.4.1', '12.4.2', '12.4.3']);

export default defineCheck({
  meta: {
    id: 'nav-sitemap-access',
    decides: ['12.4.1', '12.4.2', '12.4.3'],
    scopes: ['12.4'],
    returns: ['NC', 'NA', 'review'],
    needs: ['navigation'],
    sample: true,
    description:
      '12.4.1–12.4.3: the link to the site map (« plan du site », « site map ») on every page of the sample. Missing on a page while others have it → doubt (12.4.1); in another landmark region (12.4.2) or on the other side of the main content in the source (12.4.3) → NC. No page with such a link → NA.',
    messages: {
      ...ACCESS_MESSAGES,
    },
  },
  runSample: sitemapAccess,
});
