import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./table-data.ts. */
export default function run(h: PageContext): CheckResult {
  const ids = ['5.1.1', '5.2.1', '5.4.1', '5.7.1', '5.7.2'];
  const { r, bt, add } = h.perTest(ids);
  const refs = (el: Element, attr: string) =>
    (el.getAttribute(attr) || '')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => h.doc.getElementById(id));
  const isHeader = (c: Element) => c.localName === 'th' || /^(columnheader|rowheader)$/.test((c.getAttribute('role') || '').trim());
  const tables = h.all('table');
  // 5.4.1 is decided whole (C) only when every table was examined.
  if (tables.length > 100) add('doubts', '5.4.1', tables[100], 'tables-beyond-cap', { n: tables.length - 100 });
  for (const t of tables.slice(0, 100) as HTMLTableElement[]) {
    const role = (t.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
    if (role === 'presentation' || role === 'none') continue;
    r.applicable++;
    if (t.rows.length > 300) {
      // Too big to map cheaply: in scope, left to a human.
      for (const id of ids) bt[id].applicable++;
      add('doubts', '5.4.1', t, 'too-large-title');
      continue;
    }
    // Grid positions, honouring rowspan and colspan.
    const grid: (HTMLTableCellElement | undefined)[][] = [];
    const pos = new Map<HTMLTableCellElement, { r: number; c: number }>();
    let spans = false;
    Array.from(t.rows).forEach((row, ri) => {
      grid[ri] = grid[ri] || [];
      let ci = 0;
      for (const cell of Array.from(row.cells)) {
        while (grid[ri][ci]) ci++;
        const rs = Math.max(1, Math.min(cell.rowSpan || 1, 50));
        const cs = Math.max(1, Math.min(cell.colSpan || 1, 50));
        if (rs > 1 || cs > 1) spans = true;
        pos.set(cell, { r: ri, c: ci });
        for (let a = 0; a < rs; a++) for (let b = 0; b < cs; b++) (grid[ri + a] = grid[ri + a] || [])[ci + b] = cell;
        ci += cs;
      }
    });
    const cells = Array.from(pos.keys());
    const headers = cells.filter(isHeader);
    const declared = headers.length > 0 || !!t.caption || !!(t.getAttribute('summary') || '').trim() || !!t.tHead;
    const complex = headers.some((c) => {
      const p = pos.get(c)!;
      return p.r > 0 && p.c > 0;
    });
    const captionText = t.caption ? (t.caption.textContent || '').trim() : '';
    const describedby = refs(t, 'aria-describedby').some((e) => e && (e.textContent || '').trim());
    const hasSummary = !!captionText || !!(t.getAttribute('summary') || '').trim() || describedby;
    // 5.1 / 5.2: complex tables, and tables whose nature markup cannot tell.
    if (complex || !declared) {
      bt['5.1.1'].applicable++;
      if (hasSummary) bt['5.2.1'].applicable++;
      if (complex && !hasSummary) add('failures', '5.1.1', t, 'complex-no-summary');
    }
    // 5.4: any table that may have a title (an unassociated visible title stays a human's call).
    bt['5.4.1'].applicable++;
    const labelledby = t.hasAttribute('aria-labelledby') && refs(t, 'aria-labelledby').some((e) => e && (e.textContent || '').trim());
    const associated = (!!captionText && !h.hiddenFromAT(t.caption!)) || labelledby || !!(t.getAttribute('aria-label') || '').trim() || !!(t.getAttribute('title') || '').trim();
    if (!associated && !t.hasAttribute('aria-labelledby')) add('doubts', '5.4.1', t, 'no-title-source');
    if (t.hasAttribute('aria-labelledby')) {
      const targets = refs(t, 'aria-labelledby');
      const ok = targets.some((e) => e && (e.textContent || '').trim());
      if (!ok) {
        const other = captionText || (t.getAttribute('aria-label') || '').trim() || (t.getAttribute('title') || '').trim();
        const ids = t.getAttribute('aria-labelledby') || '';
        if (other) add('doubts', '5.4.1', t, 'labelledby-empty-other', { ids });
        else add('failures', '5.4.1', t, 'labelledby-empty', { ids });
      }
    }
    // 5.7.1 / 5.7.2
    const ths = cells.filter((c) => c.localName === 'th' && (c.textContent || '').trim());
    bt['5.7.1'].applicable += ths.length;
    const scoped = ths.filter((c) => c.hasAttribute('scope'));
    bt['5.7.2'].applicable += scoped.length;
    for (const th of scoped) {
      const s = (th.getAttribute('scope') || '').trim().toLowerCase();
      if (!['row', 'col', 'rowgroup', 'colgroup'].includes(s)) {
        add('failures', '5.7.2', th, 'invalid-scope', { scope: th.getAttribute('scope') || '' });
        continue;
      }
      if (spans) continue;
      const p = pos.get(th)!;
      const below = grid[p.r + 1] && grid[p.r + 1][p.c];
      const right = grid[p.r] && grid[p.r][p.c + 1];
      if (s === 'row' && p.r === 0 && p.c > 0 && below && below.localName === 'td' && !(right && right.localName === 'td')) {
        add('failures', '5.7.2', th, 'row-heads-column');
      } else if (s === 'col' && p.c === 0 && p.r > 0 && right && right.localName === 'td' && !(below && below.localName === 'td')) {
        add('failures', '5.7.2', th, 'col-heads-row');
      }
    }
    if (!spans) {
      const colHeads = ths.filter((c) => pos.get(c)!.r === 0 && pos.get(c)!.c > 0);
      const rowHeads = ths.filter((c) => pos.get(c)!.c === 0 && pos.get(c)!.r > 0);
      if (colHeads.length && rowHeads.length && !complex) {
        for (const th of [...colHeads, ...rowHeads]) {
          const ok = th.hasAttribute('scope') || !!th.id || /^(columnheader|rowheader)$/.test((th.getAttribute('role') || '').trim());
          if (!ok) add('failures', '5.7.1', th, 'header-unassociated');
        }
      }
    }
  }
  // ARIA tables (role="table"/"grid"/"treegrid" on other elements): in scope, left to a human.
  const ariaTables = h.all('[role=table]:not(table), [role=grid]:not(table), [role=treegrid]:not(table)').length;
  r.applicable += ariaTables;
  for (const id of ['5.1.1', '5.2.1', '5.4.1']) bt[id].applicable += ariaTables;
  if (ariaTables) add('doubts', '5.4.1', h.all('[role=table]:not(table), [role=grid]:not(table), [role=treegrid]:not(table)')[0], 'aria-tables-title', { n: ariaTables });
  return r;
}
