import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

const FOCUSABLE = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, object, embed, audio[controls], video[controls], [tabindex], [contenteditable]:not([contenteditable=false])';

/** In the page: see ./nav-frame-tabindex.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  for (const frame of h.all('iframe[tabindex], frame[tabindex]').slice(0, 100) as HTMLIFrameElement[]) {
    if (frame.tabIndex >= 0 || !h.visible(frame)) continue;
    r.applicable++;
    let doc: Document | null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    if (!doc) {
      if (r.doubts.length < h.max) r.doubts.push(h.node(frame, 'unreadable', { tabindex: frame.getAttribute('tabindex') || '' }));
      continue;
    }
    const reachable = Array.from(doc.querySelectorAll(FOCUSABLE))
      .slice(0, 500)
      .find((el) => {
        const he = el as HTMLElement;
        if (he.tabIndex < 0 || (he as HTMLButtonElement).disabled) return false;
        return h.visible(el);
      });
    if (reachable && r.failures.length < h.max)
      r.failures.push(h.node(frame, 'skipped', { tabindex: frame.getAttribute('tabindex') || '', tag: reachable.localName, text: (reachable.textContent || '').trim().slice(0, 40) }));
  }
  return r;
}
