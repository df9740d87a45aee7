import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

import { FRAME_SENSITIVE } from './frame-tests.js';

/** A same-origin frame whose document has nothing in it (about:blank, an empty srcdoc). */
function empty(el: Element): boolean {
  let doc: Document | null;
  try {
    doc = (el as HTMLIFrameElement).contentDocument;
  } catch {
    return false;
  }
  if (!doc) return false; // another origin: its content cannot be read, so it is not known to be empty
  const body = doc.body;
  return !body || (!body.children.length && !(body.textContent || '').trim());
}

/** In the page: see ./frame-content.ts. */
export default function run(h: PageContext): CheckResult {
  // Each frame listed counts as applicable for every test: the frame may hold what the test
  // applies to, so nothing in scope in the page's own document does not prove NA either.
  const { r, bt, add } = h.perTest(FRAME_SENSITIVE);
  let listed = 0;
  for (const el of h.all('iframe, frame')) {
    if (listed >= 5) break;
    if (!h.visible(el) || empty(el)) continue;
    listed++;
    r.applicable++;
    const src = ((el as HTMLIFrameElement).src || el.getAttribute('src') || (el.hasAttribute('srcdoc') ? 'srcdoc' : 'about:blank')).slice(0, 120);
    for (const t of FRAME_SENSITIVE) {
      bt[t].applicable++;
      add('doubts', t, el, 'not-examined', { src });
    }
  }
  return r;
}
