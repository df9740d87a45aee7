import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./req-lang-default.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  const root = h.doc.documentElement;
  const has = (el: Element) => !!((el.getAttribute('lang') || '').trim() || (el.getAttribute('xml:lang') || '').trim());
  if (has(root)) return r;
  const body = h.doc.body;
  if (!body) {
    r.failures.push(h.node(root, 'no-lang'));
    return r;
  }
  const w = h.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = w.nextNode(); n && seen < 20000; n = w.nextNode()) {
    seen++;
    if (!(n.nodeValue || '').trim()) continue;
    const p = n.parentElement;
    if (!p || p.closest('script, style, noscript, template')) continue;
    let e: Element | null = p;
    let ok = false;
    while (e && e !== root) {
      if (has(e)) {
        ok = true;
        break;
      }
      e = e.parentElement;
    }
    if (!ok) {
      r.failures.push(h.node(root, root.hasAttribute('lang') ? 'empty-lang-text' : 'no-lang-text', { text: (n.nodeValue || '').trim().slice(0, 40) }));
      return r;
    }
  }
  // Every text of the body has a language, but not <html>: the page <title> has none.
  r.doubts.push(h.node(root, 'head-without-lang'));
  return r;
}
