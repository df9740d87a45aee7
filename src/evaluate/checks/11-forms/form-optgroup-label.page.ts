import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./form-optgroup-label.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  for (const og of h.all('optgroup')) {
    r.applicable++;
    // Spaces and invisible format characters (zero-width space, joiners…) name nothing.
    if (!(og.getAttribute('label') || '').replace(/[\s\p{Cf}]+/gu, '') && r.failures.length < h.max) r.failures.push(h.node(og, 'no-label'));
  }
  return r;
}
