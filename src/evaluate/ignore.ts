/**
 * Rules to ignore, each with a reason (from a site's configuration). An ignored axe rule or check
 * is dropped from the raw results; an ignored criterion or test is not decided (NT), never C.
 */
import type { IgnoreRule } from '../model/config.js';
import type { RawPage } from '../gather/inpage-api.js';
import type { CriterionResult } from '../model/types.js';
import { criterionStatus } from './evaluate.js';

function raw(page: RawPage, ignore: IgnoreRule[]): RawPage {
  const rules = new Set(ignore.filter((i) => i.rule).map((i) => i.rule!));
  if (!rules.size) return page;
  const drop = <V>(m: Record<string, V>) => Object.fromEntries(Object.entries(m).filter(([k]) => !rules.has(k)));
  return {
    ...page,
    axe: page.axe ? { violations: drop(page.axe.violations), incomplete: drop(page.axe.incomplete) } : null,
    checks: drop(page.checks),
  };
}

function criteria(map: Record<string, CriterionResult>, ignore: IgnoreRule[]): Record<string, CriterionResult> {
  const out: Record<string, CriterionResult> = {};
  for (const [id, c] of Object.entries(map)) {
    const whole = ignore.some((i) => i.criterion === id);
    const tests = { ...c.tests };
    for (const t of Object.keys(tests)) if (whole || ignore.some((i) => i.test === t)) tests[t] = tests[t] === 'NA' ? 'NA' : 'NT';
    const changed = whole || Object.keys(tests).some((t) => tests[t] !== c.tests[t]);
    if (!changed) {
      out[id] = c;
      continue;
    }
    const findings = c.findings.filter((f) => tests[f.test] === 'NC');
    out[id] = { ...c, tests, findings, status: whole && c.status !== 'NA' ? 'NT' : criterionStatus(Object.values(tests), c.status === 'NA') };
  }
  return out;
}

export const applyIgnore = { raw, criteria };
