import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

import { FRAMES_LISTED, frameSource, shownFrames } from '../../../gather/page/frames.page.js';
import { FRAME_SENSITIVE } from './frame-tests.js';

/** In the page: see ./frame-content.ts. */
export default function run(h: PageContext): CheckResult {
  // Each frame listed counts as applicable for every test: the frame may hold what the test
  // applies to, so nothing in scope in the page's own document does not prove NA either.
  const { r, bt, add } = h.perTest(FRAME_SENSITIVE);
  for (const el of shownFrames(h).slice(0, FRAMES_LISTED)) {
    r.applicable++;
    const src = frameSource(el);
    for (const t of FRAME_SENSITIVE) {
      bt[t].applicable++;
      add('doubts', t, el, 'not-examined', { src });
    }
  }
  return r;
}
