/**
 * The observatory's « Prise en compte du handicap » verdict, by its 2020 and its 2023
 * method, and the contradictions between what a site says and what the tool measures.
 */
import { addDays, addYears, isIsoDate } from './dates.js';
import type { Declaration, Method, Mention, MissingItem, RateSource, Receivability, Validity, Verdict, VerdictValue } from '../model/declaration.js';
import { en, type Messages } from './messages.js';

export type { Method, MissingItem, RateSource, Receivability, Validity, Verdict, VerdictValue };

export interface VerdictInput {
  declaration: Declaration | null;
  /** YYYY-MM-DD */
  asOf: string;
  method: Method;
  rateSource: RateSource;
  measuredRate: number | null;
}

export interface ContradictionInput {
  declaration: Declaration | null;
  mentions: Mention[];
  /** Criteria the tool found non-compliant over the sample; null when not measured. */
  measuredNC: number | null;
  /** 106 in RGAA 4.1.2. */
  totalCriteria?: number;
}

/** A declaration is valid for 3 years from its most recent date. */
export const VALIDITY_YEARS = 3;
/** The 2020 method's threshold (the old observatory code tests `>= 75`). */
export const THRESHOLD_2020 = 75;
/** The 2023 method's thresholds. */
export const PARTIAL_2023 = 50;
export const FULL_2023 = 100;

function checkDate(asOf: string): void {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a YYYY-MM-DD date, got ${asOf}`);
}

/**
 * Valid when the most recent of the declaration's dates (establishment, update, audit) is
 * less than 3 years before `asOf` and not more than one day after it.
 */
export function validity(decl: Declaration | null, asOf: string, msgs: Messages = en): Validity {
  checkDate(asOf);
  if (!decl) return { valid: false, referenceDate: null, expiresOn: null, reason: msgs.noDeclaration() };
  const dates = [decl.establishedOn, decl.updatedOn, decl.auditDate].filter(
    (d): d is string => d !== null && isIsoDate(d),
  );
  if (dates.length === 0) {
    return { valid: false, referenceDate: null, expiresOn: null, reason: msgs.declarationUndated(decl.url) };
  }
  const ref = dates.sort().at(-1) as string;
  const expiresOn = addYears(ref, VALIDITY_YEARS);
  if (ref > addDays(asOf, 1)) {
    return { valid: false, referenceDate: ref, expiresOn, reason: msgs.declarationInFuture(decl.url, ref, asOf) };
  }
  if (asOf >= expiresOn) {
    return { valid: false, referenceDate: ref, expiresOn, reason: msgs.declarationExpired(decl.url, ref, expiresOn) };
  }
  return { valid: true, referenceDate: ref, expiresOn, reason: msgs.declarationValid(decl.url, ref, expiresOn) };
}

/**
 * 2023 method: a declaration is receivable when it states the conformance level, gives a
 * contact means, shows the global rate and is valid. (The sample is not checked: many
 * declarations describe it in a form the parser does not read.)
 */
export function receivable(decl: Declaration | null, asOf: string): Receivability {
  checkDate(asOf);
  if (!decl) return { receivable: false, missing: ['state', 'contact', 'rate', 'validity'] };
  const missing: MissingItem[] = [];
  if (decl.state === null) missing.push('state');
  if (!decl.contact || (!decl.contact.email && !decl.contact.formUrl)) missing.push('contact');
  if (decl.rate === null) missing.push('rate');
  if (!validity(decl, asOf).valid) missing.push('validity');
  return { receivable: missing.length === 0, missing };
}

/** The verdict by one method, with the reasons for it. */
export function verdict(input: VerdictInput, msgs: Messages = en): Verdict {
  const { declaration: decl, asOf, method, rateSource } = input;
  const rate = rateSource === 'declared' ? (decl?.rate ?? null) : input.measuredRate;
  const v = validity(decl, asOf, msgs);
  const reasons: string[] = [v.reason];
  let value: VerdictValue;

  if (method === '2020') {
    if (!v.valid) value = 'Non';
    else if (rate === null) {
      reasons.push(msgs.noRate(rateSource));
      value = 'Partiel';
    } else if (rate >= THRESHOLD_2020) {
      reasons.push(msgs.rateAtLeast(rateSource, rate, THRESHOLD_2020));
      value = 'Oui';
    } else {
      reasons.push(msgs.rateBelow(rateSource, rate, THRESHOLD_2020));
      value = 'Partiel';
    }
  } else {
    const r = receivable(decl, asOf);
    if (decl && !r.receivable) reasons.push(msgs.notReceivable(r.missing));
    if (!r.receivable) value = 'Non';
    else {
      reasons.push(msgs.receivable());
      if (rate === null) {
        reasons.push(msgs.noRate(rateSource));
        value = 'Non';
      } else if (rate >= FULL_2023) {
        reasons.push(msgs.rateFull(rateSource, rate));
        value = 'Oui';
      } else if (rate >= PARTIAL_2023) {
        reasons.push(msgs.rateAtLeast(rateSource, rate, PARTIAL_2023), msgs.rateBelow(rateSource, rate, FULL_2023));
        value = 'Partiel';
      } else {
        reasons.push(msgs.rateBelow(rateSource, rate, PARTIAL_2023));
        value = 'Non';
      }
    }
  }
  reasons.push(msgs.conclusion(method, value));
  return { method, value, rateUsed: rate, rateSource, reasons };
}

function stateFitsRate(state: string, rate: number): string | null {
  if (state === 'totalement' && rate !== 100) return '100 %';
  if (state === 'partiellement' && (rate < 50 || rate >= 100)) return '50 % to under 100 %';
  if (state === 'non' && rate >= 50) return 'under 50 %';
  return null;
}

/**
 * What the site says against itself and against the measure. Flagged only: the verdict
 * does not change.
 */
export function contradictions(input: ContradictionInput, msgs: Messages = en): string[] {
  const { declaration: decl, mentions, measuredNC } = input;
  const total = input.totalCriteria ?? 106;
  const out: string[] = [];

  if (decl?.state && decl.rate !== null) {
    const expected = stateFitsRate(decl.state, decl.rate);
    if (expected) out.push(msgs.stateRateMismatch(decl.state, decl.rate, expected));
  }

  const states = [...new Set(mentions.map((m) => m.state))];
  if (states.length > 1) out.push(msgs.mentionsDisagree(states));

  if (decl?.state) {
    const seen = new Set<string>();
    for (const m of mentions) {
      if (m.state === decl.state || seen.has(m.state)) continue;
      seen.add(m.state);
      out.push(msgs.mentionVsDeclaration(m.state, m.page, decl.state));
    }
  }

  if (measuredNC !== null && measuredNC > 0) {
    if (decl && (decl.rate === 100 || decl.state === 'totalement')) {
      const claim = decl.rate === 100 ? '100 %' : '« totalement conforme »';
      out.push(msgs.fullClaimButNC(claim, measuredNC));
    }
    const fullMention = mentions.find((m) => m.state === 'totalement');
    if (fullMention && decl?.state !== 'totalement' && decl?.rate !== 100) {
      out.push(msgs.mentionFullButNC(fullMention.page, measuredNC));
    }
    if (decl?.rate != null && total > 0) {
      const bound = ((total - measuredNC) / total) * 100;
      // 100 % is already reported above.
      if (decl.rate > bound + 1e-9 && decl.rate !== 100) {
        out.push(msgs.rateAboveBound(decl.rate, bound, measuredNC, total));
      }
    }
  }
  return out;
}
