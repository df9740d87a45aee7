import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { FIELDS } from '../lib/fields.page.js';
import { clippedAway } from '../../../gather/page/style.page.js';

/** In the page: see ./form-label-hidden.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const shown = (el: Element): boolean => {
    if (!h.visible(el)) return false;
    const rc = el.getBoundingClientRect();
    if (rc.width <= 2 || rc.height <= 2) return false;
    if (rc.right < 0 || rc.bottom < 0) return false;
    for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) if (clippedAway(getComputedStyle(e))) return false;
    return true;
  };
  for (const f of h.all(FIELDS).slice(0, 300)) {
    if (!h.visible(f) || h.hiddenFromAT(f)) continue;
    const labels = Array.from((f as HTMLInputElement).labels || []);
    const visibleLabel = labels.some((l) => shown(l) && (l.textContent || '').trim());
    const how = f.hasAttribute('aria-labelledby')
      ? 'aria-labelledby'
      : f.hasAttribute('aria-label')
        ? 'aria-label'
        : labels.length && !visibleLabel
          ? 'hidden-label'
          : !labels.length && f.hasAttribute('title')
            ? 'title-only'
            : '';
    if (!how || (visibleLabel && how !== 'aria-labelledby')) continue;
    r.applicable++;
    if (r.doubts.length < h.max) r.doubts.push(h.node(f, 'labelled-by', { how: how === 'hidden-label' ? { id: 'hidden-label' } : how === 'title-only' ? { id: 'title-only' } : how }));
  }
  return r;
}
