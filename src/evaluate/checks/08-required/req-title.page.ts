import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./req-title.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  const el = Array.from(h.doc.getElementsByTagName('title')).find((t) => t.namespaceURI === 'http://www.w3.org/1999/xhtml');
  if (!el) r.failures.push(h.node(h.doc.head || h.doc.documentElement, 'no-title'));
  else if (!h.doc.title.trim()) r.failures.push(h.node(el, 'empty-title'));
  return r;
}
