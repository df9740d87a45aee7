/**
 * The one line every run ends with, whatever the formats: what was audited, the measured rate,
 * the official rate's bounds, the verdict and the gate's decision with its reason, e.g.
 * `rgaa-audit: 1 procedure · 3/3 pages audited, 0 in error · measured rate 55.5 % (5 C / 9
 * decided) · official rate between 7.6 % and 93.8 % · verdict Oui (2020 method, declared rate) ·
 * gate: measured 55.5 % < 75 % → exit 1`. Plain text (CI logs), page text made inert.
 */
import type { AuditReport, ProcedureReport } from '../model/types.js';
import { passesGate, type GateDecision, type RateGate } from '../aggregate/gate.js';
import { pctL, t, type Lang } from './i18n.js';
import { pagesAuditedCount } from './view.js';

export interface SummaryOptions {
  lang: Lang;
  threshold: number;
  /** The gate's decision (`audit`, `demo`); absent for the commands that do not gate. */
  decision?: GateDecision;
  /** The command, for « no gate (batch) ». */
  command?: string;
  /** The exit code when there is no gate decision. */
  exit?: number;
  /** Extra facts after the counts (« merged from 2 files », « 3 left for --resume »). */
  extra?: string[];
}

function rateGateText(g: RateGate, lang: Lang): string {
  return t(lang, 'gateRate', {
    what: t(lang, g.gate === 'ceiling' ? 'gateWhatCeiling' : 'gateWhatMeasured'),
    rate: pctL(g.rate, lang),
    op: g.passed ? '≥' : '<',
    threshold: g.threshold,
  });
}

/** « gate: measured 55.5 % < 75 % → exit 1 », with the baseline's part when there is one. */
export function gateText(d: GateDecision, lang: Lang): string {
  const parts: string[] = [];
  if (d.nothingAudited) parts.push(t(lang, 'gateNothing'));
  else {
    if (d.baseline) {
      const b = d.baseline;
      parts.push(b.failed ? t(lang, 'gateBaselineNew', { nc: b.newNC, f: b.newFindings }) : t(lang, 'gateBaselineNothing'));
    }
    // Several procedures (not from the CLI today): the failing ones, else the first.
    const shown = d.rates.filter((r) => !r.passed);
    const rates = (shown.length ? shown : d.rates.slice(0, 1)).map((r) => rateGateText(r, lang));
    if (!d.rates.length) rates.push(t(lang, 'gateNoRate'));
    for (const r of rates) parts.push(d.rateApplied ? r : t(lang, 'gateNotApplied', { rate: r }));
  }
  const word = lang === 'fr' ? `${t(lang, 'gateWord')} :` : `${t(lang, 'gateWord')}:`;
  return `${word} ${parts.join('; ')} ${t(lang, 'gateExit', { code: d.exit })}`;
}

function oneProcedure(p: ProcedureReport, lang: Lang): string[] {
  const r = p.rate;
  const out: string[] = [];
  out.push(r.measured == null ? t(lang, 'sumNoMeasured') : t(lang, 'sumMeasured', { rate: pctL(r.measured, lang), c: r.C, decided: r.C + r.NC }));
  if (r.floor != null && r.ceiling != null) out.push(t(lang, 'sumBounds', { floor: pctL(r.floor, lang), ceiling: pctL(r.ceiling, lang) }));
  const v = p.verdict;
  if (v) out.push(t(lang, 'sumVerdict', { value: v.value, method: v.method, source: t(lang, v.rateSource === 'declared' ? 'rateSourceDeclared' : 'rateSourceMeasured') }));
  return out;
}

function manyProcedures(ps: ProcedureReport[], threshold: number, lang: Lang): string[] {
  const atThreshold = ps.filter((p) => passesGate('measured', p.rate, threshold)).length;
  // Certain only where something was decided: with nothing decided the ceiling is 100 % anyway.
  const certainFail = ps.filter((p) => p.rate.measured != null && !passesGate('ceiling', p.rate, threshold)).length;
  const v = { oui: 0, partiel: 0, non: 0, none: 0 };
  for (const p of ps) v[p.verdict ? (p.verdict.value.toLowerCase() as 'oui' | 'partiel' | 'non') : 'none']++;
  return [t(lang, 'sumAtThreshold', { threshold, n: atThreshold, total: ps.length }), t(lang, 'sumCertainFail', { threshold, n: certainFail }), t(lang, 'sumVerdicts', v)];
}

export function summaryLine(report: AuditReport, o: SummaryOptions): string {
  const lang = o.lang;
  const ps = report.procedures;
  let ok = 0;
  let total = 0;
  for (const p of ps) {
    const n = pagesAuditedCount(p);
    ok += n.ok;
    total += n.total;
  }
  const parts = [t(lang, 'sumProcedures', { n: ps.length }), ...(o.extra ?? []), t(lang, 'sumPages', { ok, total, failed: total - ok })];
  if (ps.length === 1) parts.push(...oneProcedure(ps[0], lang));
  else if (ps.length > 1) parts.push(...manyProcedures(ps, o.threshold, lang));
  parts.push(o.decision ? gateText(o.decision, lang) : `${t(lang, 'gateNoGate', { command: o.command ?? '' })} ${t(lang, 'gateExit', { code: o.exit ?? 0 })}`);
  return `rgaa-audit${lang === 'fr' ? ' :' : ':'} ${parts.join(' · ')}\n`;
}
