/**
 * What every renderer derives from the report model, in one place: criterion titles and
 * themes in the report's language, status names, the rate line, the NC findings with their
 * page, and the judge's reasons rendered in the report's language from their ids.
 */
import type { CriterionResult, Finding, ProcedureReport, RuleCriterion, RuleSet, Status } from '../model/types.js';
import { compareIds } from '../model/rules.js';
import { passesGate, type Gate } from '../aggregate/gate.js';
import type { PlansCheck, Verdict } from '../model/declaration.js';
import { en as judgeEn, KIND_EN, type Catalogue, type PageKind, type Reason, type SetAsideWhy } from '../model/reasons.js';
import { fr as judgeFr, KIND_FR } from './judge-fr.js';
import { pctL, t, type Lang, type MsgKey } from './i18n.js';
import { classifyFailure, failureKindOf, type FailureKind } from '../model/failure.js';

export const STATUSES: readonly Status[] = ['C', 'NC', 'NA', 'NT'];

export function isStatus(s: unknown): s is Status {
  return s === 'C' || s === 'NC' || s === 'NA' || s === 'NT';
}

/** "compliant" / « conforme »… for C, NC, NA, NT. */
export function statusName(s: Status, lang: Lang): string {
  return t(lang, `status${s}` as MsgKey);
}

export function criterionTitle(c: RuleCriterion | undefined, lang: Lang): string {
  if (!c) return '';
  return lang === 'fr' ? c.title_fr : c.title;
}

export function themeName(rules: RuleSet, theme: number, lang: Lang): string {
  const th = rules.themes.find((x) => x.theme === theme);
  return th ? (lang === 'fr' ? th.name_fr : th.name) : String(theme);
}

export function criteriaById(rules: RuleSet): Map<string, RuleCriterion> {
  return new Map(rules.criteria.map((c) => [c.id, c]));
}

/** The rate with its denominator and the NT count: "72.0 % (18 C / 25 decided, 81 not tested)". */
export function rateLine(p: ProcedureReport, lang: Lang = 'en'): string {
  const r = p.rate;
  if (r.measured == null) return t(lang, 'rateNone', { nt: r.NT, na: r.NA });
  return t(lang, 'rateLine', { rate: pctL(r.measured, lang), c: r.C, decided: r.C + r.NC, nt: r.NT });
}

/** "Official rate between 7.6 % and 93.8 %, whatever a human decides on the 56 NT criteria"; null without bounds. */
export function boundsLine(p: ProcedureReport, lang: Lang = 'en'): string | null {
  const r = p.rate;
  if (r.floor == null || r.ceiling == null) return null;
  return t(lang, 'rateBoundsLine', { floor: pctL(r.floor, lang), ceiling: pctL(r.ceiling, lang), nt: r.NT });
}

/** "between 7.6 % and 93.8 %", or a dash without bounds. */
export function boundsValue(r: { floor: number | null; ceiling: number | null }, lang: Lang): string {
  return r.floor == null || r.ceiling == null ? t(lang, 'dash') : t(lang, 'rateBoundsValue', { floor: pctL(r.floor, lang), ceiling: pctL(r.ceiling, lang) });
}

/** The rate a gate compares: the measured rate, or the ceiling of the official rate. */
export function gatedRate(p: ProcedureReport, gate: Gate = 'measured'): number | null {
  return gate === 'ceiling' ? p.rate.ceiling : p.rate.measured;
}

/** The gate as the HTML and Markdown reports state it: "measured rate 55.5 % is below the threshold of 75 %". */
export function gateSentence(p: ProcedureReport, threshold: number, gate: Gate, lang: Lang): { passed: boolean; text: string } {
  const rate = gatedRate(p, gate);
  // No decided criterion: no rate to pass with (the ceiling would be 100 %).
  if (rate == null || p.rate.measured == null) return { passed: false, text: t(lang, 'gateNone', { threshold }) };
  const what = t(lang, gate === 'ceiling' ? 'gateCeiling' : 'gateMeasured');
  const passed = passesGate(gate, p.rate, threshold);
  return { passed, text: t(lang, passed ? 'gatePass' : 'gateFail', { what, rate: pctL(rate, lang), threshold }) };
}

/** A page's rate: "50.0 % (1 C / 2)" or "no criterion decided". */
export function pageRateLine(rate: { measured: number | null; C: number; NC: number } | null, lang: Lang): string {
  if (!rate || rate.measured == null) return t(lang, 'noCriterionDecided');
  return t(lang, 'pageRateShort', { rate: pctL(rate.measured, lang), c: rate.C, decided: rate.C + rate.NC });
}

