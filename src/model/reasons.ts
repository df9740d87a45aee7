/**
 * What the judge stage says, as data: a reason is an id with its parameters. The judge builds
 * reasons; the report layer renders them in the chosen language from a catalogue (English here,
 * French in src/report/judge-fr.ts), so that no report ever runs the judge again to translate
 * a verdict. Each reason also carries its English text, so that the JSON report reads without
 * the tool.
 *
 * Parameters are plain JSON (strings, numbers, booleans, lists of them): dates as YYYY-MM-DD,
 * rates as numbers, states and kinds as codes. A catalogue formats them for its language.
 */

export type MentionState = 'totalement' | 'partiellement' | 'non';
export type RateSource = 'declared' | 'measured';
export type Method = '2020' | '2023';
export type MissingItem = 'state' | 'contact' | 'rate' | 'validity';
/** The observatory's labels; « À venir » is the 2023 method's label for a procedure not evaluated yet. */
export type VerdictValue = 'Oui' | 'Partiel' | 'Non' | 'À venir';
/** Which of the declaration's dates its validity counts from (see validity() in src/judge/verdict.ts). */
export type DateBasis = 'established' | 'updated' | 'audit';
export type DateField = 'establishedOn' | 'updatedOn' | 'auditDate';
/** Why a percentage of the declaration is not its global rate for now. */
export type SetAsideWhy = 'average' | 'target' | 'earlier';
/** The kinds of pages the RGAA asks a sample to hold when the site has them (méthode, échantillon). */
export type PageKind = 'home' | 'contact' | 'legal' | 'accessibility' | 'help' | 'sitemap' | 'login';
export const PAGE_KINDS: readonly PageKind[] = ['home', 'contact', 'legal', 'accessibility', 'help', 'sitemap', 'login'];
/** What the state said does not fit the rate: the range the state requires. */
export type ExpectedRange = 'full' | 'partial' | 'non';

export interface ReasonParams {
  // validity
  noDeclaration: Record<string, never>;
  siteUnreachable: { url: string; error: string };
  declarationUndated: { url: string };
  declarationValid: { url: string; date: string; expires: string; basis: DateBasis };
  declarationExpired: { url: string; date: string; expires: string; basis: DateBasis };
  declarationInFuture: { url: string; date: string; asOf: string };
  monthPrecision: { field: DateField; written: string; date: string };
  updatedWithoutAudit: { updated: string; audit: string };
  auditExpired: { audit: string; expires: string; applied: boolean };
  rgaaSuperseded: { version: string; next: string; published: string; redoBy: string; applied: boolean };
  // rates
  noRate: { source: RateSource };
  rateAmbiguous: { values: number[] };
  rateSetAside: { values: number[]; why: SetAsideWhy[] };
  rateAtLeast: { source: RateSource; rate: number; threshold: number };
  rateBelow: { source: RateSource; rate: number; threshold: number };
  rateFull: { source: RateSource; rate: number };
  // receivability (2023)
  notReceivable: { missing: MissingItem[] };
  receivable: Record<string, never>;
  sampleListed: { n: number; missing: PageKind[] };
  sampleNotRead: Record<string, never>;
  // conclusions
  conclusion: { method: Method; value: VerdictValue };
  // contradictions
  stateRateMismatch: { state: string; rate: number; expected: ExpectedRange };
  mentionsDisagree: { states: string[] };
  mentionVsDeclaration: { mention: string; page: string; declared: string };
  fullClaimButNC: { claim: 'rate' | 'state'; nc: number };
  mentionFullButNC: { page: string; nc: number };
  rateAboveBound: { rate: number; bound: number; nc: number; total: number };
  // what an accessibility lead checks
  planMissing: Record<string, never>;
  planOutdated: { years: number[]; asOfYear: number };
  planUndated: Record<string, never>;
  actionPlanMissing: { year: number; found: number[][] };
  sampleLacks: { missing: PageKind[] };
  auditedNotListed: { pages: string[] };
  pagesWithoutMention: { pages: string[] };
  pagesWithoutDeclarationLink: { pages: string[] };
}

export type ReasonId = keyof ReasonParams;

/** One reason: its id, its parameters and its English text. */
export type Reason<K extends ReasonId = ReasonId> = { [I in K]: { id: I; params: ReasonParams[I]; text: string } }[K];

