/**
 * Pure: the CI gate of `audit` and `demo`. `measured` (default) fails when the measured rate is
 * below the threshold; `ceiling` fails only when even the best human outcome on the NT criteria
 * (every NT turned C) stays below it: a failure that is certain as long as each NC is right.
 * Compared on the exact fractions, not on the floored percentages shown.
 */
import type { ProcedureReport, RateCounts } from '../model/types.js';
import { EXIT } from '../model/errors.js';

export const GATES = ['measured', 'ceiling'] as const;
export type Gate = (typeof GATES)[number];

export interface RateGate {
  gate: Gate;
  threshold: number;
  /** The rate compared (measured or ceiling, floored as shown); null when none. */
  rate: number | null;
  passed: boolean;
}

export interface BaselineGate {
  /** New NC criteria and new findings since the baseline, summed over the procedures. */
  newNC: number;
  newFindings: number;
  failed: boolean;
}

export interface GateDecision {
  /** The rate gate of each audited procedure (one for `audit` and `demo`). */
  rates: RateGate[];
  /** With --baseline: what is new. */
  baseline?: BaselineGate;
  /** With --baseline the rate gate applies only when --gate (or `gate:`) was given. */
  rateApplied: boolean;
  /** No page audited, or no criterion decided. */
  nothingAudited: boolean;
  exit: number;
}

/**
 * At or above the threshold, on the exact fraction: C / (C + NC) for `measured`,
 * (C + NT) / (C + NC + NT) for `ceiling`. False when no criterion was decided.
 */
export function passesGate(gate: Gate, n: RateCounts, threshold: number): boolean {
  if (n.C + n.NC === 0) return false;
  const num = gate === 'measured' ? n.C : n.C + n.NT;
  const den = gate === 'measured' ? n.C + n.NC : n.C + n.NC + n.NT;
  return num * 100 >= threshold * den;
}

export function decideGate(
  procedures: ProcedureReport[],
  o: { gate: Gate; threshold: number; baseline?: BaselineGate; gateExplicit?: boolean },
): GateDecision {
  const audited = procedures.filter((p) => p.pages.some((pg) => !pg.error));
  // Nothing decided: a rate gate would pass or fail on nothing (the ceiling would be 100 %).
  const decided = audited.filter((p) => p.rate.C + p.rate.NC > 0);
  const rates: RateGate[] = decided.map((p) => ({
    gate: o.gate,
    threshold: o.threshold,
    rate: o.gate === 'measured' ? p.rate.measured : p.rate.ceiling,
    passed: passesGate(o.gate, p.rate, o.threshold),
  }));
  const nothingAudited = decided.length === 0;
  const rateApplied = !o.baseline || !!o.gateExplicit;
  let exit: number = EXIT.OK;
  if (nothingAudited) exit = EXIT.NOTHING_AUDITED;
  else if (o.baseline?.failed) exit = EXIT.BELOW_THRESHOLD;
  // A procedure audited but with nothing decided fails the gate next to others that have a rate.
  else if (rateApplied && (rates.some((r) => !r.passed) || decided.length < audited.length)) exit = EXIT.BELOW_THRESHOLD;
  return { rates, ...(o.baseline ? { baseline: o.baseline } : {}), rateApplied, nothingAudited, exit };
}
