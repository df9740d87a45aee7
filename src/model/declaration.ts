/**
 * What the judge stage reports (the mention, the declaration, its validity, the verdict, and
 * what an accessibility lead checks by hand), as data every layer may read. The judge computes
 * these values; the report renders them. What the judge says is given as reasons (an id with
 * parameters, see reasons.ts), rendered in each report's language.
 */
import type { DateBasis, MentionState, Method, MissingItem, PageKind, RateSource, Reason, SetAsideWhy, VerdictValue } from './reasons.js';

export type { MentionState, Method, MissingItem, RateSource, VerdictValue } from './reasons.js';

/** A mention recognised on a page. */
export interface Mention {
  state: MentionState;
  /** The mention as written, whitespace collapsed. */
  text: string;
  /** The page it was found on. */
  page: string;
  /** Where it links to (absolute), null when it is not a link. */
  href: string | null;
}

export interface DeclarationContact {
  email: string | null;
  formUrl: string | null;
}

/** Where a value was read: the sentence as written and the heading of its section. */
export interface RateEvidence {
  /** The sentence, as written (at most 300 characters). */
  text: string;
  /** The heading of the section it is in; null when it is under none. */
  section: string | null;
}

/** A percentage about the criteria that is not the global rate for now. */
export interface SetAsideRate {
  value: number;
  why: SetAsideWhy;
  /** The sentence, as written (at most 300 characters). */
  text: string;
}

/** How the declared rate was read (see src/judge/rate.ts). */
export interface RateReading {
  /** Where the rate was read; null when there is no rate. */
  evidence: RateEvidence | null;
  /** Percentages set aside (average, target or threshold, earlier audit), with why. */
  setAside: SetAsideRate[];
  /** Several rates for now that nothing tells apart: the rate is then null. Empty otherwise. */
  conflicting: number[];
}

/** A date as the declaration writes it. */
export interface WrittenDate {
  /** As written: « 12 mars 2024 », « juin 2019 ». */
  written: string;
  /** 'month' when only the month is given: the date is then the first of that month. */
  precision: 'day' | 'month';
}

/** One item of the declaration's list of pages checked (its sample). */
export interface SampleItem {
  /** The list item as written. */
  text: string;
  /** Its link or the URL written in it, absolute; null when it has none. */
  href: string | null;
  /** The kinds of required page it names. */
  kinds: PageKind[];
}

export type PlanKind = 'schema' | 'actionPlan';

/** A multi-year plan (« schéma pluriannuel ») or an action plan the declaration names or links to. */
export interface PlanRef {
  kind: PlanKind;
  /** The years it covers as written: [2022, 2024] for « 2022-2024 », [2024] for « 2024 »; [] when none is written. */
  years: number[];
  /** The sentence or list item that names it, as written (at most 200 characters). */
  text: string;
  /** The document it links to, absolute; null when the declaration only names it. */
  href: string | null;
  /** The heading of the section it is in. */
  section: string | null;
}

export interface Declaration {
  url: string;
  /** Template markers found in the page (see DECLARATION_MARKERS). */
  evidence: string[];
  state: MentionState | null;
  /** Global rate of the test results, in percent, as published; null when absent or when the text cannot tell which. */
  rate: number | null;
  /** Where the rate was read, the percentages set aside and the rates that conflict. */
  rateReading: RateReading;
  /** As written after "RGAA" (version): '4.1.2', '4', '3-2017'… */
  rgaaVersion: string | null;
  /** YYYY-MM-DD; a date given by month only is the first of that month (see dateEvidence). */
  establishedOn: string | null;
  updatedOn: string | null;
  auditDate: string | null;
  /** How each date is written, and its precision. */
  dateEvidence: Record<'establishedOn' | 'updatedOn' | 'auditDate', WrittenDate | null>;
  contact: DeclarationContact | null;
  defenseurDesDroits: boolean;
  pagesChecked: string[] | null;
  /** The same list with each item's link and the kinds of required page it names. */
  sample: SampleItem[] | null;
  /** The multi-year plan and the action plans it links to or names, with their years. */
  plans: PlanRef[];
}

