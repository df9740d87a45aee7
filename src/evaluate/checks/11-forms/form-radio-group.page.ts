import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./form-radio-group.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const groups = new Map<string, Element[]>();
  for (const el of h.all('input[type=radio][name], input[type=checkbox][name]')) {
    // Fields no one is shown (a step of the form not displayed yet, a template) are judged when shown.
    if (h.hiddenFromAT(el)) continue;
    const form = (el as HTMLInputElement).form;
    const k = `${(el as HTMLInputElement).type}|${form ? h.selector(form) : ''}|${el.getAttribute('name')}`;
    const g = groups.get(k);
    if (g) g.push(el);
    else groups.set(k, [el]);
  }
  for (const [k, els] of groups) {
    if (els.length < 2) continue;
    r.applicable++;
    if (els.some((e) => e.closest('fieldset, [role=group], [role=radiogroup]'))) continue;
    const radio = k.startsWith('radio');
    const name = els[0].getAttribute('name');
    const other = els.some((e) => e.hasAttribute('aria-describedby') || e.hasAttribute('aria-labelledby') || e.hasAttribute('aria-label') || e.hasAttribute('title'));
    if (radio && !other && !els[0].closest('table')) {
      if (r.failures.length < h.max) r.failures.push(h.node(els[0], 'radios-ungrouped', { n: els.length, name: name || '' }));
    } else if (r.doubts.length < h.max) {
      r.doubts.push(h.node(els[0], radio ? 'radios-check' : 'checkboxes-check', { n: els.length, name: name || '' }));
    }
  }
  return r;
}
