import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./req-title.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  const titles = Array.from(h.doc.getElementsByTagName('title')).filter((t) => t.namespaceURI === 'http://www.w3.org/1999/xhtml');
  const el = titles[0];
  if (!el) r.failures.push(h.node(h.doc.head || h.doc.documentElement, 'no-title'));
  // Spaces and invisible format characters (zero-width space, joiners…) make no title.
  else if (!h.doc.title.replace(/[\s\p{Cf}]+/gu, '')) r.failures.push(h.node(el, 'empty-title'));
  // Browsers use the first one; which one is the page's title, a human decides (the markup is invalid).
  else if (titles.length > 1) r.doubts.push(h.node(titles[1], 'several-titles', { n: titles.length, title: h.doc.title.trim().slice(0, 80) }));
  else if (!el.closest('head')) r.doubts.push(h.node(el, 'title-outside-head'));
  return r;
}
