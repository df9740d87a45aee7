import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./presentation-tags.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  const dt = document.doctype;
  const html5 = !!dt && dt.name.toLowerCase() === 'html' && !dt.publicId && (!dt.systemId || dt.systemId === 'about:legacy-compat');
  const tags = ['basefont', 'big', 'blink', 'center', 'font', 'marquee', 's', 'strike', 'tt'];
  if (!html5) tags.push('u');
  for (const el of h.all(tags.join(','))) {
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
    if (r.failures.length >= h.max) break;
    r.failures.push(h.node(el, el.localName === 'u' ? 'u-not-html5' : 'presentational', { tag: el.localName }));
  }
  return r;
}
