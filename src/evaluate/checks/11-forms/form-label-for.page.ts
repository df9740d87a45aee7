import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { FIELD_ROLES, withRole } from '../lib/fields.page.js';

/** In the page: see ./form-label-for.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const LABELABLE = 'input:not([type=hidden]), select, textarea, button, meter, output, progress';
  for (const label of h.all('label[for]')) {
    r.applicable++;
    if (r.failures.length + r.doubts.length >= 2 * h.max) continue;
    const id = label.getAttribute('for') || '';
    if (!id.trim()) {
      r.failures.push(h.node(label, 'label with an empty for attribute: it is associated with no field'));
      continue;
    }
    const root = label.getRootNode() as Document | ShadowRoot;
    const targets = Array.from(root.querySelectorAll(`[id="${CSS.escape(id)}"]`));
    if (!targets.length) {
      r.failures.push(h.node(label, `label for="${id}": no element has id="${id}", so the label is associated with no field`));
      continue;
    }
    const t = targets[0];
    if (!t.matches(LABELABLE)) {
      if (t.matches(withRole(FIELD_ROLES)))
        r.doubts.push(h.node(label, `label for="${id}" points to an ARIA widget (<${t.localName} role="${t.getAttribute('role')}">), which label for does not name: check aria-labelledby`));
      else r.failures.push(h.node(label, `label for="${id}" points to <${t.localName}${t.localName === 'input' ? ' type="hidden"' : ''}>, which is not a form field`));
      continue;
    }
    if (targets.length > 1) r.doubts.push(h.node(label, `label for="${id}": ${targets.length} elements share id="${id}", only the first one gets this label`));
  }
  return r;
}
