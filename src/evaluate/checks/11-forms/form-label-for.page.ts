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
      r.failures.push(h.node(label, 'empty-for'));
      continue;
    }
    const root = label.getRootNode() as Document | ShadowRoot;
    const targets = Array.from(root.querySelectorAll(`[id="${CSS.escape(id)}"]`));
    if (!targets.length) {
      r.failures.push(h.node(label, 'no-target', { id }));
      continue;
    }
    const t = targets[0];
    if (!t.matches(LABELABLE)) {
      if (t.matches(withRole(FIELD_ROLES)))
        r.doubts.push(h.node(label, 'aria-widget', { id, tag: t.localName, role: t.getAttribute('role') || '' }));
      else r.failures.push(h.node(label, 'not-a-field', { id, tag: t.localName + (t.localName === 'input' ? ' type="hidden"' : '') }));
      continue;
    }
    if (targets.length > 1) r.doubts.push(h.node(label, 'shared-id', { id, n: targets.length }));
  }
  return r;
}
