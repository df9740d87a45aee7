/**
 * The observatory's « Prise en compte du handicap » verdict, by its 2020 and its 2023
 * method, and the contradictions between what a site says and what the tool measures.
 */
import type { Declaration, Mention, Verdict } from '../model/declaration.js';
import { checkDate, receivable, validity, type ValidityMode } from './validity.js';
import { PAGE_KINDS, reason, type ExpectedRange, type Method, type MissingItem, type RateSource, type Reason, type VerdictValue } from '../model/reasons.js';

export type { Method, MissingItem, RateSource, Verdict, VerdictValue };
export { receivable, validity, VALIDITY_YEARS, type Receivability, type Validity, type ValidityMode } from './validity.js';

export interface VerdictInput {
  declaration: Declaration | null;
  /** YYYY-MM-DD */
  asOf: string;
  method: Method;
  rateSource: RateSource;
  measuredRate: number | null;
  /** Which rules decide validity (default: the observatory's 3-year rule). */
  validity?: ValidityMode;
  /**
   * No page could be audited and the site could not be reached to look for the declaration:
   * the 2023 method says « À venir » (not evaluated yet) rather than « Non ». The reason, e.g.
   * the fetch error of the home page.
   */
  unreachable?: { url: string; error: string } | null;
}

export interface ContradictionInput {
  declaration: Declaration | null;
  mentions: Mention[];
  /** Criteria the tool found non-compliant over the sample; null when not measured. */
  measuredNC: number | null;
  /** 106 in RGAA 4.1.2. */
  totalCriteria?: number;
}

/** The 2020 method's threshold (the old observatory code tests `>= 75`). */
export const THRESHOLD_2020 = 75;
/** The 2023 method's thresholds. */
export const PARTIAL_2023 = 50;
export const FULL_2023 = 100;

/** Why there is no rate: none given, or none that can be told for sure (and what was set aside). */
function noRate(decl: Declaration | null, source: RateSource): Reason[] {
  const out: Reason[] = [reason('noRate', { source })];
  const r = source === 'declared' ? decl?.rateReading : undefined;
  if (r?.conflicting.length) out.push(reason('rateAmbiguous', { values: r.conflicting }));
  else if (r?.setAside.length) out.push(reason('rateSetAside', { values: r.setAside.map((x) => x.value), why: r.setAside.map((x) => x.why) }));
  return out;
}

/** The 2023 method asks that the declaration rest on a sample: what its list of pages checked holds. */
function sampleReason(decl: Declaration): Reason {
  const items = decl.sample ?? null;
  if (!items?.length) return reason('sampleNotRead', {});
  const covered = new Set(items.flatMap((i) => i.kinds));
  return reason('sampleListed', { n: items.length, missing: PAGE_KINDS.filter((k) => !covered.has(k)) });
}

/** The verdict by one method, with the reasons for it. */
export function verdict(input: VerdictInput): Verdict {
  const { declaration: decl, asOf, method, rateSource } = input;
  const mode = input.validity ?? 'observatory';
  checkDate(asOf);
  const rate = rateSource === 'declared' ? (decl?.rate ?? null) : input.measuredRate;
  if (method === '2023' && !decl && input.unreachable) {
    const value: VerdictValue = 'À venir';
    return { method, value, rateUsed: null, rateSource, reasons: [reason('siteUnreachable', input.unreachable), reason('conclusion', { method, value })] };
  }
  const v = validity(decl, asOf, mode);
  const reasons: Reason[] = [v.reason, ...v.notes];
  let value: VerdictValue;

  if (method === '2020') {
    if (!v.valid) value = 'Non';
    else if (rate === null) {
      reasons.push(...noRate(decl, rateSource));
      value = 'Partiel';
    } else if (rate >= THRESHOLD_2020) {
      reasons.push(reason('rateAtLeast', { source: rateSource, rate, threshold: THRESHOLD_2020 }));
      value = 'Oui';
    } else {
      reasons.push(reason('rateBelow', { source: rateSource, rate, threshold: THRESHOLD_2020 }));
      value = 'Partiel';
    }
  } else {
    const r = receivable(decl, asOf, mode);
    if (decl && !r.receivable) reasons.push(reason('notReceivable', { missing: r.missing }));
    if (decl) reasons.push(sampleReason(decl));
    if (!r.receivable) value = 'Non';
    else {
      reasons.push(reason('receivable', {}));
      if (rate === null) {
        reasons.push(...noRate(decl, rateSource));
        value = 'Non';
      } else if (rate >= FULL_2023) {
        reasons.push(reason('rateFull', { source: rateSource, rate }));
        value = 'Oui';
      } else if (rate >= PARTIAL_2023) {
        reasons.push(
          reason('rateAtLeast', { source: rateSource, rate, threshold: PARTIAL_2023 }),
          reason('rateBelow', { source: rateSource, rate, threshold: FULL_2023 }),
        );
        value = 'Partiel';
      } else {
        reasons.push(reason('rateBelow', { source: rateSource, rate, threshold: PARTIAL_2023 }));
        value = 'Non';
      }
    }
  }
  reasons.push(reason('conclusion', { method, value }));
  return { method, value, rateUsed: rate, rateSource, reasons };
}

function stateFitsRate(state: string, rate: number): ExpectedRange | null {
  if (state === 'totalement' && rate !== 100) return 'full';
  if (state === 'partiellement' && (rate < 50 || rate >= 100)) return 'partial';
  if (state === 'non' && rate >= 50) return 'non';
  return null;
}

/**
 * What the site says against itself and against the measure. Flagged only: the verdict
 * does not change.
 */
export function contradictions(input: ContradictionInput): Reason[] {
  const { declaration: decl, mentions, measuredNC } = input;
  const total = input.totalCriteria ?? 106;
  const out: Reason[] = [];

  if (decl?.state && decl.rate !== null) {
    const expected = stateFitsRate(decl.state, decl.rate);
    if (expected) out.push(reason('stateRateMismatch', { state: decl.state, rate: decl.rate, expected }));
  }

  const states = [...new Set(mentions.map((m) => m.state))];
  if (states.length > 1) out.push(reason('mentionsDisagree', { states }));

  if (decl?.state) {
    const seen = new Set<string>();
    for (const m of mentions) {
      if (m.state === decl.state || seen.has(m.state)) continue;
      seen.add(m.state);
      out.push(reason('mentionVsDeclaration', { mention: m.state, page: m.page, declared: decl.state }));
    }
  }

  if (measuredNC !== null && measuredNC > 0) {
    if (decl && (decl.rate === 100 || decl.state === 'totalement')) {
      out.push(reason('fullClaimButNC', { claim: decl.rate === 100 ? 'rate' : 'state', nc: measuredNC }));
    }
    const fullMention = mentions.find((m) => m.state === 'totalement');
    if (fullMention && decl?.state !== 'totalement' && decl?.rate !== 100) {
      out.push(reason('mentionFullButNC', { page: fullMention.page, nc: measuredNC }));
    }
    if (decl?.rate != null && total > 0) {
      const bound = ((total - measuredNC) / total) * 100;
      // 100 % is already reported above.
      if (decl.rate > bound + 1e-9 && decl.rate !== 100) {
        out.push(reason('rateAboveBound', { rate: decl.rate, bound, nc: measuredNC, total }));
      }
    }
  }
  return out;
}
