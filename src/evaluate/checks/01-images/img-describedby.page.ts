import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./img-describedby.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const els = h.all('img[aria-describedby], input[type=image][aria-describedby], area[aria-describedby], object[aria-describedby], embed[aria-describedby], svg[aria-describedby], canvas[aria-describedby], [role=img][aria-describedby]').slice(0, 200);
  for (const el of els) {
    if (h.hiddenFromAT(el)) continue;
    r.applicable++;
    const ids = (el.getAttribute('aria-describedby') || '').trim().split(/\s+/).filter(Boolean);
    const targets = ids.map((id) => h.doc.getElementById(id));
    const text = targets.map((t) => (t ? (t.textContent || '').trim() : '')).join('');
    if (!ids.length || !targets.some(Boolean)) {
      r.failures.push(h.node(el, 'no-target', { ids: ids.join(' ') }));
    } else if (!text) {
      r.failures.push(h.node(el, 'empty-target', { ids: ids.join(' ') }));
    }
  }
  r.byTest = { '1.6.9': { applicable: r.applicable, failures: r.failures.slice(0, h.max), doubts: [] } };
  return r;
}
