/** What the tool can return for each criterion, derived from rules/ (shown by `rgaa-audit rules`). */
import type { RuleCriterion, RuleSet, Status } from '../model/types.js';
import { failingCheckIds } from './checks/index.js';

export interface CriterionCoverage {
  id: string;
  /** Statuses the tool can return besides NT. */
  can: Status[];
  axe: string[];
  checks: string[];
}

export function criterionCoverage(c: RuleCriterion, canFail: Set<string> = failingCheckIds()): CriterionCoverage {
  const axe = [...new Set(c.tests.flatMap((t) => t.axe))];
  const checks = [...new Set(c.tests.flatMap((t) => t.checks))];
  const can: Status[] = [];
  // NC needs something that can prove a failure: an axe rule, or a check that is not doubts-only.
  if (c.tests.some((t) => t.axe.length || t.checks.some((k) => canFail.has(k)))) can.push('NC');
  if (c.tests.every((t) => t.auto === 'full' || t.applies)) if (c.tests.some((t) => t.auto === 'full')) can.push('C');
  if (c.applies || c.tests.every((t) => t.applies)) can.push('NA');
  return { id: c.id, can, axe, checks };
}

export function coverage(rules: RuleSet) {
  const canFail = failingCheckIds();
  const rows = rules.criteria.map((c) => criterionCoverage(c, canFail));
  const count = (s: Status) => rows.filter((r) => r.can.includes(s)).length;
  return { rows, totals: { criteria: rows.length, NC: count('NC'), C: count('C'), NA: count('NA') } };
}
