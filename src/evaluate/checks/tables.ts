/**
 * Theme 5 (tables). Runs in the page: only `h`, the DOM and `axe` (see ./types.ts).
 *
 * A table's nature is read from its markup: role="presentation"/"none" declares a layout table;
 * header cells (<th>, role="columnheader"/"rowheader"), a <caption>, a summary or a <thead> declare
 * a data table; a <table> with only <td> cells and no role could be either, so it is listed for a
 * human (a layout table needs role="presentation", 5.3.1; a data table needs header cells, 5.6).
 */
import type { InPageCheck } from './types.js';

export const inPage: InPageCheck[] = [
  {
    id: 'table-layout',
    description:
      '5.8.1: a layout table (role="presentation"/"none") must not use data-table markup (summary, caption, th, thead, tfoot, role="rowheader"/"columnheader", scope/headers/axis on cells); 5.3.1: role="none" instead of role="presentation", and tables with neither header cells nor a role, listed for a human. Scope of 5.3 and 5.8: declared and possible layout tables.',
    run: (h) => {
      const { r, bt, add } = h.perTest(['5.3.1', '5.8.1']);
      for (const t of h.all('table').slice(0, 200) as HTMLTableElement[]) {
        const role = (t.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
        const cells = Array.from(t.rows).flatMap((row) => Array.from(row.cells));
        const headerCells = cells.filter((c) => c.localName === 'th' || /^(columnheader|rowheader)$/.test((c.getAttribute('role') || '').trim()));
        const summary = (t.getAttribute('summary') || '').trim();
        const markup: string[] = [];
        if (summary) markup.push('a summary attribute');
        if (t.caption) markup.push('<caption>');
        if (t.tHead) markup.push('<thead>');
        if (t.tFoot) markup.push('<tfoot>');
        if (cells.some((c) => c.localName === 'th')) markup.push('<th>');
        if (cells.some((c) => /^(columnheader|rowheader)$/.test((c.getAttribute('role') || '').trim()))) markup.push('role="columnheader"/"rowheader"');
        const attrs = ['scope', 'headers', 'axis'].filter((a) => cells.some((c) => c.localName === 'td' && c.hasAttribute(a)));
        if (attrs.length) markup.push(attrs.join('/') + ' on <td>');
        if (role === 'presentation' || role === 'none') {
          r.applicable++;
          bt['5.3.1'].applicable++;
          bt['5.8.1'].applicable++;
          if (markup.length) add('failures', '5.8.1', t, `Layout table (role="${role}") uses data-table markup: ${markup.join(', ')}.`);
          if (role === 'none') add('doubts', '5.3.1', t, 'Layout table with role="none": the RGAA asks for role="presentation" (role="none" is a synonym not yet well supported).');
          continue;
        }
        if (role) continue; // role="table", "grid", "treegrid" or a widget role: not a layout table
        if (headerCells.length || t.caption || summary || t.tHead) continue; // marked up as a data table
        if (!cells.length || !h.visible(t)) continue;
        r.applicable++;
        bt['5.3.1'].applicable++;
        bt['5.8.1'].applicable++;
        const nested = t.querySelector('table') ? ', contains another table' : '';
        const rows = t.rows.length;
        const cols = Math.max(...Array.from(t.rows).map((row) => row.cells.length));
        const shape = rows === 1 || cols === 1 ? ` (${rows} row${rows > 1 ? 's' : ''} × ${cols} column${cols > 1 ? 's' : ''}${nested})` : nested ? ` (${nested.slice(2)})` : '';
        const msg = `Table with neither header cells nor a role${shape}: if it is a layout table it needs role="presentation" (5.3.1); if it is a data table its headers must be <th> (5.6).`;
        add('doubts', '5.3.1', t, msg);
        add('doubts', '5.8.1', t, msg);
      }
      return r;
    },
  },
  {
    id: 'table-data',
    description:
      '5.1.1: a complex data table (headers beyond the first row and column) without caption, summary or aria-describedby has no summary; 5.4.1: a table whose only title source is an aria-labelledby pointing to nothing; 5.7.1: in a table with headers on both the first row and the first column, each <th> needs scope, id or a header role; 5.7.2: a scope value that is invalid or contradicts the header position.',
    run: (h) => {
      const ids = ['5.1.1', '5.2.1', '5.4.1', '5.7.1', '5.7.2'];
      const { r, bt, add } = h.perTest(ids);
      const refs = (el: Element, attr: string) =>
        (el.getAttribute(attr) || '')
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => h.doc.getElementById(id));
      const isHeader = (c: Element) => c.localName === 'th' || /^(columnheader|rowheader)$/.test((c.getAttribute('role') || '').trim());
      for (const t of h.all('table').slice(0, 100) as HTMLTableElement[]) {
        const role = (t.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
        if (role === 'presentation' || role === 'none') continue;
        r.applicable++;
        if (t.rows.length > 300) {
          // Too big to map cheaply: in scope, left to a human.
          for (const id of ids) bt[id].applicable++;
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
          if (complex && !hasSummary) add('failures', '5.1.1', t, 'Complex data table (header cells beyond the first row and column) without a summary: no <caption>, summary attribute or aria-describedby to hold one.');
        }
        // 5.4: any table that may have a title (an unassociated visible title stays a human's call).
        bt['5.4.1'].applicable++;
        if (t.hasAttribute('aria-labelledby')) {
          const targets = refs(t, 'aria-labelledby');
          const ok = targets.some((e) => e && (e.textContent || '').trim());
          if (!ok) {
            const other = captionText || (t.getAttribute('aria-label') || '').trim() || (t.getAttribute('title') || '').trim();
            const msg = `aria-labelledby="${t.getAttribute('aria-labelledby')}" points to no element with text: the table title is not associated.`;
            if (other) add('doubts', '5.4.1', t, msg + ' Another title source exists; check what is announced.');
            else add('failures', '5.4.1', t, msg);
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
            add('failures', '5.7.2', th, `Invalid scope="${th.getAttribute('scope')}" on <th>: use "col" for a column header, "row" for a row header.`);
            continue;
          }
          if (spans) continue;
          const p = pos.get(th)!;
          const below = grid[p.r + 1] && grid[p.r + 1][p.c];
          const right = grid[p.r] && grid[p.r][p.c + 1];
          if (s === 'row' && p.r === 0 && p.c > 0 && below && below.localName === 'td' && !(right && right.localName === 'td')) {
            add('failures', '5.7.2', th, '<th scope="row"> heads a column (first row, data cells below): it needs scope="col".');
          } else if (s === 'col' && p.c === 0 && p.r > 0 && right && right.localName === 'td' && !(below && below.localName === 'td')) {
            add('failures', '5.7.2', th, '<th scope="col"> heads a row (first column, data cells on its right): it needs scope="row".');
          }
        }
        if (!spans) {
          const colHeads = ths.filter((c) => pos.get(c)!.r === 0 && pos.get(c)!.c > 0);
          const rowHeads = ths.filter((c) => pos.get(c)!.c === 0 && pos.get(c)!.r > 0);
          if (colHeads.length && rowHeads.length && !complex) {
            for (const th of [...colHeads, ...rowHeads]) {
              const ok = th.hasAttribute('scope') || !!th.id || /^(columnheader|rowheader)$/.test((th.getAttribute('role') || '').trim());
              if (!ok) add('failures', '5.7.1', th, 'Header cell without scope, id or header role in a table with headers on both the first row and the first column (the exception for single-row or single-column headers does not apply).');
            }
          }
        }
      }
      // ARIA tables (role="table"/"grid"/"treegrid" on other elements): in scope, left to a human.
      const ariaTables = h.all('[role=table]:not(table), [role=grid]:not(table), [role=treegrid]:not(table)').length;
      r.applicable += ariaTables;
      for (const id of ['5.1.1', '5.2.1', '5.4.1']) bt[id].applicable += ariaTables;
      return r;
    },
  },
];
