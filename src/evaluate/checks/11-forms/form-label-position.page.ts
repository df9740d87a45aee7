import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { FIELDS, CHECKABLE } from '../lib/fields.page.js';

/** In the page: see ./form-label-position.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['11.4.1', '11.4.2', '11.4.3']);
  const t1 = bt['11.4.1'];
  const t2 = bt['11.4.2'];
  const t3 = bt['11.4.3'];
  const G = 4;
  for (const f of h.all(FIELDS).slice(0, 300)) {
    const isCheck = f.matches(CHECKABLE);
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
    const text = (label.textContent || '').trim().slice(0, 60);
    // RGAA 11.4, particular cases: a label mixing right-to-left and left-to-right text → NA.
    if (/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(label.textContent || '') && /[A-Za-z]/.test(label.textContent || '')) continue;
    if (gap > 100) {
      add('doubts', '11.4.1', f, 'far-label', { label: text, gap: Math.round(gap) });
      continue;
    }
    // The side a label may not take for a field, and the side it takes for a checkbox or radio.
    const side = rtl ? { id: 'left' } : { id: 'right' };
    const other = rtl ? { id: 'right' } : { id: 'left' };
    const kind = f.getAttribute('type') || f.getAttribute('role') || '';
    if (!isCheck) {
      if (above || before) continue;
      if (below) add('failures', '11.4.2', f, 'below-field', { label: text, other });
      else if (after && sameRow) add('failures', '11.4.2', f, 'beside-field', { label: text, side, other });
    } else {
      if (below || after) continue;
      // RGAA 11.4, particular cases: a checkbox or radio not presented as one (a switch, a tile, an
      // element drawn by the author) → NA; whether it is is seen, not computed: a doubt. Only a
      // native box the browser draws is known to look like one.
      const native = f.matches('input[type=checkbox], input[type=radio]') && !f.matches('[role=switch]') && cs.appearance !== 'none';
      const misplaced = above || (before && sameRow);
      if (misplaced && !native) add('doubts', '11.4.3', f, 'checkable-custom', { label: text, kind, side });
      else if (above) add('failures', '11.4.3', f, 'above-checkable', { label: text, kind, side });
      else if (before && sameRow) add('failures', '11.4.3', f, 'beside-checkable', { label: text, other, kind, side });
    }
  }
  r.applicable = t1.applicable;
  return r;
}
