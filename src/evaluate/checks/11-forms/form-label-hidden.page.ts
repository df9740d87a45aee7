import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./form-label-hidden.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const FIELDS =
    'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea, [role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio], [role=switch]';
  const shown = (el: Element): boolean => {
    if (!h.visible(el)) return false;
    const rc = el.getBoundingClientRect();
    if (rc.width <= 2 || rc.height <= 2) return false;
    if (rc.right < 0 || rc.bottom < 0) return false;
    for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) {
      const cs = getComputedStyle(e);
      const m = /rect\(\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px/.exec(cs.clip || '');
      if (m && (parseFloat(m[3]) - parseFloat(m[1]) <= 1 || parseFloat(m[2]) - parseFloat(m[4]) <= 1)) return false;
      if (/inset\(\s*50%/.test(cs.clipPath || '')) return false;
    }
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
          ? 'a visually hidden <label>'
          : !labels.length && f.hasAttribute('title')
            ? 'title only'
            : '';
    if (!how || (visibleLabel && how !== 'aria-labelledby')) continue;
    r.applicable++;
    if (r.doubts.length < h.max) r.doubts.push(h.node(f, `labelled by ${how}: check that a title or a visible text next to the field tells what to enter`));
  }
  return r;
}
