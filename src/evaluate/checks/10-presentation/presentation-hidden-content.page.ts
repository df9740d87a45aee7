import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./presentation-hidden-content.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = h.all('body [hidden], body [aria-hidden=true], details:not([open]), dialog:not([open])').length;
  if (r.applicable || !document.body) return r;
  const skip = /^(script|style|noscript|template|link|meta|title|br|wbr|datalist|option|optgroup|param|source|track|area|rp|noembed|noframes|base)$/;
  const els = Array.from(document.body.querySelectorAll('*')).slice(0, 4000);
  for (const el of els) {
    if (skip.test(el.localName) || (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden')) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.fontSize === '0px') {
      r.applicable++;
      if (r.applicable >= 5) break;
    }
  }
  return r;
}