export function pagesAuditedCount(p: ProcedureReport): { ok: number; total: number; failed: number } {
  const ok = p.pages.filter((x) => !x.error).length;
  return { ok, total: p.pages.length, failed: p.pages.length - ok };
}

/** The path (and query) of a URL: findings are matched on it across runs on other hosts or ports. */
export function pagePath(url: string | null | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return (u.pathname || '/') + u.search;
  } catch {
    return url;
  }
}

/** `2025-06-01…` → `01/06/2025` (JJ/MM/AAAA, as the official grid and declaration model ask). */
export function numericDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A file-name part for a procedure id (one file per procedure): letters, digits, dot, dash and underscore only. */
export function safePart(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '').slice(0, 60) || 'procedure';
}

/** A URL that may become a link: http, https or file only (never javascript:, data:…). */
export function linkable(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.href : null;
  } catch {
    return null;
  }
}

export type PageFinding = Finding & { page: string; criterion: string; screenshot?: string };

/** Criterion ids with the given status, in RGAA order. */
export function criteriaWith(p: ProcedureReport, status: Status): string[] {
  return Object.entries(p.criteria)
    .filter(([, c]) => c.status === status)
    .map(([id]) => id)
    .sort(compareIds);
}

/** The findings of a criterion, each with its page (the only page when the model omits it). */
export function findingsOf(p: ProcedureReport, id: string, crit: CriterionResult | undefined = p.criteria[id]): PageFinding[] {
  if (!crit) return [];
  const only = p.pages.length === 1 ? p.pages[0].url : '';
  return crit.findings.map((f) => ({ ...f, page: f.page ?? only, criterion: id }));
}

/**
 * A message with the values that vary from element to element elided (numbers, colours, quoted
 * text): « text colour rgb(0, 0, 145) is declared… » → « text colour … is declared… ».
 */
export function messageShape(s: string): string {
  return s
    .replace(/rgba?\([^)]*\)|hsla?\([^)]*\)|#[0-9a-f]{3,8}\b/gi, '…')
    .replace(/"[^"\n]*"|«[^»\n]*»|“[^”\n]*”/g, '…')
    .replace(/\d+(?:[.,]\d+)?/g, '…');
}

/** One element of a group: its selector, the pages it is on, what is particular to it. */
export interface GroupElement {
  selector: string;
  snippet: string;
  pages: string[];
  /** Its own message (the group's may have its values elided). */
  message: string;
  screenshot?: string;
}

/**
 * Findings that share one cause: the same test, the same source (axe rule or check) and the same
 * message id (our checks) or message but for the values that vary (« text colour … is declared but no background colour… »
 * on seven elements gives one group). Elements are listed once with every page they are on.
 */
export interface FindingGroup {
  test: string;
  source: string;
  /** axe's fix summary or the message, as every finding has it; else with its varying values elided. */
  text: string;
  /** The findings' texts differ (in their values): each element's own message says how. */
  varied: boolean;
  helpUrl?: string;
  /** The axe rule's decision reason (the RGAA text the findings rest on): axe findings only. */
  basis?: string;
  impact?: string | null;
  /** Findings in the group (an element on two pages counts twice). */
  count: number;
  pages: string[];
  elements: GroupElement[];
}

export function groupFindings(findings: PageFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup & { texts: Set<string> }>();
  for (const f of findings) {
    const text = f.fix || f.message;
    // Our checks name their message: the same id is the same cause, whatever its parameters.
    const key = JSON.stringify([f.test, f.source, f.messageId ? `id:${f.messageId}` : messageShape(text)]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { test: f.test, source: f.source, text, varied: false, texts: new Set(), count: 0, pages: [], elements: [], ...(f.helpUrl ? { helpUrl: f.helpUrl } : {}), ...(f.basis ? { basis: f.basis } : {}), impact: f.impact }));
    g.texts.add(text);
    g.count++;
    if (f.page && !g.pages.includes(f.page)) g.pages.push(f.page);
    let el = g.elements.find((e) => e.selector === f.selector);
    if (!el) g.elements.push((el = { selector: f.selector, snippet: f.snippet, pages: [], message: f.message, ...(safeScreenshot(f) ? { screenshot: safeScreenshot(f)! } : {}) }));
    if (f.page && !el.pages.includes(f.page)) el.pages.push(f.page);
    // The first picture of the element, whichever page it was taken on.
    if (!el.screenshot && safeScreenshot(f)) el.screenshot = safeScreenshot(f)!;
  }
  return [...groups.values()].map(({ texts, ...g }) => ({ ...g, varied: texts.size > 1, text: texts.size > 1 ? commonShape([...texts]) : g.text }));
}

