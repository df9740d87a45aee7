import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./presentation-spaces.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const body = h.doc.body;
  if (!body) return r;
  const FIXED = '\\u00a0\\u2000-\\u200a\\u202f\\u3000';
  // Two spaces that both render: a non-collapsing one next to any space.
  const kept = new RegExp(`[${FIXED}][ \\t${FIXED}]|[ \\t][${FIXED}]`);
  const spaced = /(^|[\s\u00a0])(\p{L}[ \u00a0]){3,}\p{L}(?=$|[\s\u00a0.,;:!?])/u;
  const seen = new Set<Element>();
  const walker = h.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let steps = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++steps > 50000) {
      r.doubts.push(h.node(body, 'text-beyond-cap'));
      break;
    }
    const v = n.nodeValue || '';
    const p = n.parentElement;
    if (!p || seen.has(p) || !v.trim() || p.closest('script, style, noscript, template, textarea')) continue;
    r.applicable++;
    const ws = getComputedStyle(p).whiteSpace;
    const preserved = /^(pre|pre-wrap|break-spaces)$/.test(ws) && /[ \t]{2,}|\t/.test(v.trim());
    let why = '';
    if (spaced.test(v)) why = 'spaced-letters';
    else if (kept.test(v) || preserved) why = 'kept-spaces';
    if (!why) continue;
    seen.add(p);
    if (r.doubts.length < h.max) r.doubts.push(h.node(p, why));
  }
  return r;
}
