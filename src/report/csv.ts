/**
 * CSV for French spreadsheets: `;` separator, UTF-8 BOM, CRLF, decimal comma; every cell
 * that a spreadsheet could read as a formula is neutralised (CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import type { AuditReport } from '../model/types.js';
import { t, type Lang } from './i18n.js';
import { ncFindings, reviewFindings } from './view.js';

/** Characters that start a formula (ASCII and full-width forms), after optional leading whitespace. */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * A cell made inert for spreadsheets: a leading `'` when it starts with `=`, `+`, `-`, `@`
 * (also after leading spaces), a tab or a carriage return (OWASP "CSV injection").
 */
export function neutraliseFormula(cell: string): string {
  if (cell === '') return cell;
  return FORMULA_START.test(cell) || /^[\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Any value as a cell: null → empty, numbers with a decimal comma, strings neutralised. */
export function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', ',') : '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  // eslint-disable-next-line no-control-regex -- a NUL from a page is replaced: many CSV readers stop at it
  return neutraliseFormula(String(v).replace(/\u0000/g, '\ufffd'));
}

/** Rows to CSV text: BOM, `;`, CRLF, every cell through `cell()`. */
export function toCsv(rows: unknown[][]): string {
  return stringify(
    rows.map((r) => r.map(cell)),
    // Line breaks inside a cell are quoted too (csv-stringify only quotes the record delimiter, CRLF).
    { delimiter: ';', bom: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  );
}

/** A rate floored to one decimal, as a spreadsheet number with a decimal comma ("72,0"). */
export function rateCell(n: number | null | undefined): string {
  return n == null ? '' : n.toFixed(1).replace('.', ',');
}

/**
 * The findings: one row per element, NC (proven failures) then NT (elements a human should
 * review): procedure, page, criterion, test, status, selector, message, snippet, source.
 */
export function renderFindingsCsv(report: AuditReport, lang: Lang): string {
  const T = (k: Parameters<typeof t>[1]) => t(lang, k);
  const rows: unknown[][] = [[T('colProcedure'), T('colPage'), T('colCriterion'), T('colTest'), T('colStatus'), T('colSelector'), T('colMessage'), T('colSnippet'), T('colSource')]];
  for (const p of report.procedures) {
    for (const f of ncFindings(p)) rows.push([p.id, f.page, f.criterion, f.test, 'NC', f.selector, f.message, f.snippet, f.source]);
    for (const f of reviewFindings(p)) rows.push([p.id, f.page, f.criterion, f.test, 'NT', f.selector, f.message, f.snippet, f.source]);
  }
  return toCsv(rows);
}
