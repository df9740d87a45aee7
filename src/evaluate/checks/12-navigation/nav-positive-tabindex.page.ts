import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./nav-positive-tabindex.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  for (const el of h.all('[tabindex]')) {
    const v = parseInt(el.getAttribute('tabindex') || '', 10);
    if (!(v > 0)) continue;
    r.applicable++;
    if (r.doubts.length < h.max) r.doubts.push(h.node(el, 'positive', { value: v }));
  }
  return r;
}
