import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';

/** In the page: see ./table-layout.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['5.3.1', '5.8.1']);
  const tables = h.all('table') as HTMLTableElement[];
  // Tables beyond the first 200 are not examined: no C.
  if (tables.length > 200) add('doubts', '5.8.1', tables[200], 'not-examined', { n: tables.length, max: 200 });
  for (const t of tables.slice(0, 200)) {
    const role = (t.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
    const cells = Array.from(t.rows).flatMap((row) => Array.from(row.cells));
    const headerCells = cells.filter((c) => c.localName === 'th' || /^(columnheader|rowheader)$/.test((c.getAttribute('role') || '').trim()));
    const summary = (t.getAttribute('summary') || '').trim();
    const markup: (string | MessageRef)[] = [];
    if (summary) markup.push({ id: 'summary-attribute' });
    if (t.caption) markup.push('<caption>');
    if (t.tHead) markup.push('<thead>');
    if (t.tFoot) markup.push('<tfoot>');
    if (cells.some((c) => c.localName === 'th')) markup.push('<th>');
    if (cells.some((c) => /^(columnheader|rowheader)$/.test((c.getAttribute('role') || '').trim()))) markup.push('role="columnheader"/"rowheader"');
    const attrs = ['scope', 'headers', 'axis'].filter((a) => cells.some((c) => c.localName === 'td' && c.hasAttribute(a)));
    if (attrs.length) markup.push({ id: 'on-td', params: { attrs: attrs.join('/') } });
    if (role === 'presentation' || role === 'none') {
      r.applicable++;
      bt['5.3.1'].applicable++;
      bt['5.8.1'].applicable++;
      if (markup.length) add('failures', '5.8.1', t, 'data-markup', { role, markup });
      if (role === 'none') add('doubts', '5.3.1', t, 'role-none');
      continue;
    }
    if (role) continue; // role="table", "grid", "treegrid" or a widget role: not a layout table
    if (headerCells.length || t.caption || summary || t.tHead) continue; // marked up as a data table
    if (!cells.length || !h.visible(t)) continue;
    r.applicable++;
    bt['5.3.1'].applicable++;
    bt['5.8.1'].applicable++;
    const nested = !!t.querySelector('table');
    const rows = t.rows.length;
    const cols = Math.max(...Array.from(t.rows).map((row) => row.cells.length));
    const line = rows === 1 || cols === 1;
    const shape: MessageRef | null = line ? { id: nested ? 'shape-nested' : 'shape', params: { rows, cols } } : nested ? { id: 'nested' } : null;
    for (const test of ['5.3.1', '5.8.1']) {
      if (shape) add('doubts', test, t, 'no-headers-shape', { shape });
      else add('doubts', test, t, 'no-headers');
    }
  }
  return r;
}
