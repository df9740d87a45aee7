import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./req-presentation-markup.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  const blank = (n: Node | null) => !!n && n.nodeType === 3 && !(n.nodeValue || '').replace(/[\s\u00a0]/g, '');
  const skip = 'pre, textarea, code, [contenteditable], address, svg';
  const next = (n: Node | null) => {
    let x = n ? n.nextSibling : null;
    while (x && (blank(x) || x.nodeType === 8)) x = x.nextSibling;
    return x;
  };
  const prev = (n: Node | null) => {
    let x = n ? n.previousSibling : null;
    while (x && (blank(x) || x.nodeType === 8)) x = x.previousSibling;
    return x;
  };
  const isBr = (n: Node | null) => !!n && n.nodeType === 1 && (n as Element).localName === 'br';
  let reported = 0;
  for (const br of Array.from(h.doc.querySelectorAll('br')).slice(0, 5000)) {
    if (reported >= h.max) break;
    if (isBr(prev(br))) continue; // not the first of its run
    let len = 1;
    let last: Node = br;
    for (let x = next(br); isBr(x); x = next(x)) {
      len++;
      last = x!;
    }
    if (len < 2) continue;
    const parent = br.parentElement;
    if (!parent || parent.closest(skip) || !h.visible(parent)) continue;
    const before = prev(br);
    const after = next(last);
    const between = !!before && !!after;
    if (between || len >= 3) {
      r.failures.push(h.node(parent, between ? 'br-paragraphs' : 'br-spacing', { n: len }));
      reported++;
    } else if (r.doubts.length < h.max) r.doubts.push(h.node(parent, before ? 'br-at-end' : 'br-at-start', { n: len }));
  }
  for (const p of Array.from(h.doc.querySelectorAll('p')).slice(0, 5000)) {
    if (r.failures.length >= h.max) break;
    if (p.children.length && Array.from(p.children).some((c) => c.localName !== 'br')) continue;
    const text = p.textContent || '';
    if (text.replace(/[\s\u00a0]/g, '')) continue;
    if (!p.children.length && !/\u00a0/.test(text)) continue; // truly empty <p>: often a script placeholder
    const role = (p.getAttribute('role') || '').trim();
    if (role === 'presentation' || role === 'none' || p.hasAttribute('aria-live') || p.closest(skip) || !h.visible(p)) continue;
    r.failures.push(h.node(p, 'empty-paragraph'));
  }
  return r;
}
