import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { Auto, RuleCriterion, RuleSet, RuleTest, RuleTheme } from './types.js';
import { UsageError } from './errors.js';

/** The rules/ folder shipped with the package (next to src/ and dist/). */
export const RULES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules');

const AUTO: Auto[] = ['none', 'nc', 'full'];

function list(v: unknown, where: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new UsageError(`${where}: expected a list of strings`);
  return v as string[];
}

/** Load and validate every theme file. Errors name the file and the criterion or test. */
export function loadRules(dir: string = RULES_DIR): RuleSet {
  const files = readdirSync(dir).filter((f) => /^\d\d-.*\.ya?ml$/.test(f)).sort();
  const themes: RuleTheme[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const doc = parseDocument(readFileSync(path, 'utf8'));
    if (doc.errors.length) throw new UsageError(`${path}: ${doc.errors[0].message.split('\n')[0]}`);
    const raw = doc.toJS() as { theme: number; name: string; name_fr: string; criteria: Record<string, unknown>[] };
    const criteria: RuleCriterion[] = raw.criteria.map((c) => {
      const id = String(c.id);
      const where = `${path}: criterion ${id}`;
      const tests: RuleTest[] = (c.tests as Record<string, unknown>[]).map((t) => {
        const tid = String(t.id);
        const auto = (t.auto ?? 'none') as Auto;
        if (!AUTO.includes(auto)) throw new UsageError(`${where}, test ${tid}: auto must be one of ${AUTO.join(', ')}`);
        return {
          id: tid,
          applies: t.applies === undefined ? undefined : String(t.applies),
          axe: list(t.axe, `${where}, test ${tid}, axe`),
          axeReview: list(t.axeReview, `${where}, test ${tid}, axeReview`),
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
