import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { FIELDS } from '../lib/fields.page.js';

/** In the page: see ./form-group-legend.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const text = (el: Element | null) => ((el && (el.textContent || '')) || '').replace(/\s+/g, ' ').trim();
  for (const g of h.all('fieldset, [role=group], [role=radiogroup]')) {
    const fields = Array.from(g.querySelectorAll(FIELDS));
    if (!fields.length) continue;
    r.applicable++;
    let named: boolean;
    if (g.localName === 'fieldset' && !g.hasAttribute('role')) {
      const legend = Array.from(g.children).find((c) => c.localName === 'legend') || null;
      named = !!text(legend);
      // A legend hidden by CSS is neither shown nor read: whether the group still has one, a human decides.
      if (named && legend && h.hiddenFromAT(legend)) {
        if (r.doubts.length < h.max) r.doubts.push(h.node(g, 'legend-hidden'));
        continue;
      }
    } else {
      const ids = (g.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
      named = !!(g.getAttribute('aria-label') || '').trim() || ids.some((id) => text(document.getElementById(id)));
    }
    if (named) continue;
    const what = g.localName === 'fieldset' && !g.hasAttribute('role') ? { id: 'fieldset-no-legend' } : { id: 'role-no-label', params: { role: g.getAttribute('role') || '' } };
    const fieldNamed = fields.some((f) => f.hasAttribute('title') || f.hasAttribute('aria-label') || f.hasAttribute('aria-labelledby') || f.hasAttribute('aria-describedby'));
    if (fields.length >= 2 && !fieldNamed) {
      if (r.failures.length < h.max) r.failures.push(h.node(g, 'no-legend', { what, n: fields.length }));
    } else if (r.doubts.length < h.max) {
      r.doubts.push(h.node(g, fields.length > 1 ? 'check-fields' : 'check-field', { what }));
    }
  }
  return r;
}