/** `observatory`: the 3-year rule decides, the others are notes; `strict`: every rule decides. */
export type ValidityMode = 'observatory' | 'strict';

/** The 18-month rule for the declaration's RGAA version. */
export interface VersionRule {
  /** The version the declaration rests on, as written. */
  version: string;
  /** The newer version that started the clock. */
  next: string;
  published: string;
  /** published + 18 months: from this day the declaration is out of date. */
  redoBy: string;
  lapsed: boolean;
}

export interface Validity {
  valid: boolean;
  /** The most recent of establishedOn, updatedOn, auditDate. */
  referenceDate: string | null;
  /** Which of the dates it is. */
  basis: DateBasis | null;
  /** referenceDate + 3 years: the first day on which the declaration is no longer valid. */
  expiresOn: string | null;
  /** The rule that decided. */
  reason: Reason;
  /** What else the dates tell (month precision, update without audit, the rules the mode does not apply). */
  notes: Reason[];
  mode: ValidityMode;
  /** The 18-month rule; null when the version is current or not told precisely. */
  rgaa: VersionRule | null;
  /** auditDate + 3 years; null without an audit date. */
  auditExpiresOn: string | null;
}

export interface Receivability {
  receivable: boolean;
  missing: MissingItem[];
}

export interface Verdict {
  method: Method;
  value: VerdictValue;
  rateUsed: number | null;
  rateSource: RateSource;
  reasons: Reason[];
}

export type CandidateSource = 'mention' | 'link' | 'path' | 'config';

export interface DeclarationSearch {
  url: string;
  source: CandidateSource;
  /** 'declaration', 'not a declaration', or the fetch error. */
  outcome: string;
}

/** The mention and the link to the declaration on one page. */
export interface PageMention {
  url: string;
  /** false for the home page when it was fetched only to look for the mention and the declaration. */
  audited: boolean;
  /** The mention found on the page, as written; null when there is none. */
  mention: { state: MentionState; text: string; href: string | null } | null;
  /** The link of the page that leads to the declaration (the mention's or another accessibility link); null when none does or no declaration was found. */
  declarationLink: string | null;
}

export interface MentionCoverage {
  pages: PageMention[];
  withoutMention: string[];
  /** Pages with no link to the declaration (empty when no declaration was found: nothing to link to). */
  withoutDeclarationLink: string[];
  flags: Reason[];
}

export interface PlansCheck {
  /** 'current', 'outdated' (over, or more than 3 years old), 'undated' (no year written) or 'missing'. */
  schema: 'current' | 'outdated' | 'undated' | 'missing';
  /** The years of the most recent multi-year plan found. */
  schemaYears: number[];
  /** An action plan covers the year of the check. */
  thisYearPlan: boolean;
  year: number;
  flags: Reason[];
}

export interface SampleCheck {
  /** Items in the declaration's list. */
  listed: number;
  /** Required kinds the list names no page of. */
  missingKinds: PageKind[];
  /** Each page the tool audited, with the item of the declaration's list that names it (null: not listed). */
  audited: { url: string; title: string | null; item: string | null }[];
  flags: Reason[];
}

export interface DeclarationReport {
  homeUrl: string | null;
  mentions: Mention[];
  searched: DeclarationSearch[];
  declaration: Declaration | null;
  validity: Validity | null;
  receivable: Receivability | null;
  /** The mention and the link to the declaration on each audited page (and the home page); null in reports of older versions. */
  mentionCoverage: MentionCoverage | null;
  /** The multi-year plan and this year's action plan, judged at asOf; null without a declaration. */
  plans: PlansCheck | null;
  /** The declaration's sample against the required kinds and the audited pages; null without a list. */
  sample: SampleCheck | null;
  /** No page audited and the site could not be reached: where and why; null otherwise. */
  unreachable: { url: string; error: string } | null;
}
