import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./img-alt-present.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const decorative: Element[] = [];
  for (const el of h.all('img, [role=img]')) {
    r.applicable++;
    const role = (el.getAttribute('role') || '').trim().toLowerCase();
    const hidden = (el.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true';
    const alternative =
      (el.localName === 'img' && (el.getAttribute('alt') || '').trim()) ||
      (el.getAttribute('aria-label') || '').trim() ||
      (el.hasAttribute('aria-labelledby') && h.refText(el)) ||
      (el.getAttribute('title') || '').trim();
    if (hidden || role === 'presentation' || role === 'none' || !alternative) decorative.push(el);
  }
  // One item for a human, not one per icon: the question is the same for each.
  if (decorative.length) {
    r.doubts.push(h.node(decorative[0], 'decorative-or-none', { n: decorative.length }));
  }
  return r;
}
