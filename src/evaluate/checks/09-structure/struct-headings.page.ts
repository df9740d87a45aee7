import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./struct-headings.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['9.1.1', '9.1.2', '9.1.3']);
  bt['9.1.3'].applicable = 1;
  const all = Array.from(h.doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')).slice(0, 1000);
  let prev = 0;
  let prevEl: Element | null = null;
  for (const el of all) {
    const role = (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
    const native = /^h[1-6]$/.test(el.localName);
    if (native && role && role !== 'heading') continue; // semantics removed or replaced
    if (h.hiddenFromAT(el)) continue;
    r.applicable++;
    bt['9.1.1'].applicable++;
    bt['9.1.2'].applicable++;
    let level = native ? Number(el.localName[1]) : 2;
    const al = el.getAttribute('aria-level');
    if (role === 'heading' && al !== null && /^\d+$/.test(al.trim()) && Number(al) > 0) level = Number(al);
    else if (!native) add('doubts', '9.1.1', el, 'no-aria-level');
    const plain = !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby') && !!(el.textContent || '').trim() && !el.querySelector('[aria-hidden], [hidden], [style*="display"]');
    const name = plain ? 'text' : h.name(el).trim();
    if (!name) add('failures', '9.1.2', el, 'empty', { level });
    if (prev && level > prev + 1 && prevEl) add('doubts', '9.1.1', el, 'level-gap', { level, prev });
    prev = level;
    prevEl = el;
  }
  if (!r.applicable && h.doc.body && (h.doc.body.innerText || '').trim().length > 200) {
    add('doubts', '9.1.3', h.doc.body, 'no-heading');
  }
  r.applicable = Math.max(r.applicable, 1);
  return r;
}
