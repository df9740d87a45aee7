import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { frameTitleFinding } from './frame-tests.js';

/** In the page: see ./frame-title-attr.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['2.1.1', '2.2.1']);
  const frames = h.all('iframe, frame');
  // Frames beyond the first 200 are not examined: no C.
  if (frames.length > 200) add('doubts', '2.1.1', frames[200], 'not-examined', { n: frames.length, max: 200 });
  for (const el of frames.slice(0, 200)) {
    if (h.hiddenFromAT(el)) continue;
    r.applicable++;
    bt['2.1.1'].applicable++;
    const ariaName = !!(el.getAttribute('aria-label') || '').trim() || el.hasAttribute('aria-labelledby');
    const f = frameTitleFinding(el.getAttribute('title'), el.getAttribute('src') || '', ariaName);
    if (f?.test === '2.1.1') {
      add('failures', '2.1.1', el, f.messageId);
      continue;
    }
    bt['2.2.1'].applicable++;
    if (f) add(f.kind, '2.2.1', el, f.messageId, { title: f.title });
  }
  return r;
}
