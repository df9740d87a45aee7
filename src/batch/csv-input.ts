/**
 * The observatory's CSV export as people save it: `;` or `,`, column names in any case and with
 * spaces around them, extra columns ignored. Every bad row is found (not only the first): each
 * problem is `file:line: column: problem`, and the row becomes an invalid entry.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { UsageError } from '../model/errors.js';
import type { BatchInput, InputOptions, ProcedureSpec } from '../model/config.js';
import { checkUrl, urlProblem } from './urls.js';
import { fileProblems } from './problems.js';

/** The columns read, as the observatory writes them. */
export const CSV_COLUMNS = ['Ref_Demarche', 'Nom_Demarche', 'URL_Demarche', 'Nom_Administration', 'Nom_Ministere'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: Column[] = ['Ref_Demarche', 'URL_Demarche'];

/** How a column name is compared: case and surrounding spaces (and quotes) do not matter. */
export function columnKey(name: string): string {
  return name.trim().replace(/^"|"$/g, '').trim().toLowerCase();
}

/** A Ref_Demarche as a file-name-safe id (letters, digits, `.`, `_`, `-`). */
export function safeId(ref: string): string {
  return ref.replace(/[^\w.-]+/g, '-').replace(/^[-.]+/, '').slice(0, 100) || 'procedure';
}

export function parseObservatoryCsv(text: string, file: string, o: InputOptions = {}): BatchInput {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new UsageError(`${file}:1: empty file: expected the header ${CSV_COLUMNS.join(';')} and a row per procedure`);
  const header = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(body, { delimiter, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as never;
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string; bytes?: number };
    // An unclosed quote is found at the end of the file: name the line of the record it opened
    // (`bytes`: where the parser stood when the record began).
    const line = err.code === 'CSV_QUOTE_NOT_CLOSED' && err.bytes !== undefined ? Math.max(2, Buffer.from(body, 'utf8').subarray(0, err.bytes).toString('utf8').split('\n').length) : err.lines;
    throw new UsageError(`${file}:${line ?? '?'}: CSV: ${err.message.split('\n')[0].replace(/ at line \d+$/, '')}`);
  }
  const [head, ...rows] = records;
  const names = head.record;
  const where = new Map<Column, number>();
  const problems: string[] = [];
  for (const col of CSV_COLUMNS) {
    const at = names.map((n, i) => (columnKey(n) === columnKey(col) ? i : -1)).filter((i) => i >= 0);
    if (at.length > 1) problems.push(`${file}:1: ${col}: the column appears ${at.length} times (columns ${at.map((i) => i + 1).join(' and ')})`);
    if (at.length) where.set(col, at[0]);
  }
  const missing = REQUIRED.filter((c) => !where.has(c));
  if (missing.length) {
    const found = names.map((n) => JSON.stringify(n.trim())).join(', ');
    problems.push(`${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (columns found, separated by "${delimiter}": ${found}; expected ${CSV_COLUMNS.join(delimiter)})`);
  }
  if (problems.length) throw fileProblems(problems);
  if (!rows.length) throw new UsageError(`${file}:2: no procedures: the file has a header and no row`);

  const seen = new Map<string, number>();
  const ids = new Set<string>();
  const procedures = rows.map(({ record, info }, index): ProcedureSpec => {
    const line = info.lines;
    const cell = (c: Column) => (where.has(c) ? (record[where.get(c)!] ?? '').trim() : '');
    const bad: string[] = [];
    const fail = (c: Column | 'row', msg: string) => bad.push(`${file}:${line}: ${c}: ${msg}`);
    if (record.length !== names.length) fail('row', `${record.length} fields where the header has ${names.length} (a "${delimiter}" too many or missing, or a cell with "${delimiter}" not in quotes)`);
    const ref = cell('Ref_Demarche');
    let id = safeId(ref);
    if (!ref) fail('Ref_Demarche', 'is required');
    else if (seen.has(id)) fail('Ref_Demarche', `duplicate id "${ref}" (also line ${seen.get(id)})`);
    else seen.set(id, line);
    const rawUrl = cell('URL_Demarche');
    const urls: string[] = [];
    for (const u of rawUrl.split(/\s+|\|/).filter(Boolean)) {
      const problem = urlProblem(u, o);
      if (problem) fail('URL_Demarche', problem);
      else urls.push(checkUrl(u, o)!);
    }
    if (!rawUrl) fail('URL_Demarche', 'is required');
    // An invalid row keeps a unique id of its own, so that it can be reported with --skip-invalid.
    if (!ref || ids.has(id)) id = `${ref ? id : 'row'}.line-${line}`;
    ids.add(id);
    const name = cell('Nom_Demarche');
    return {
      id,
      name: name || ref || id,
      administration: cell('Nom_Administration') || null,
      ministry: cell('Nom_Ministere') || null,
      urls,
      pages: [],
      declarationUrl: null,
      process: false,
      login: null,
      storageState: null,
      index,
      input: { ref, name: name || null, url: rawUrl, administration: cell('Nom_Administration') || null, ministry: cell('Nom_Ministere') || null },
      ...(bad.length ? { invalid: bad } : {}),
    };
  });
  return { file, procedures, options: {}, ignore: [] };
}
