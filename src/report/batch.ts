/**
 * Batch outputs (many procedures in one AuditReport): the facts of one procedure as the batch CSV,
 * the dashboard and the terminal table show them, and the batch CSV itself. The observatory's
 * columns (Ref_Demarche…) are written as the input gave them; the HTML dashboard is in
 * dashboard.ts, the observatory export in observatory.ts.
 */
import type { AuditReport, ProcedureReport } from '../model/types.js';
import type { PageKind, Reason, VerdictValue } from '../model/reasons.js';
import type { PlansCheck, RateReading } from '../model/declaration.js';
import { classifyFailure, failureKindOf, type FailureKind } from '../model/failure.js';
import { declaredPct, t, type Lang, type MsgKey } from './i18n.js';
import { rateCell, toCsv } from './csv.js';
import { declarationDate, failureLabel, kindLabel, localVerdict, mentionStates, pagesAuditedCount, planStatusLabel, reasonText, stateLabel, toCheckTexts, whyLabel } from './view.js';

export { failureLabel };
import { procedureFileNames, procedureReportPath } from './procedure-files.js';

/** The facts of one procedure the batch outputs show (CSV row, dashboard row, terminal table). */
export interface ProcedureRow {
  id: string;
  /** The observatory's columns, as the input gave them (id, name, start URL when it gave none). */
  ref: string;
  name: string;
  url: string;
  administration: string;
  ministry: string;
  pagesAudited: number;
  pagesInError: number;
  measuredRate: number | null;
  floor: number | null;
  ceiling: number | null;
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
  /** The verdict's reasons and the contradictions found, in the report's language. */
  reasons: string[];
  contradictions: string[];
  /** What to check by hand about the declaration (plans, sample, mention on each page), in the report's language. */
  toCheck: string[];
  /** Why the procedure could not be audited at all (null when it was). */
  failure: FailureKind | null;
  error: string | null;
  /** Its own report, relative to the output folder (`procedures/<Ref_Demarche>.html`). */
  reportHtml: string;
  reportJson: string;
}

export function procedureRows(report: AuditReport, lang: Lang): ProcedureRow[] {
  const files = procedureFileNames(report.procedures);
  return report.procedures.map((p) => procedureRow(p, report, lang, files.get(p.id)!));
}

export function procedureRow(p: ProcedureReport, report: AuditReport, lang: Lang, fileName: string): ProcedureRow {
  const n = pagesAuditedCount(p);
  const d = p.declaration;
  const decl = d?.declaration ?? null;
  const firstPageError = n.ok === 0 ? (p.pages.find((x) => x.error)?.error ?? null) : null;
  const error = p.error ?? firstPageError;
  const v = localVerdict(p, lang);
  return {
    id: p.id,
    ref: p.input?.ref || p.id,
    name: p.input?.name ?? p.name,
    url: p.input?.url ?? p.pages[0]?.url ?? '',
    administration: p.input ? (p.input.administration ?? '') : (p.administration ?? ''),
    ministry: p.input?.ministry ?? '',
    pagesAudited: n.ok,
    pagesInError: n.failed,
    measuredRate: p.rate.measured,
    floor: p.rate.floor,
    ceiling: p.rate.ceiling,
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
    verdict: v?.value ?? null,
    method: v?.method ?? null,
    rateReading: decl?.rateReading ?? null,
    validityNotes: d?.validity?.notes ?? [],
    plans: d?.plans ?? null,
    sampleLacks: d?.sample?.missingKinds ?? null,
    withoutMention: d?.mentionCoverage?.withoutMention ?? null,
    withoutDeclarationLink: d?.mentionCoverage && decl ? d.mentionCoverage.withoutDeclarationLink : null,
    reasons: v?.reasons ?? [],
    contradictions: v?.contradictions ?? [],
    toCheck: toCheckTexts(p, lang),
    // A procedure none of whose pages could be audited has a failure, never « no NC found ».
    failure: n.ok === 0 ? (failureKindOf(error) ?? classifyFailure(error) ?? 'error') : null,
    error,
    reportHtml: procedureReportPath(fileName, '.html'),
    reportJson: procedureReportPath(fileName, '.json'),
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

/** The observatory's column names: the same in both languages (they name the input's columns). */
export const OBSERVATORY_ID_COLUMNS = ['Ref_Demarche', 'Nom_Demarche', 'URL_Demarche', 'Nom_Administration', 'Nom_Ministere'] as const;

/** One row per procedure, its columns listed (and explained) in the README's « Batch outputs ». */
export function renderBatchCsv(report: AuditReport, lang: Lang): string {
  const T = (k: MsgKey) => t(lang, k);
  const header = [
    ...OBSERVATORY_ID_COLUMNS,
    T('colPagesAudited'),
    T('colPagesError'),
    T('colMeasuredRate'),
    T('colFloor'),
    T('colCeiling'),
    T('colC'),
    T('colDecided'),
    T('colNT'),
    T('colMention'),
    T('colDeclaredState'),
    T('colDeclaredRate'),
    T('colDeclarationDate'),
    T('colDeclarationValid'),
    T('colValidUntil'),
    T('colDeclarationUrl'),
    T('colVerdict'),
    T('colMethod'),
    T('colReasons'),
    T('colContradictions'),
    T('colRateEvidence'),
    T('colValidityNotes'),
    T('colPlan'),
    T('colActionPlan'),
    T('colSampleLacks'),
    T('colNoMention'),
    T('colNoDeclarationLink'),
    T('colFailure'),
    T('colError'),
    T('colReport'),
  ];
  const rows: unknown[][] = [header];
  for (const r of procedureRows(report, lang)) {
    rows.push([
      r.ref,
      r.name,
      r.url,
      r.administration,
      r.ministry,
      r.pagesAudited,
      r.pagesInError,
      rateCell(r.measuredRate),
      rateCell(r.floor),
      rateCell(r.ceiling),
      r.C,
      r.decided,
      r.NT,
      mentionCell(r, lang),
      r.declaredState ? stateLabel(r.declaredState) : '',
      r.declaredRate,
      r.declarationDate,
      r.declarationValid === null ? '' : T(r.declarationValid ? 'yes' : 'no'),
      r.validUntil,
      r.declarationUrl,
      r.verdict,
      r.method,
      r.reasons.join(' | '),
      r.contradictions.join(' | '),
      rateEvidenceCell(r, lang),
      r.validityNotes.map((n) => reasonText(n, lang)).join(' ; '),
      planCell(r, lang),
      r.plans ? T(r.plans.thisYearPlan ? 'yes' : 'no') : '',
      r.sampleLacks === null ? '' : r.sampleLacks.length ? r.sampleLacks.map((k) => kindLabel(k, lang)).join(', ') : T('none'),
      urlsCell(r.withoutMention, lang),
      urlsCell(r.withoutDeclarationLink, lang),
      r.failure ? failureLabel(r.failure, lang) : '',
      r.error,
      r.reportHtml,
    ]);
  }
  return toCsv(rows);
}
