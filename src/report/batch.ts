/**
 * Batch outputs (many procedures in one AuditReport): the per-procedure CSV. The HTML
 * dashboard is in dashboard.ts.
 */
import type { AuditReport, ProcedureReport } from '../model/types.js';
import type { PageKind, Reason, VerdictValue } from '../model/reasons.js';
import type { PlansCheck, RateReading } from '../model/declaration.js';
import { declaredPct, t, type Lang } from './i18n.js';
import { rateCell, toCsv } from './csv.js';
import { declarationDate, kindLabel, mentionStates, pagesAuditedCount, planStatusLabel, reasonText, stateLabel, whyLabel } from './view.js';

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
  verdict: VerdictValue | null;
  method: string | null;
  /** Where the declared rate was read, the rates set aside, the rates that conflict (null: no declaration). */
  rateReading: RateReading | null;
  /** Notes on the declaration's dates (month precision, update without audit, rules not applied). */
  validityNotes: Reason[];
  plans: PlansCheck | null;
  /** Kinds of required page the declaration's sample does not name; null when no list was read. */
  sampleLacks: PageKind[] | null;
  /** Pages without the mention, without a link to the declaration; null when not looked for. */
  withoutMention: string[] | null;
  withoutDeclarationLink: string[] | null;
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
    rateReading: decl?.rateReading ?? null,
    validityNotes: d?.validity?.notes ?? [],
    plans: d?.plans ?? null,
    sampleLacks: d?.sample?.missingKinds ?? null,
    withoutMention: d?.mentionCoverage?.withoutMention ?? null,
    withoutDeclarationLink: d?.mentionCoverage && decl ? d.mentionCoverage.withoutDeclarationLink : null,
    error: p.error ?? firstPageError,
  };
}

/** The sentence the declared rate was read from and its section, or why there is none. */
export function rateEvidenceCell(r: ProcedureRow, lang: Lang): string {
  const rr = r.rateReading;
  if (!rr) return '';
  if (rr.evidence) return rr.evidence.section ? `${rr.evidence.text} (${rr.evidence.section})` : rr.evidence.text;
  if (rr.conflicting.length) return t(lang, 'rateConflicting', { list: rr.conflicting.map((x) => declaredPct(x, lang)).join(', ') });
  if (rr.setAside.length) return t(lang, 'rateSetAside', { list: rr.setAside.map((x) => `${declaredPct(x.value, lang)} (${whyLabel(x.why, lang)})`).join(', ') });
  return '';
}

export function planCell(r: ProcedureRow, lang: Lang): string {
  if (!r.plans) return '';
  return planStatusLabel(r.plans.schema, lang) + (r.plans.schemaYears.length ? ` ${r.plans.schemaYears.join('-')}` : '');
}

function urlsCell(urls: string[] | null, lang: Lang): string {
  if (urls === null) return '';
  return urls.length ? urls.join(' ') : t(lang, 'none');
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
      T('colRateEvidence'),
      T('colValidityNotes'),
      T('colPlan'),
      T('colActionPlan'),
      T('colSampleLacks'),
      T('colNoMention'),
      T('colNoDeclarationLink'),
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
      rateEvidenceCell(r, lang),
      r.validityNotes.map((n) => reasonText(n, lang)).join(' ; '),
      planCell(r, lang),
      r.plans ? T(r.plans.thisYearPlan ? 'yes' : 'no') : '',
      r.sampleLacks === null ? '' : r.sampleLacks.length ? r.sampleLacks.map((k) => kindLabel(k, lang)).join(', ') : T('none'),
      urlsCell(r.withoutMention, lang),
      urlsCell(r.withoutDeclarationLink, lang),
      r.error,
    ]);
  }
  return toCsv(rows);
}
