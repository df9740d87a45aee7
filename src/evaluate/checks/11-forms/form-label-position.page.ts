import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./form-label-position.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const t1 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
  const t2 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
  const t3 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
  r.byTest = { '11.4.1': t1, '11.4.2': t2, '11.4.3': t3 };
  const FIELDS =
    'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]), select, textarea, [role=textbox], [role=combobox], [role=listbox], [role=searchbox], [role=spinbutton], [role=slider], [role=checkbox], [role=radio], [role=switch]';
  const CHECK = 'input[type=checkbox], input[type=radio], [role=checkbox], [role=radio], [role=switch]';
  const G = 4;
  for (const f of h.all(FIELDS).slice(0, 300)) {
    const isCheck = f.matches(CHECK);
    t1.applicable++;
    (isCheck ? t3 : t2).applicable++;
    if (!h.visible(f)) continue;
    const cs = getComputedStyle(f);
    if (cs.opacity === '0' || cs.visibility === 'hidden') continue;
    const F = f.getBoundingClientRect();
    if (F.width < 6 || F.height < 6) continue;
    const labels = Array.from((f as HTMLInputElement).labels || []).filter((l) => h.visible(l) && (l.textContent || '').trim());
    if (labels.length !== 1) continue;
    const label = labels[0];
    // The label's text box (a label wrapping the field is measured on its text only).
    let L: DOMRect | null = null;
    if (label.contains(f)) {
      const range = document.createRange();
      const tw = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      let n: Node | null;
      let box: { l: number; t: number; r: number; b: number } | null = null;
      while ((n = tw.nextNode())) {
        if (!n.nodeValue || !n.nodeValue.trim()) continue;
        range.selectNodeContents(n);
        for (const rc of Array.from(range.getClientRects())) {
          if (!rc.width || !rc.height) continue;
          box = box ? { l: Math.min(box.l, rc.left), t: Math.min(box.t, rc.top), r: Math.max(box.r, rc.right), b: Math.max(box.b, rc.bottom) } : { l: rc.left, t: rc.top, r: rc.right, b: rc.bottom };
        }
      }
      if (box) L = new DOMRect(box.l, box.t, box.r - box.l, box.b - box.t);
    } else L = label.getBoundingClientRect();
    if (!L || L.width < 2 || L.height < 2) continue;
    const rtl = getComputedStyle(label).direction === 'rtl';
    const above = L.bottom <= F.top + G;
    const below = L.top >= F.bottom - G;
    const before = rtl ? L.left >= F.right - G : L.right <= F.left + G;
    const after = rtl ? L.right <= F.left + G : L.left >= F.right - G;
    const sameRow = L.top < F.bottom && L.bottom > F.top;
    const gap = Math.max(0, L.top - F.bottom, F.top - L.bottom, L.left - F.right, F.left - L.right);
    if (gap > 100) {
      t1.doubts.push(h.node(f, `its label « ${(label.textContent || '').trim().slice(0, 60)} » is ${Math.round(gap)} px away: check that they are next to each other`));
      continue;
    }
    const side = rtl ? 'left' : 'right';
    const other = rtl ? 'right' : 'left';
    if (!isCheck) {
      if (above || before) continue;
      if (below) t2.failures.push(h.node(f, `the label « ${(label.textContent || '').trim().slice(0, 60)} » is drawn below the field: it must be above it or on its ${other}`));
      else if (after && sameRow) t2.failures.push(h.node(f, `the label « ${(label.textContent || '').trim().slice(0, 60)} » is drawn on the ${side} of the field: it must be above it or on its ${other}`));
    } else {
      if (below || after) continue;
      if (above) t3.failures.push(h.node(f, `the label « ${(label.textContent || '').trim().slice(0, 60)} » is drawn above the ${f.getAttribute('type') || f.getAttribute('role')}: it must be below it or on its ${side}`));
      else if (before && sameRow) t3.failures.push(h.node(f, `the label « ${(label.textContent || '').trim().slice(0, 60)} » is drawn on the ${other} of the ${f.getAttribute('type') || f.getAttribute('role')}: it must be below it or on its ${side}`));
    }
  }
  for (const t of [t1, t2, t3]) {
    t.failures = t.failures.slice(0, h.max);
    t.doubts = t.doubts.slice(0, h.max);
  }
  r.applicable = t1.applicable;
  r.failures = [...t2.failures, ...t3.failures];
  r.doubts = t1.doubts;
  return r;
}