/**
 * What texts of one cause say in common: their shape (messageShape) when they share it; else,
 * when a parameter of the message is a word (« on its left », « on its right »), the shapes' common
 * start and end around « … ».
 */
function commonShape(texts: string[]): string {
  const shapes = [...new Set(texts.map(messageShape))];
  if (shapes.length === 1) return shapes[0];
  const words = shapes.map((s) => s.split(' '));
  let start = 0;
  while (words.every((w) => start < w.length && w[start] === words[0][start])) start++;
  let end = 0;
  while (words.every((w) => end < w.length - start && w[w.length - 1 - end] === words[0][words[0].length - 1 - end])) end++;
  return [...words[0].slice(0, start), '…', ...words[0].slice(words[0].length - end)].join(' ');
}

/** A page as the reports list it: its path when every page of the procedure is on one origin. */
export function pageLabel(p: ProcedureReport, url: string): string {
  const origin = (u: string) => {
    try {
      return new URL(u).origin;
    } catch {
      return u;
    }
  };
  const origins = new Set(p.pages.map((x) => origin(x.url)));
  return origins.size <= 1 ? pagePath(url) || url : url;
}

/** Every finding of every NC criterion, in RGAA order. */
export function ncFindings(p: ProcedureReport): PageFinding[] {
  return criteriaWith(p, 'NC').flatMap((id) => findingsOf(p, id));
}

/** Every element a human should review (NT criteria with something in scope), in RGAA order. */
export function reviewFindings(p: ProcedureReport): PageFinding[] {
  const only = p.pages.length === 1 ? p.pages[0].url : '';
  return criteriaWith(p, 'NT').flatMap((id) => (p.criteria[id].review ?? []).map((f) => ({ ...f, page: (f as { page?: string }).page ?? only, criterion: id })));
}

/**
 * The frames whose content the tool did not examine (their address, as the page gives it), from
 * the review items that list them (check frame-content's message): the criteria they may concern
 * are NT, not C or NA.
 */
export function framesNotExamined(p: ProcedureReport): string[] {
  const srcs = new Set<string>();
  for (const f of reviewFindings(p)) if (f.source === 'check:frame-content' && f.messageId === 'not-examined') srcs.add(String(f.params?.src ?? f.selector));
  return [...srcs];
}

/** The frames note's parameters: how many, and the first three addresses. */
export function framesNoteParams(frames: string[]): { n: number; list: string } {
  return { n: frames.length, list: frames.slice(0, 3).join(', ') + (frames.length > 3 ? ', …' : '') };
}

/** A screenshot the model may carry on a finding: only a PNG data URI is accepted. */
export function safeScreenshot(f: Finding & { screenshot?: unknown }): string | null {
  const s = f.screenshot;
  if (typeof s !== 'string' || s.length > 5_000_000) return null;
  return /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/.test(s) ? s : null;
}

/** « partiellement conforme »: the RGAA wording of a mention or declared state. */
export function stateLabel(state: string | null | undefined): string {
  if (!state) return '—';
  return state === 'totalement' || state === 'partiellement' || state === 'non' ? `${state} conforme` : state;
}

export function searchSourceLabel(source: string, lang: Lang): string {
  const key = ({ mention: 'sourceMention', link: 'sourceLink', path: 'sourcePath', config: 'sourceConfig' } as Record<string, MsgKey>)[source];
  return key ? t(lang, key) : source;
}

export function searchOutcomeLabel(outcome: string, lang: Lang): string {
  if (outcome === 'declaration') return t(lang, 'outcomeDeclaration');
  if (outcome === 'not a declaration') return t(lang, 'outcomeNotDeclaration');
  return outcome;
}

/** « site map » / « plan du site »: a kind of page the RGAA asks a sample to hold. */
export function kindLabel(k: PageKind | string, lang: Lang): string {
  return (lang === 'fr' ? KIND_FR : KIND_EN)[k as PageKind] ?? k;
}

/** Why a percentage of the declaration was not taken for its rate. */
export function whyLabel(w: SetAsideWhy | string, lang: Lang): string {
  const key = ({ average: 'whyAverage', target: 'whyTarget', earlier: 'whyEarlier' } as Record<string, MsgKey>)[w];
  return key ? t(lang, key) : w;
}

export function planStatusLabel(s: PlansCheck['schema'] | string, lang: Lang): string {
  const key = ({ current: 'planCurrent', outdated: 'planOutdated', undated: 'planUndated', missing: 'planMissing' } as Record<string, MsgKey>)[s];
  return key ? t(lang, key) : s;
}

