/**
 * The criteria grid as CSV, laid out like the official RGAA audit grid: one row per criterion in
 * the official wording (theme, criterion, its question), its level, one column per page (P01,
 * P02… as in the grid's « Échantillon », with the page's title and URL in the two rows under the
 * header), then the sample's status. The headers are French and the same whatever `--lang`:
 * scripts read them. Several procedures give several blocks, separated by an empty row.
 */
import type { AuditReport, ProcedureReport, RuleSet } from '../model/types.js';
import { toCsv } from './csv.js';
import { officialCriteria } from './official.js';

/** The header row: fixed, in French, like the official grid's page sheets. */
export const GRID_HEADER = ['Thématique', 'Critère', 'Recommandation', 'Niveau'] as const;
export const GRID_SAMPLE = 'Échantillon';

/** P01, P02…: the page numbers of the official grid. */
export function pageNumber(i: number): string {
  return `P${String(i + 1).padStart(2, '0')}`;
}

function block(p: ProcedureReport, rules: RuleSet, withName: boolean): unknown[][] {
  const official = officialCriteria();
  const pad = ['', ''];
  const rows: unknown[][] = [];
  if (withName) rows.push(['Démarche', p.id, p.name]);
  rows.push([...GRID_HEADER, ...p.pages.map((_, i) => pageNumber(i)), GRID_SAMPLE]);
  rows.push([...pad, 'Titre de la page', '', ...p.pages.map((pg) => (pg.error ? `[non auditée : ${pg.error}]` : (pg.title ?? ''))), '']);
  rows.push([...pad, 'URL', '', ...p.pages.map((pg) => pg.url), '']);
  for (const c of rules.criteria) {
    const o = official.get(c.id);
    rows.push([
      o?.themeName ?? String(c.theme),
      c.id,
      o?.title ?? '',
      c.level,
      ...p.pages.map((pg) => (pg.error ? '' : (pg.criteria[c.id]?.status ?? ''))),
      p.criteria[c.id]?.status ?? '',
    ]);
  }
  return rows;
}

export function renderGridCsv(report: AuditReport, rules: RuleSet): string {
  const several = report.procedures.length > 1;
  const rows: unknown[][] = [];
  report.procedures.forEach((p, i) => {
    if (i > 0) rows.push([]);
    rows.push(...block(p, rules, several));
  });
  return toCsv(rows);
}
