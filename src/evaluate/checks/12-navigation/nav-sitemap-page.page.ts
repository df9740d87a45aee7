import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./nav-sitemap-page.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const RE = /plan\s+d[ue]\s+site|site\s*-?\s*map/i;
  const h1 = h.all('h1, [role=heading][aria-level="1"]')[0];
  if (RE.test(document.title || '') || (h1 && RE.test(h1.textContent || ''))) r.applicable = 1;
  return r;
}
