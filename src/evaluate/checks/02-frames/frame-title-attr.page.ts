import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { frameTitleProblem } from './frame-tests.js';

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
    const title = el.getAttribute('title');
    const problem = frameTitleProblem(title, el.getAttribute('src') || '');
    if (problem === 'none' || problem === 'empty') {
      const other = (el.getAttribute('aria-label') || '').trim() || (el.hasAttribute('aria-labelledby') ? 'aria-labelledby' : '');
      add('failures', '2.1.1', el, problem === 'empty' ? 'empty-title' : other ? 'no-title-aria' : 'no-title');
      continue;
    }
    bt['2.2.1'].applicable++;
    const t = title!.trim();
    if (problem === 'generic') add('failures', '2.2.1', el, 'generic-title', { title: t });
    else if (problem === 'url') add('doubts', '2.2.1', el, 'url-title', { title: t.slice(0, 80) });
  }
  return r;
}
