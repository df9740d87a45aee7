/**
 * The criteria grid as CSV, laid out like the official RGAA audit grid: one row per criterion
 * (theme, criterion, title, level), one column per page with its status, then the sample's
 * status. Several procedures give several blocks, separated by an empty row.
 */
import type { AuditReport, ProcedureReport, RuleSet } from '../model/types.js';
import { t, type Lang } from './i18n.js';
import { toCsv } from './csv.js';
import { criterionTitle, themeName } from './view.js';

function block(p: ProcedureReport, rules: RuleSet, lang: Lang, withName: boolean): unknown[][] {
  const T = (k: Parameters<typeof t>[1], pr?: Parameters<typeof t>[2]) => t(lang, k, pr);
  const rows: unknown[][] = [];
  if (withName) rows.push([T('procedure'), p.id, p.name]);
  rows.push([T('colTheme'), T('colCriterion'), T('colTitle'), T('colLevel'), ...p.pages.map((pg, i) => `${T('pageShort', { n: i + 1 })} ${pg.url}`), T('colSample')]);
  for (const c of rules.criteria) {
    rows.push([
      themeName(rules, c.theme, lang),
      c.id,
      criterionTitle(c, lang),
      c.level,
      ...p.pages.map((pg) => (pg.error ? '' : (pg.criteria[c.id]?.status ?? ''))),
      p.criteria[c.id]?.status ?? '',
    ]);
  }
  return rows;
}

export function renderGridCsv(report: AuditReport, rules: RuleSet, lang: Lang): string {
  const several = report.procedures.length > 1;
  const rows: unknown[][] = [];
  report.procedures.forEach((p, i) => {
    if (i > 0) rows.push([]);
    rows.push(...block(p, rules, lang, several));
  });
  return toCsv(rows);
}
