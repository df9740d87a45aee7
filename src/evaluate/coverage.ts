/**
 * What the tool can return for each criterion, and from which sources (shown by `rgaa-audit rules`),
 * from rules/ and from what each check declares it can return (its meta: evaluate/checks/define.ts);
 * and every axe-core rule's decision with the reason it rests on.
 */
import type { AxeDecision, RuleCriterion, RuleSet, RuleTest, Status } from '../model/types.js';
import type { Returns } from './checks/define.js';
import { checkById } from './checks/registry.js';

/** A source (`axe:<rule>`, `check:<id>` or `scope:<css selector>`) and the tests it acts on. */
export interface SourceRef {
  source: string;
  tests: string[];
}

export interface CriterionCoverage {
  id: string;
  /** Statuses the tool can return besides NT. */
  can: Status[];
  /** What can make the criterion NC (a failure), C (a pass of a test the tool decides whole) or NA (an empty scope). */
  sources: Record<'NC' | 'C' | 'NA', SourceRef[]>;
  axe: string[];
  checks: string[];
}

export interface AxeRuleCoverage {
  rule: string;
  test: string;
  decision: AxeDecision;
  reason: string;
  axeTag?: string;
}

/** What a check may return, by id (nothing for an unknown id). */
export type ReturnsOf = (check: string) => readonly Returns[];

const fromMeta: ReturnsOf = (id) => checkById(id)?.meta.returns ?? [];

/** Group (source, test) pairs by source, in first-seen order. */
function refs(pairs: [string, string][]): SourceRef[] {
  const out = new Map<string, string[]>();
  for (const [source, test] of pairs) {
    const tests = out.get(source) ?? [];
    if (!tests.includes(test)) tests.push(test);
    out.set(source, tests);
  }
  return [...out].map(([source, tests]) => ({ source, tests }));
}

const scopeSource = (applies: string) => (applies.startsWith('check:') ? applies : `scope:${applies}`);
const ncRules = (t: RuleTest) => t.axe.filter((m) => m.decision === 'nc').map((m): [string, string] => [`axe:${m.rule}`, t.id]);

export function criterionCoverage(c: RuleCriterion, returns: ReturnsOf = fromMeta): CriterionCoverage {
  const axe = [...new Set(c.tests.flatMap((t) => t.axe.map((m) => m.rule)))];
  const checks = [...new Set(c.tests.flatMap((t) => t.checks))];
  // NC needs something that can prove a failure: an axe rule decided `nc`, or a check that returns NC.
  const nc = refs(c.tests.flatMap((t) => [...ncRules(t), ...t.checks.filter((k) => returns(k).includes('NC')).map((k): [string, string] => [`check:${k}`, t.id])]));
  // C: every test decided whole by the tool (`auto: full`) or able to be NA, at least one decided whole.
  const canC = c.tests.every((t) => t.auto === 'full' || t.applies) && c.tests.some((t) => t.auto === 'full');
  const cSources = canC ? refs(c.tests.filter((t) => t.auto === 'full').flatMap((t) => [...ncRules(t), ...t.checks.map((k): [string, string] => [`check:${k}`, t.id])])) : [];
  // A test is NA when its scope or its criterion's is empty, or when every check deciding it says so.
  const naChecks = (t: RuleTest) => (t.checks.length > 0 && t.checks.every((k) => returns(k).includes('NA')) ? t.checks : []);
  const testNA = (t: RuleTest) => !!t.applies || naChecks(t).length > 0;
  const na = c.applies
    ? [{ source: scopeSource(c.applies), tests: c.tests.map((t) => t.id) }]
    : c.tests.every(testNA)
      ? refs(c.tests.flatMap((t) => (t.applies ? [[scopeSource(t.applies), t.id] as [string, string]] : naChecks(t).map((k): [string, string] => [`check:${k}`, t.id]))))
      : [];
  const can: Status[] = [];
  if (nc.length) can.push('NC');
  if (canC) can.push('C');
  if (na.length) can.push('NA');
  return { id: c.id, can, sources: { NC: nc, C: cSources, NA: na }, axe, checks };
}

/** Every axe-core rule mapped in rules/, in test order, with its decision and reason. */
export function axeRuleCoverage(rules: RuleSet): AxeRuleCoverage[] {
  return rules.criteria.flatMap((c) => c.tests.flatMap((t) => t.axe.map((m) => ({ rule: m.rule, test: t.id, decision: m.decision, reason: m.reason, ...(m.axeTag ? { axeTag: m.axeTag } : {}) }))));
}

export function coverage(rules: RuleSet, returns: ReturnsOf = fromMeta) {
  const rows = rules.criteria.map((c) => criterionCoverage(c, returns));
  const axeRules = axeRuleCoverage(rules);
  const count = (s: Status) => rows.filter((r) => r.can.includes(s)).length;
  const decided = (d: AxeDecision) => axeRules.filter((r) => r.decision === d).length;
  return { rows, axeRules, totals: { criteria: rows.length, NC: count('NC'), C: count('C'), NA: count('NA'), axe: { nc: decided('nc'), review: decided('review') } } };
}
