import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { AxeDecision, AxeMapping, Auto, RuleCriterion, RuleSet, RuleTest, RuleTheme } from './types.js';
import { UsageError } from './errors.js';

/** The rules/ folder shipped with the package (next to src/ and dist/). */
export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

const AUTO: Auto[] = ['none', 'nc', 'full'];
const DECISIONS: AxeDecision[] = ['nc', 'review'];

function list(v: unknown, where: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UsageError(`${where}: expected a list of strings`);
  return v as string[];
}

/**
 * A test's `axe:` list: each axe-core rule with its decision and the reason it rests on. Errors
 * name the file and line of the entry.
 */
function axeMappings(doc: Document, lines: LineCounter, path: string, at: (string | number)[], tid: string): AxeMapping[] {
  const node = doc.getIn(at, true);
  const line = (n: unknown) => {
    const range = (n as { range?: [number, number, number] } | undefined)?.range;
    return `${path}:${range ? lines.linePos(range[0]).line : '?'}`;
  };
  if (node === undefined || node === null || (isSeq(node) && node.items.length === 0)) return [];
  if (!isSeq(node)) throw new UsageError(`${line(node)}: test ${tid}: axe must be a list of { rule, decision, reason }`);
  return node.items.map((item) => {
    const where = `${line(item)}: test ${tid}`;
    if (!isMap(item)) throw new UsageError(`${where}: axe rule ${String(item)} needs a decision (${DECISIONS.join(' or ')}) and a reason: write { rule, decision, reason }`);
    const e = item.toJSON() as Record<string, unknown>;
    const rule = typeof e.rule === 'string' ? e.rule.trim() : '';
    if (!rule) throw new UsageError(`${where}: an axe entry without a rule id`);
    const unknown = Object.keys(e).filter((k) => !['rule', 'decision', 'reason', 'axeTag'].includes(k));
    if (unknown.length) throw new UsageError(`${where}, axe rule ${rule}: unknown field ${unknown[0]} (rule, decision, reason, axeTag)`);
    if (!DECISIONS.includes(e.decision as AxeDecision)) throw new UsageError(`${where}, axe rule ${rule}: decision must be ${DECISIONS.join(' or ')}`);
    const reason = typeof e.reason === 'string' ? e.reason.trim() : '';
    if (!reason) throw new UsageError(`${where}, axe rule ${rule}: a reason is required (one line naming the RGAA text the decision rests on)`);
    if (/\n/.test(reason)) throw new UsageError(`${where}, axe rule ${rule}: the reason must be one line`);
    if (e.axeTag !== undefined && !(typeof e.axeTag === 'string' && /^\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(e.axeTag) && e.axeTag !== tid))
      throw new UsageError(`${where}, axe rule ${rule}: axeTag must be the test axe-core tags the rule with, other than ${tid}`);
    return { rule, decision: e.decision as AxeDecision, reason, ...(e.axeTag ? { axeTag: e.axeTag as string } : {}) };
  });
}

/** Load and validate every theme file. Errors name the file and the criterion or test (and the line of an axe entry). */
export function loadRules(dir: string = RULES_DIR): RuleSet {
  const files = readdirSync(dir).filter((f) => /^\d\d-.*\.ya?ml$/.test(f)).sort();
  const themes: RuleTheme[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
    if (doc.errors.length) throw new UsageError(`${path}: ${doc.errors[0].message.split('\n')[0]}`);
    const raw = doc.toJS() as { theme: number; name: string; name_fr: string; criteria: Record<string, unknown>[] };
    const criteria: RuleCriterion[] = raw.criteria.map((c, ci) => {
      const id = String(c.id);
      const where = `${path}: criterion ${id}`;
      const tests: RuleTest[] = (c.tests as Record<string, unknown>[]).map((t, ti) => {
        const tid = String(t.id);
        const auto = (t.auto ?? 'none') as Auto;
        if (!AUTO.includes(auto)) throw new UsageError(`${where}, test ${tid}: auto must be one of ${AUTO.join(', ')}`);
        if (t.axeReview !== undefined) throw new UsageError(`${where}, test ${tid}: axeReview is gone; list the rule under axe with decision: review and a reason`);
        return {
          id: tid,
          applies: t.applies === undefined ? undefined : String(t.applies),
          axe: axeMappings(doc, lines, path, ['criteria', ci, 'tests', ti, 'axe'], tid),
          checks: list(t.checks, `${where}, test ${tid}, checks`),
          auto,
        };
      });
      return {
        id,
        theme: raw.theme,
        title: String(c.title),
        title_fr: String(c.title_fr),
        level: c.level === 'AA' ? 'AA' : 'A',
        wcag: list(c.wcag, `${where}, wcag`),
        url: String(c.url),
        applies: c.applies === undefined ? undefined : String(c.applies),
        tests,
      };
    });
    themes.push({ theme: raw.theme, name: raw.name, name_fr: raw.name_fr, criteria });
  }
  const all = themes.flatMap((t) => t.criteria);
  const tests = new Map<string, RuleTest>();
  const criterionOf = new Map<string, string>();
  for (const c of all) for (const t of c.tests) {
    tests.set(t.id, t);
    criterionOf.set(t.id, c.id);
  }
  return { themes, criteria: all, tests, criterionOf };
}

let cached: RuleSet | undefined;
export function defaultRules(): RuleSet {
  return (cached ??= loadRules());
}

/** Compare criterion ids numerically: 1.2 < 1.10 < 2.1. */
export function compareIds(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
