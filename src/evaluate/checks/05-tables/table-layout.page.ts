import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./table-layout.ts. */
export default function run(h: PageContext): CheckResult {
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
}
