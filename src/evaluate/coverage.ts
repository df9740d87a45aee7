/**
 * What the tool can return for each criterion (shown by `rgaa-audit rules`), from rules/ and from
 * what each check declares it can return (its meta: evaluate/checks/define.ts).
 */
import type { RuleCriterion, RuleSet, RuleTest, Status } from '../model/types.js';
import type { Returns } from './checks/define.js';
import { checkById } from './checks/registry.js';

export interface CriterionCoverage {
  id: string;
  /** Statuses the tool can return besides NT. */
  can: Status[];
  axe: string[];
  checks: string[];
}

/** What a check may return, by id (nothing for an unknown id). */
export type ReturnsOf = (check: string) => readonly Returns[];

const fromMeta: ReturnsOf = (id) => checkById(id)?.meta.returns ?? [];

export function criterionCoverage(c: RuleCriterion, returns: ReturnsOf = fromMeta): CriterionCoverage {
  const axe = [...new Set(c.tests.flatMap((t) => t.axe))];
  const checks = [...new Set(c.tests.flatMap((t) => t.checks))];
  const can: Status[] = [];
  // NC needs something that can prove a failure: an axe rule, or a check that returns NC.
  if (c.tests.some((t) => t.axe.length || t.checks.some((k) => returns(k).includes('NC')))) can.push('NC');
  if (c.tests.every((t) => t.auto === 'full' || t.applies)) if (c.tests.some((t) => t.auto === 'full')) can.push('C');
  // A test is NA when its scope or its criterion's is empty, or when every check deciding it says so.
  const testNA = (t: RuleTest) => !!t.applies || (t.checks.length > 0 && t.checks.every((k) => returns(k).includes('NA')));
  if (c.applies || c.tests.every(testNA)) can.push('NA');
  return { id: c.id, can, axe, checks };
}

export function coverage(rules: RuleSet, returns: ReturnsOf = fromMeta) {
  const rows = rules.criteria.map((c) => criterionCoverage(c, returns));
  const count = (s: Status) => rows.filter((r) => r.can.includes(s)).length;
  return { rows, totals: { criteria: rows.length, NC: count('NC'), C: count('C'), NA: count('NA') } };
}
