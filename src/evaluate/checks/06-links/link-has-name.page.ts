import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { LINK_CANDIDATES, LINKS_MAX, links } from '../lib/links.page.js';

/** What is left of a text without spaces and invisible format characters (zero-width space, joiners…), which name nothing. */
const blank = (s: string) => s.replace(/[\s\p{Cf}]+/gu, '');

/** In the page: see ./link-has-name.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  for (const el of links(h)) {
    r.applicable++;
    const label = (el.getAttribute('aria-label') || '').trim() || (el.getAttribute('aria-labelledby') || '').trim();
    // Fast path: rendered text (innerText leaves out what CSS hides, textContent does not) and no
    // ARIA naming (axe link-name also checks every link).
    if (!label && !el.hasAttribute('title') && blank((el as HTMLElement).innerText || '').length > 1 && !el.querySelector('[aria-hidden]')) continue;
    const name = h.name(el).replace(/\s+/g, ' ').trim();
    if (!blank(name)) {
      const img = el.querySelector('img, svg, [role=img], canvas, object');
      const why = img ? 'no-name-image' : blank(el.textContent || '') ? 'no-name-hidden-text' : 'no-name-empty';
      if (r.failures.length < h.max) r.failures.push(h.node(el, why));
      continue;
    }
    const title = (el.getAttribute('title') || '').replace(/\s+/g, ' ').trim();
    if (!label && title && name === title) {
      const text = (el.textContent || '').replace(/\s+/g, ' ').trim();
      const alt = el.querySelector('img[alt]:not([alt=""]), [aria-label], [role=img], svg title');
      if (!text && !alt && r.doubts.length < h.max) r.doubts.push(h.node(el, 'title-only', { title: title.slice(0, 60) }));
    }
  }
  // Links beyond the first LINKS_MAX candidates were not examined: no C.
  const all = h.all(LINK_CANDIDATES).length;
  if (all > LINKS_MAX && r.doubts.length < h.max) r.doubts.push(h.node(h.doc.body || h.doc.documentElement, 'not-examined', { n: all, max: LINKS_MAX }));
  return r;
}
