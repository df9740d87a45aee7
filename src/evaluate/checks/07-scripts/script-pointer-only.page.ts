import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';

/** In the page: see ./script-pointer-only.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const sel = '[onclick], [onmousedown], [onmouseup], [ondblclick], [onpointerdown], [onpointerup], [ontouchstart]';
  const native = 'a[href], button, input, select, textarea, summary, label, option, area[href], iframe, video, audio, details, html, body';
  for (const el of h.all(sel).slice(0, 200)) {
    if (el.matches(native) || h.hiddenFromAT(el) || !h.visible(el)) continue;
    r.applicable++;
    const role = (el.getAttribute('role') || '').trim();
    const focusable = el.hasAttribute('tabindex') && Number(el.getAttribute('tabindex')) >= 0;
    const keys = el.hasAttribute('onkeydown') || el.hasAttribute('onkeyup') || el.hasAttribute('onkeypress');
    const missing: MessageRef[] = [];
    if (!role) missing.push({ id: 'no-role' });
    if (!focusable) missing.push({ id: 'not-focusable' });
    else if (!keys && !/^(link|button)$/.test(role)) missing.push({ id: 'no-key-handler' });
    if (missing.length && r.doubts.length < h.max) r.doubts.push(h.node(el, 'mouse-only', { tag: el.localName, missing }));
  }
  return r;
}
