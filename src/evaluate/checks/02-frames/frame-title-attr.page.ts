import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./frame-title-attr.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['2.1.1', '2.2.1']);
  const generic = /^(i?frame\s*\d*|cadre|title|titre|untitled|sans titre|blank|about:blank|null|undefined)$/i;
  const frames = h.all('iframe, frame');
  // Frames beyond the first 200 are not examined: no C.
  if (frames.length > 200) add('doubts', '2.1.1', frames[200], 'not-examined', { n: frames.length, max: 200 });
  for (const el of frames.slice(0, 200)) {
    if (h.hiddenFromAT(el)) continue;
    r.applicable++;
    bt['2.1.1'].applicable++;
    const title = el.getAttribute('title');
    // Spaces and invisible format characters (zero-width space, joiners…) make no title.
    if (title === null || !title.replace(/[\s\p{Cf}]+/gu, '')) {
      const other = (el.getAttribute('aria-label') || '').trim() || (el.hasAttribute('aria-labelledby') ? 'aria-labelledby' : '');
      add('failures', '2.1.1', el, title !== null ? 'empty-title' : other ? 'no-title-aria' : 'no-title');
      continue;
    }
    bt['2.2.1'].applicable++;
    const t = title.trim();
    if (generic.test(t)) add('failures', '2.2.1', el, 'generic-title', { title: t });
    else if (/^(https?:)?\/\//i.test(t) || t === (el.getAttribute('src') || '').trim()) add('doubts', '2.2.1', el, 'url-title', { title: t.slice(0, 80) });
  }
  return r;
}
