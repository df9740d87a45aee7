import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./script-summary-name.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  // Only a <details>' first <summary> child is its control; other <summary> elements are plain.
  for (const el of h.all('details > summary:first-of-type').slice(0, 200)) {
    if (h.hiddenFromAT(el)) continue;
    r.applicable++;
    if (!h.name(el) && r.doubts.length < h.max) r.doubts.push(h.node(el, 'no-name'));
  }
  return r;
}
