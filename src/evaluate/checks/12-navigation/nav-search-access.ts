import type { SamplePage } from '../define.js';
import { defineCheck } from '../define.js';
import { ACCESS_MESSAGES, accessConsistency } from './navigation-facts.js';

/** 12.5: the site search is reached the same way on every page of the sample. Pure. */
export const searchAccess = (pages: SamplePage[]) => accessConsistency(pages, 'search', ['12.5.1', '12.5.2', '12.5.3']);

export default defineCheck({
  meta: {
    id: 'nav-search-access',
    decides: ['12.5.1', '12.5.2', '12.5.3'],
    scopes: ['12.5'],
    returns: ['NC', 'NA', 'review'],
    needs: ['navigation'],
    sample: true,
    description:
      '12.5.1–12.5.3: the site search on every page of the sample. Missing, or a field on one page and a button on another → doubt (12.5.1); in another landmark region (12.5.2) or on the other side of the main content in the source (12.5.3) → NC. No search anywhere in the sample → NA.',
    messages: {
      ...ACCESS_MESSAGES,
    },
  },
  runSample: searchAccess,
});
