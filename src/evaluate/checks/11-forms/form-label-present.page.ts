import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

const FIELDS =
  'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea, [role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio], [role=switch]';

/** In the page: see ./form-label-present.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  for (const el of h.all(FIELDS)) {
    r.applicable++;
    const labels = Array.from((el as HTMLInputElement).labels ?? []);
    const labelFor = labels.some((l) => l.hasAttribute('for') && (l.textContent || '').trim());
    const ok =
      labelFor ||
      !!(el.getAttribute('aria-label') || '').trim() ||
      (el.hasAttribute('aria-labelledby') && !!h.refText(el)) ||
      !!(el.getAttribute('title') || '').trim();
    if (ok || r.doubts.length >= h.max) continue;
    const wrapped = labels.some((l) => (l.textContent || '').trim());
    r.doubts.push(h.node(el, wrapped ? 'wrapped-only' : 'no-label'));
  }
  return r;
}
