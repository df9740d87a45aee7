/**
 * Batch outputs (many procedures in one AuditReport): the per-procedure CSV. The HTML
 * dashboard is in dashboard.ts.
 */
import type { AuditReport, ProcedureReport } from '../model/types.js';
import { t, type Lang } from './i18n.js';
import { rateCell, toCsv } from './csv.js';
import { declarationDate, mentionStates, pagesAuditedCount, stateLabel } from './view.js';

/** The facts of one procedure the batch outputs show (CSV row, dashboard row). */
export interface ProcedureRow {
  id: string;
  name: string;
  administration: string;
  pagesAudited: number;
  pagesInError: number;
  measuredRate: number | null;
  C: number;
  decided: number;
  NT: number;
  /** null: not looked for; []: none found. */
  mentions: string[] | null;
  declaredState: string | null;
  declaredRate: number | null;
  declarationUrl: string | null;
  declarationDate: string | null;
  declarationValid: boolean | null;
  validUntil: string | null;
  verdict: 'Oui' | 'Partiel' | 'Non' | null;
  method: string | null;
  error: string | null;
}

export function procedureRow(p: ProcedureReport): ProcedureRow {
  const n = pagesAuditedCount(p);
  const d = p.declaration;
  const decl = d?.declaration ?? null;
  const firstPageError = n.ok === 0 ? (p.pages.find((x) => x.error)?.error ?? null) : null;
  return {
    id: p.id,
    name: p.name,
    administration: p.administration ?? '',
    pagesAudited: n.ok,
    pagesInError: n.failed,
    measuredRate: p.rate.measured,
    C: p.rate.C,
    decided: p.rate.C + p.rate.NC,
    NT: p.rate.NT,
    mentions: d ? mentionStates(p) : null,
    declaredState: decl?.state ?? null,
    declaredRate: decl?.rate ?? null,
    declarationUrl: decl?.url ?? null,
    declarationDate: declarationDate(p),
    declarationValid: d?.validity ? d.validity.valid : null,
    validUntil: d?.validity?.expiresOn ?? null,
    verdict: p.verdict?.value ?? null,
    method: p.verdict?.method ?? null,
    error: p.error ?? firstPageError,
  };
}

export function mentionCell(r: ProcedureRow, lang: Lang): string {
  if (r.mentions === null) return '';
  return r.mentions.length ? r.mentions.map(stateLabel).join(' / ') : t(lang, 'none');
}

export function renderBatchCsv(report: AuditReport, lang: Lang): string {
  const T = (k: Parameters<typeof t>[1]) => t(lang, k);
  const rows: unknown[][] = [
    [
      T('colId'),
      T('colName'),
      T('colAdministration'),
      T('colPagesAudited'),
      T('colPagesError'),
      T('colMeasuredRate'),
      T('colC'),
      T('colDecided'),
      T('colNT'),
      T('colMention'),
      T('colDeclaredState'),
      T('colDeclaredRate'),
      T('colDeclarationDate'),
      T('colDeclarationValid'),
      T('colValidUntil'),
      T('colVerdict'),
      T('colMethod'),
      T('colError'),
    ],
  ];
  for (const p of report.procedures) {
    const r = procedureRow(p);
    rows.push([
      r.id,
      r.name,
      r.administration,
      r.pagesAudited,
      r.pagesInError,
      rateCell(r.measuredRate),
      r.C,
      r.decided,
      r.NT,
      mentionCell(r, lang),
      r.declaredState ? stateLabel(r.declaredState) : '',
      r.declaredRate,
      r.declarationDate,
      r.declarationValid === null ? '' : T(r.declarationValid ? 'yes' : 'no'),
      r.validUntil,
      r.verdict,
      r.method,
      r.error,
    ]);
  }
  return toCsv(rows);
}