/** A catalogue renders every reason in one language. */
export type Catalogue = { [K in ReasonId]: (p: ReasonParams[K]) => string };

/** A rate as published or measured, never rounded up: at most two decimals, cut. */
export function formatRate(n: number): string {
  const s = String(n);
  const m = /^(-?\d+\.\d{2})\d+$/.exec(s);
  return `${m ? m[1] : s} %`;
}

const MISSING_EN: Record<MissingItem, string> = {
  state: 'the conformance level',
  contact: 'a contact means',
  rate: 'the global conformance rate',
  validity: 'a date less than 3 years old',
};

const STATE_EN: Record<string, string> = {
  totalement: '« totalement conforme » (fully compliant)',
  partiellement: '« partiellement conforme » (partially compliant)',
  non: '« non conforme » (non-compliant)',
};

const EXPECTED_EN: Record<ExpectedRange, string> = {
  full: '100 %',
  partial: '50 % to under 100 %',
  non: 'under 50 %',
};

const BASIS_EN: Record<DateBasis, string> = {
  established: '',
  updated: ' (the date of its last update)',
  audit: ' (the date of its audit)',
};

const FIELD_EN: Record<DateField, string> = {
  establishedOn: 'date the declaration was established',
  updatedOn: 'date the declaration was updated',
  auditDate: 'date of the audit',
};

const WHY_EN: Record<SetAsideWhy, string> = {
  average: 'the average rate',
  target: 'a target or a threshold',
  earlier: 'an earlier audit',
};

export const KIND_EN: Record<PageKind, string> = {
  home: 'home page',
  contact: 'contact',
  legal: 'legal notice',
  accessibility: 'accessibility page',
  help: 'help',
  sitemap: 'site map',
  login: 'authentication',
};

const APPLIED_EN = (applied: boolean) =>
  applied
    ? ' (--validity strict: the declaration is not valid)'
    : ' (a warning: the observatory judges on the 3-year rule only; --validity strict applies this rule)';

const rateLabel = (source: RateSource) => (source === 'declared' ? 'Declared rate' : 'Measured rate');
const list = (xs: string[], max = 5) => (xs.length > max ? `${xs.slice(0, max).join(', ')} and ${xs.length - max} more` : xs.join(', '));
const years = (ys: number[]) => ys.join('–');

