/**
 * Every sentence the judge stage writes, one function per message, so that another
 * catalogue (French) can be given later with the same shape.
 */
import type { Method, MissingItem, RateSource } from '../model/declaration.js';

export type { Method, MissingItem, RateSource } from '../model/declaration.js';

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

export const en = {
  // validity
  noDeclaration: () => 'No accessibility declaration was found',
  declarationUndated: (url: string) =>
    `Declaration found at ${url} gives no date (establishment, update or audit): its validity cannot be established`,
  declarationValid: (url: string, ref: string, expires: string) =>
    `Declaration found at ${url} dated ${ref}, valid until ${expires}`,
  declarationExpired: (url: string, ref: string, expires: string) =>
    `Declaration found at ${url} dated ${ref} expired on ${expires} (declarations must be redone after 3 years)`,
  declarationInFuture: (url: string, ref: string, asOf: string) =>
    `Declaration found at ${url} is dated ${ref}, later than the date of this check (${asOf})`,

  // rates
  rateLabel: (source: RateSource) => (source === 'declared' ? 'Declared rate' : 'Measured rate'),
  noRate: (source: RateSource) =>
    source === 'declared' ? 'The declaration shows no global conformance rate' : 'No measured conformance rate is available',
  rateAtLeast: (source: RateSource, rate: number, threshold: number) =>
    `${en.rateLabel(source)} ${formatRate(rate)} is at least ${threshold} %`,
  rateBelow: (source: RateSource, rate: number, threshold: number) =>
    `${en.rateLabel(source)} ${formatRate(rate)} is below ${threshold} %`,
  rateFull: (source: RateSource, rate: number) => `${en.rateLabel(source)} ${formatRate(rate)} is 100 %`,

  // receivability (2023)
  notReceivable: (missing: MissingItem[]) =>
    `The declaration is not receivable: it lacks ${missing.map((m) => MISSING_EN[m]).join(', ')}`,
  receivable: () =>
    'The declaration is receivable: it states the conformance level, a contact means and the global rate, and is less than 3 years old',

  // conclusions
  conclusion: (method: Method, value: 'Oui' | 'Partiel' | 'Non') => {
    const rule =
      method === '2020'
        ? 'Oui = valid declaration and rate of 75 % or more; Partiel = valid declaration only; Non = no valid declaration'
        : 'Oui = 100 %; Partiel = 50 to 99 %; Non = under 50 % or no receivable declaration';
    return `${method} method: ${value} (${rule})`;
  },

  // contradictions
  stateRateMismatch: (state: string, rate: number, expected: string) =>
    `The declaration says ${STATE_EN[state] ?? state} but shows a rate of ${formatRate(rate)} (${expected} expected)`,
  mentionsDisagree: (states: string[]) =>
    `The accessibility mentions disagree: ${states.map((s) => STATE_EN[s] ?? s).join(' vs ')}`,
  mentionVsDeclaration: (mention: string, page: string, declared: string) =>
    `The mention on ${page} says ${STATE_EN[mention] ?? mention} but the declaration says ${STATE_EN[declared] ?? declared}`,
  fullClaimButNC: (claim: string, nc: number) =>
    `The declaration claims ${claim} but the tool found ${nc} non-compliant criteria`,
  mentionFullButNC: (page: string, nc: number) =>
    `The mention on ${page} says « totalement conforme » but the tool found ${nc} non-compliant criteria`,
  rateAboveBound: (rate: number, bound: number, nc: number, total: number) =>
    `Declared rate ${formatRate(rate)} is above the highest rate possible with ${nc} non-compliant criteria out of ${total} (${formatRate(bound)})`,
};

export type Messages = typeof en;
