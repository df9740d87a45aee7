/**
 * What the judge stage reports (the mention, the declaration, its validity, the verdict), as data
 * every layer may read. The judge computes these values; the report renders them.
 */
export type MentionState = 'totalement' | 'partiellement' | 'non';

export type RateSource = 'declared' | 'measured';
export type Method = '2020' | '2023';
export type MissingItem = 'state' | 'contact' | 'rate' | 'validity';

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

export interface Declaration {
  url: string;
  /** Template markers found in the page (see DECLARATION_MARKERS). */
  evidence: string[];
  state: MentionState | null;
  /** Global rate of the test results, in percent, as published. */
  rate: number | null;
  /** As written after "RGAA" (version): '4.1.2', '4', '3-2017'… */
  rgaaVersion: string | null;
  establishedOn: string | null;
  updatedOn: string | null;
  auditDate: string | null;
  contact: DeclarationContact | null;
  defenseurDesDroits: boolean;
  pagesChecked: string[] | null;
}

export interface Validity {
  valid: boolean;
  /** The most recent of establishedOn, updatedOn, auditDate. */
  referenceDate: string | null;
  /** referenceDate + 3 years: the first day on which the declaration is no longer valid. */
  expiresOn: string | null;
  reason: string;
}

export interface Receivability {
  receivable: boolean;
  missing: MissingItem[];
}

export type VerdictValue = 'Oui' | 'Partiel' | 'Non';

export interface Verdict {
  method: Method;
  value: VerdictValue;
  rateUsed: number | null;
  rateSource: RateSource;
  reasons: string[];
}

export type CandidateSource = 'mention' | 'link' | 'path' | 'config';

export interface DeclarationSearch {
  url: string;
  source: CandidateSource;
  /** 'declaration', 'not a declaration', or the fetch error. */
  outcome: string;
}

export interface DeclarationReport {
  homeUrl: string | null;
  mentions: Mention[];
  searched: DeclarationSearch[];
  declaration: Declaration | null;
  validity: Validity | null;
  receivable: Receivability | null;
}
