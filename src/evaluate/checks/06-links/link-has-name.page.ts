import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { links } from '../lib/links.page.js';

/** In the page: see ./link-has-name.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  for (const el of links(h)) {
    r.applicable++;
    const label = (el.getAttribute('aria-label') || '').trim() || (el.getAttribute('aria-labelledby') || '').trim();
    // Fast path: plain text content and no ARIA naming (axe link-name also checks every link).
    if (!label && !el.hasAttribute('title') && (el.textContent || '').replace(/\s+/g, '').length > 1 && !el.querySelector('[aria-hidden], [hidden], [style*="display"]')) continue;
    const name = h.name(el).replace(/\s+/g, ' ').trim();
    if (!name) {
      const img = el.querySelector('img, svg, [role=img], canvas, object');
      const why = img ? 'no-name-image' : (el.textContent || '').trim() ? 'no-name-hidden-text' : 'no-name-empty';
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
  return r;
}
