/**
 * The observatory export (`--format observatory`): one row per procedure in the shape of the
 * observatory's procedures table, so that the State's digital team can load it beside its own:
 * the procedure's columns as the input gave them, the rate as a fraction from 0 to 1 like its
 * `Taux_RGAA_Publie`, and the « Prise en compte du handicap » label under the chosen method.
 * Every column is described in the README (« The observatory export »).
 */
import type { AuditReport } from '../model/types.js';
import { toCsv } from './csv.js';
import { OBSERVATORY_ID_COLUMNS, procedureRows } from './batch.js';
import { stateLabel } from './view.js';

/** The columns, in order; the same names in every language (they are the observatory's). */
export const OBSERVATORY_COLUMNS = [
  ...OBSERVATORY_ID_COLUMNS,
  'Taux_RGAA_Publie',
  'Taux_RGAA_Mesure',
  'Taux_RGAA_Officiel_Min',
  'Taux_RGAA_Officiel_Max',
  'Prise_En_Compte_Handicap',
  'Methode_Observatoire',
  'Etat_Declaration',
  'URL_Declaration',
  'Date_Declaration',
  'Motif_Non_Evalue',
] as const;

/** « À venir »: the observatory's label for a procedure not evaluated yet. */
export const NOT_EVALUATED = 'À venir';

/** A percentage as the observatory stores it: a fraction from 0 to 1 (78.26 % → 0.7826), exact for rates given to two decimals. */
export function fraction(pct: number | null | undefined): number | null {
  return pct == null || !Number.isFinite(pct) ? null : Number((pct / 100).toFixed(4));
}

/** The method the run judged with (`--method`), for procedures without a verdict. */
function runMethod(report: AuditReport): string {
  const o = report.options ?? {};
  const m = (o.judge as { method?: unknown } | null | undefined)?.method ?? o.method;
  return typeof m === 'string' ? m : '';
}

export function renderObservatoryCsv(report: AuditReport): string {
  const rows: unknown[][] = [[...OBSERVATORY_COLUMNS]];
  // Labels and reasons stay in French: the observatory's own words.
  for (const r of procedureRows(report, 'fr')) {
    rows.push([
      r.ref,
      r.name,
      r.url,
      r.administration,
      r.ministry,
      fraction(r.declaredRate),
      fraction(r.measuredRate),
      fraction(r.floor),
      fraction(r.ceiling),
      // A procedure the tool could not evaluate (site unreachable, invalid entry…) is « À venir », never « Non ».
      r.verdict ?? NOT_EVALUATED,
      r.method ?? runMethod(report),
      r.declaredState ? stateLabel(r.declaredState) : '',
      r.declarationUrl,
      r.declarationDate,
      r.failure ? (r.error?.startsWith(`${r.failure}: `) ? r.error : `${r.failure}: ${r.error ?? ''}`) : '',
    ]);
  }
  return toCsv(rows);
}