export function missingLabel(m: string, lang: Lang): string {
  const key = ({ state: 'missingState', contact: 'missingContact', rate: 'missingRate', validity: 'missingValidity' } as Record<string, MsgKey>)[m];
  return key ? t(lang, key) : m;
}

/** The CSS class of a verdict value (« À venir » holds a space and an accent). */
export function verdictClass(value: string): string {
  return value === 'À venir' ? 'v-avenir' : `v-${value.replace(/[^A-Za-z]/g, '')}`;
}

/** A verdict with its reasons and contradictions rendered in one language. */
export interface LocalVerdict extends Omit<Verdict, 'reasons'> {
  reasons: string[];
  contradictions: string[];
}

function catalogue(lang: Lang): Catalogue {
  return lang === 'fr' ? judgeFr : judgeEn;
}

/**
 * A reason of the judge in `lang`, from its id and parameters. A reason the catalogue does not
 * know (a report written by another version) gives its stored English text; a plain string (a
 * report written before reasons had ids) is given as is.
 */
export function reasonText(r: Reason | string | null | undefined, lang: Lang): string {
  if (r == null) return '';
  if (typeof r === 'string') return r;
  const render = (catalogue(lang) as Record<string, ((p: unknown) => string) | undefined>)[r.id];
  if (!render || typeof r.params !== 'object' || r.params === null) return typeof r.text === 'string' ? r.text : String(r.id);
  try {
    return render(r.params);
  } catch {
    return typeof r.text === 'string' ? r.text : String(r.id);
  }
}

/** The verdict with its reasons and contradictions in `lang`. */
export function localVerdict(p: ProcedureReport, lang: Lang): LocalVerdict | null {
  const v = p.verdict;
  if (!v) return null;
  return {
    ...v,
    reasons: (v.reasons ?? []).map((r) => reasonText(r, lang)),
    contradictions: (v.contradictions ?? []).map((r) => reasonText(r, lang)),
  };
}

/**
 * What an accessibility lead checks by hand about the declaration, in `lang`: the flags of the
 * plans, of the sample and of the mention on each page (the HTML report shows each beside its
 * table; the Markdown report and the dashboard list them together).
 */
export function toCheckTexts(p: ProcedureReport, lang: Lang): string[] {
  const d = p.declaration;
  if (!d) return [];
  return [...(d.plans?.flags ?? []), ...(d.sample?.flags ?? []), ...(d.mentionCoverage?.flags ?? [])].map((f) => reasonText(f, lang));
}

/** The validity sentence of the declaration in `lang` (null when there is no declaration). */
export function localValidityReason(p: ProcedureReport, lang: Lang): string | null {
  const d = p.declaration;
  if (!d?.validity) return null;
  return reasonText(d.validity.reason, lang);
}

/** The most recent date of a declaration (establishment, update, audit), or null. */
export function declarationDate(p: ProcedureReport): string | null {
  const d = p.declaration;
  if (d?.validity?.referenceDate) return d.validity.referenceDate;
  const decl = d?.declaration;
  if (!decl) return null;
  const dates = [decl.establishedOn, decl.updatedOn, decl.auditDate].filter((x): x is string => !!x).sort();
  return dates.at(-1) ?? null;
}

/** The distinct states of the mentions found ("partiellement", or "partiellement / non"). */
export function mentionStates(p: ProcedureReport): string[] {
  return [...new Set((p.declaration?.mentions ?? []).map((m) => m.state))];
}

const FAILURE_KEYS: Record<FailureKind, MsgKey> = {
  'invalid input': 'failInvalidInput',
  unreachable: 'failUnreachable',
  timeout: 'failTimeout',
  blocked: 'failBlocked',
  'TLS error': 'failTls',
  error: 'failError',
};

/** « unreachable » / « injoignable ». */
export function failureLabel(kind: FailureKind, lang: Lang): string {
  return t(lang, FAILURE_KEYS[kind]);
}

/**
 * « Not audited: unreachable » for a procedure none of whose pages could be audited (so that no
 * report says « no non-compliant criterion found » of a site it could not open), else null.
 */
export function notAuditedText(p: ProcedureReport, lang: Lang): string | null {
  if (pagesAuditedCount(p).ok > 0) return null;
  const error = p.error ?? p.pages.find((x) => x.error)?.error ?? null;
  return t(lang, 'notAudited', { kind: failureLabel(failureKindOf(error) ?? classifyFailure(error) ?? 'error', lang) });
}