export const en: Catalogue = {
  noDeclaration: () => 'No accessibility declaration was found',
  siteUnreachable: ({ url, error }) =>
    `The site could not be reached (${url}: ${error}): no page was audited and no declaration could be looked for`,
  declarationUndated: ({ url }) =>
    `Declaration found at ${url} gives no date (establishment, update or audit): its validity cannot be established`,
  declarationValid: ({ url, date, expires, basis }) => `Declaration found at ${url} dated ${date}${BASIS_EN[basis]}, valid until ${expires}`,
  declarationExpired: ({ url, date, expires, basis }) =>
    `Declaration found at ${url} dated ${date}${BASIS_EN[basis]} expired on ${expires} (declarations must be redone after 3 years)`,
  declarationInFuture: ({ url, date, asOf }) => `Declaration found at ${url} is dated ${date}, later than the date of this check (${asOf})`,
  monthPrecision: ({ field, written, date }) =>
    `The ${FIELD_EN[field]} is given by month only (« ${written} »): read as ${date}, the first day of that month (the earliest reading)`,
  updatedWithoutAudit: ({ updated, audit }) =>
    `The declaration was updated on ${updated} but its results rest on the audit of ${audit}: an update without a new audit does not renew the audit's validity`,
  auditExpired: ({ audit, expires, applied }) =>
    `The audit of ${audit} is more than 3 years old (since ${expires}): no audit result is still valid${APPLIED_EN(applied)}`,
  rgaaSuperseded: ({ version, next, published, redoBy, applied }) =>
    `The declaration rests on RGAA ${version}; RGAA ${next} was published on ${published}, so the declaration had to be redone by ${redoBy} (18 months later)${APPLIED_EN(applied)}`,

  noRate: ({ source }) => (source === 'declared' ? 'The declaration shows no global conformance rate' : 'No measured conformance rate is available'),
  rateAmbiguous: ({ values }) =>
    `The declaration gives several rates for the criteria respected now (${values.map(formatRate).join(', ')}) and does not tell which is the global rate: none is used`,
  rateSetAside: ({ values, why }) =>
    `The declaration's percentages are not its global rate for now: ${values.map((v, i) => `${formatRate(v)} (${WHY_EN[why[i]] ?? why[i]})`).join(', ')}`,
  rateAtLeast: ({ source, rate, threshold }) => `${rateLabel(source)} ${formatRate(rate)} is at least ${threshold} %`,
  rateBelow: ({ source, rate, threshold }) => `${rateLabel(source)} ${formatRate(rate)} is below ${threshold} %`,
  rateFull: ({ source, rate }) => `${rateLabel(source)} ${formatRate(rate)} is 100 %`,

  notReceivable: ({ missing }) => `The declaration is not receivable: it lacks ${missing.map((m) => MISSING_EN[m]).join(', ')}`,
  receivable: () =>
    'The declaration is receivable: it states the conformance level, a contact means and the global rate, and is less than 3 years old',
  sampleListed: ({ n, missing }) =>
    `The declaration lists ${n} pages checked (its sample)` +
    (missing.length ? `; the list names no ${missing.map((k) => KIND_EN[k]).join(', ')} page (required when the site has one)` : ', with every kind of page the RGAA asks for'),
  sampleNotRead: () => 'The declaration gives no list of pages checked that the tool can read: its sample is not judged',

  conclusion: ({ method, value }) => {
    const rule =
      method === '2020'
        ? 'Oui = valid declaration and rate of 75 % or more; Partiel = valid declaration only; Non = no valid declaration'
        : 'Oui = 100 %; Partiel = 50 to 99 %; Non = under 50 % or no receivable declaration; À venir = not evaluated yet';
    return `${method} method: ${value} (${rule})`;
  },

  stateRateMismatch: ({ state, rate, expected }) =>
    `The declaration says ${STATE_EN[state] ?? state} but shows a rate of ${formatRate(rate)} (${EXPECTED_EN[expected]} expected)`,
  mentionsDisagree: ({ states }) => `The accessibility mentions disagree: ${states.map((s) => STATE_EN[s] ?? s).join(' vs ')}`,
  mentionVsDeclaration: ({ mention, page, declared }) =>
    `The mention on ${page} says ${STATE_EN[mention] ?? mention} but the declaration says ${STATE_EN[declared] ?? declared}`,
  fullClaimButNC: ({ claim, nc }) =>
    `The declaration claims ${claim === 'rate' ? '100 %' : '« totalement conforme »'} but the tool found ${nc} non-compliant criteria`,
  mentionFullButNC: ({ page, nc }) => `The mention on ${page} says « totalement conforme » but the tool found ${nc} non-compliant criteria`,
  rateAboveBound: ({ rate, bound, nc, total }) =>
    `Declared rate ${formatRate(rate)} is above the highest rate possible with ${nc} non-compliant criteria out of ${total} (${formatRate(bound)})`,

  planMissing: () => 'The declaration links to no multi-year plan (« schéma pluriannuel »)',
  planOutdated: ({ years: ys, asOfYear }) => `The multi-year plan (${years(ys)}) is over or more than 3 years old in ${asOfYear}`,
  planUndated: () => 'The multi-year plan gives no year: its age cannot be told',
  actionPlanMissing: ({ year, found }) =>
    `The declaration links to no action plan for ${year}` + (found.length ? ` (action plans found: ${found.map(years).join(', ')})` : ''),
  sampleLacks: ({ missing }) =>
    `The declaration's sample names no ${missing.map((k) => KIND_EN[k]).join(', ')} page (required when the site has one)`,
  auditedNotListed: ({ pages }) => `Pages audited by the tool that the declaration's sample does not list: ${list(pages)}`,
  pagesWithoutMention: ({ pages }) => `Pages without the accessibility mention: ${list(pages)}`,
  pagesWithoutDeclarationLink: ({ pages }) => `Pages with no link to the declaration: ${list(pages)}`,
};

/** A reason with its English text. */
export function reason<K extends ReasonId>(id: K, params: ReasonParams[K]): Reason<K> {
  return { id, params, text: (en[id] as (p: ReasonParams[K]) => string)(params) } as Reason<K>;
}
