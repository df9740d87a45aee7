/**
 * The end of a batch in a terminal: a table of the procedures (measured rate, bounds of the
 * official rate, verdict), then the procedures that could not be audited, each with why. Text
 * from the input and the pages goes through termSafe (no escape sequence reaches the terminal).
 */
import { Chalk } from 'chalk';
import type { AuditReport } from '../model/types.js';
import { pctL, t, type Lang } from './i18n.js';
import { failureLabel, procedureRows, type ProcedureRow } from './batch.js';
import { termSafe } from './text.js';

export interface TableOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width in columns (80 when unknown). */
  width?: number;
}

/** Display width of a string: every code point counts one (accents and typographic quotes do). */
function width(s: string): number {
  return [...s].length;
}

function pad(s: string, n: number, right = false): string {
  const gap = ' '.repeat(Math.max(0, n - width(s)));
  return right ? gap + s : s + gap;
}

function cut(s: string, n: number): string {
  return width(s) <= n ? s : [...s].slice(0, Math.max(1, n - 1)).join('') + '…';
}

export function renderBatchTable(report: AuditReport, o: TableOptions): string {
  const { lang } = o;
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const dash = t(lang, 'dash');
  const rows = procedureRows(report, lang);
  if (!rows.length) return '';
  const rate = (r: ProcedureRow) => (r.measuredRate == null ? dash : pctL(r.measuredRate, lang));
  const range = (r: ProcedureRow) => (r.floor == null || r.ceiling == null ? dash : `${pctL(r.floor, lang)}–${pctL(r.ceiling, lang)}`);
  const verdict = (r: ProcedureRow) => (r.verdict ? `${r.verdict} (${r.method})` : r.failure ? failureLabel(r.failure, lang) : dash);
  const head = [t(lang, 'tableRef'), t(lang, 'procedure'), t(lang, 'colMeasuredRate').replace(/ \(%\)$/, ''), t(lang, 'tableOfficial'), t(lang, 'colVerdict')];
  const cells = rows.map((r) => [termSafe(r.ref, 40), termSafe(r.name, 200), rate(r), range(r), verdict(r)]);
  const w = [0, 1, 2, 3, 4].map((i) => Math.max(width(head[i]), ...cells.map((x) => width(x[i]))));
  // The name takes what the terminal leaves (at least 12 columns); the other columns are short.
  const total = o.width && o.width > 40 ? o.width : 80;
  w[1] = Math.max(12, Math.min(w[1], total - (w[0] + w[2] + w[3] + w[4] + 8)));
  const line = (x: string[]) => [pad(cut(x[0], w[0]), w[0]), pad(cut(x[1], w[1]), w[1]), pad(x[2], w[2], true), pad(x[3], w[3], true), x[4]].join('  ').trimEnd();
  const colour = (r: ProcedureRow, text: string) =>
    r.failure ? c.red(text) : r.verdict === 'Oui' ? c.green(text) : r.verdict === 'Partiel' ? c.yellow(text) : r.verdict === 'Non' ? c.red(text) : text;
  const out = [c.bold(line(head)), ...rows.map((r, i) => colour(r, line(cells[i])))];
  const failed = rows.filter((r) => r.failure);
  if (failed.length) {
    out.push('', c.bold(t(lang, 'tableFailed', { n: failed.length })));
    for (const r of failed) out.push(`  ${termSafe(r.ref, 40)} ${termSafe(r.name, 60)}: ${failureLabel(r.failure!, lang)} — ${termSafe(r.error, 160)}`);
  }
  return out.join('\n') + '\n';
}
