import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

const FIELDS =
  'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea, [role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio], [role=switch]';

/** In the page: see ./form-label-present.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  for (const el of h.all(FIELDS)) {
    // A field nobody is shown or told about (a honeypot, a closed panel's field) is not examined.
    if (h.hiddenFromAT(el)) continue;
    r.applicable++;
    const labels = Array.from((el as HTMLInputElement).labels ?? []);
    const labelFor = labels.some((l) => l.hasAttribute('for') && (l.textContent || '').trim());
    const ariaLabel = !!(el.getAttribute('aria-label') || '').trim();
    const title = !!(el.getAttribute('title') || '').trim();
    const ok = labelFor || ariaLabel || (el.hasAttribute('aria-labelledby') && !!h.refText(el)) || title;
    if (ok || r.failures.length + r.doubts.length >= 2 * h.max) continue;
    // None of the test's conditions, not even an empty or unresolved one: every case the test
    // lists (the adjacent button's too) needs a <label>, aria-label, aria-labelledby or title.
    const none =
      el.matches('input, select, textarea') &&
      !labels.length &&
      !el.hasAttribute('aria-labelledby') &&
      !ariaLabel &&
      !title;
    if (none) {
      if (r.failures.length < h.max) r.failures.push(h.node(el, 'no-label'));
      continue;
    }
    if (r.doubts.length >= h.max) continue;
    const wrapped = labels.some((l) => (l.textContent || '').trim());
    r.doubts.push(h.node(el, wrapped ? 'wrapped-only' : 'no-listed-label'));
  }
  return r;
}
