import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadRules, RULES_DIR } from '../../src/model/rules.js';
import { coverage } from '../../src/evaluate/coverage.js';
import { allCheckIds } from '../../src/evaluate/checks/registry.js';

const require = createRequire(import.meta.url);
// The official RGAA 4.1.2 data: ../shared/rgaa/criteres.json beside the repository (CI copies it there).
const OFFICIAL = [join(RULES_DIR, '..', '..', 'shared', 'rgaa', 'criteres.json'), join(RULES_DIR, '..', 'tests', 'data', 'criteres.json')].find(existsSync);

interface Official {
  topics: { number: number; criteria: { criterium: { number: number; tests: Record<string, string[]>; references: { wcag?: string[] }[] } }[] }[];
}

const rules = loadRules();

describe('rules/ against the official RGAA 4.1.2 data', () => {
  it('finds the official data', () => {
    expect(OFFICIAL, 'criteres.json not found in ../shared/rgaa or tests/data').toBeDefined();
  });
  const official = JSON.parse(readFileSync(OFFICIAL!, 'utf8')) as Official;
  const crit = official.topics.flatMap((t) => t.criteria.map(({ criterium: c }) => ({ id: `${t.number}.${c.number}`, tests: Object.keys(c.tests).map((k) => `${t.number}.${c.number}.${k}`), wcag: c.references.find((r) => r.wcag)?.wcag ?? [] })));

  it('has 13 themes, 106 criteria and 258 tests', () => {
    expect(rules.themes).toHaveLength(13);
    expect(rules.criteria).toHaveLength(106);
    expect(rules.tests.size).toBe(258);
  });
  it('has exactly the official criteria, tests and WCAG references, in order', () => {
    expect(rules.criteria.map((c) => c.id)).toEqual(crit.map((c) => c.id));
    for (const c of crit) {
      const ours = rules.criteria.find((x) => x.id === c.id)!;
      expect(ours.tests.map((t) => t.id), c.id).toEqual(c.tests);
      expect(ours.wcag, c.id).toEqual(c.wcag);
    }
  });
  it('derives the level from the WCAG references: 77 A and 29 AA', () => {
    for (const c of rules.criteria) expect(c.level, c.id).toBe(c.wcag.some((w) => w.endsWith('(AA)')) ? 'AA' : 'A');
    expect(rules.criteria.filter((c) => c.level === 'A')).toHaveLength(77);
    expect(rules.criteria.filter((c) => c.level === 'AA')).toHaveLength(29);
  });
  it('gives every criterion a short title of our own in English and French, and the official URL', () => {
    for (const c of rules.criteria) {
      expect(c.title.length, c.id).toBeGreaterThan(5);
      expect(c.title.length, c.id).toBeLessThanOrEqual(90);
      expect(c.title_fr.length, c.id).toBeGreaterThan(5);
      expect(c.url).toBe(`https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#${c.id}`);
    }
  });
  it('maps only checks that exist', () => {
    const known = allCheckIds();
    for (const t of rules.tests.values()) for (const k of t.checks) expect(known.has(k), `${t.id}: unknown check ${k}`).toBe(true);
    for (const c of rules.criteria)
      for (const s of [c.applies, ...c.tests.map((t) => t.applies)]) if (s?.startsWith('check:')) expect(known.has(s.slice(6)), `${c.id}: ${s}`).toBe(true);
  });
  it('claims C (auto: full) only where the tool has something that can fail', () => {
    for (const t of rules.tests.values()) if (t.auto === 'full') expect(t.axe.length + t.checks.length, t.id).toBeGreaterThan(0);
    // A check may list elements for a human on an `auto: none` test (or prove it NA), never an axe rule (its violations are NC).
    for (const t of rules.tests.values()) if (t.auto === 'none') expect(t.axe, t.id).toEqual([]);
  });
});

describe('rules/ against the installed axe-core', () => {
  const axe = require('axe-core') as { version: string; getRules(): { ruleId: string; tags: string[] }[] };
  const tagged = new Map<string, string[]>();
  for (const r of axe.getRules()) for (const tag of r.tags) if (/^RGAA-\d+\.\d+\.\d+$/.test(tag)) tagged.set(r.ruleId, [...(tagged.get(r.ruleId) ?? []), tag.slice(5)]);

  it('maps every axe rule tagged RGAA-x.y.z to test x.y.z, and nothing else', () => {
    const ours = new Map<string, string[]>();
    for (const t of rules.tests.values()) for (const r of [...t.axe, ...t.axeReview]) ours.set(r, [...(ours.get(r) ?? []), t.id]);
    const sort = (m: Map<string, string[]>) => Object.fromEntries([...m].map(([k, v]) => [k, [...v].sort()]).sort());
    expect(sort(ours)).toEqual(sort(tagged));
  });
  it('never claims C through an experimental axe rule (they do not run)', () => {
    const experimental = new Set(axe.getRules().filter((r) => r.tags.includes('experimental')).map((r) => r.ruleId));
    for (const t of rules.tests.values()) if (t.auto === 'full') for (const r of t.axe) expect(experimental.has(r), `${t.id}: ${r}`).toBe(false);
  });
});

describe('coverage', () => {
  it('counts what the tool can return per criterion', () => {
    const cov = coverage(rules);
    expect(cov.totals.criteria).toBe(106);
    expect(cov.totals.NC).toBeGreaterThanOrEqual(33);
    // Every criterion with an axe rule can be NC.
    for (const r of cov.rows) if (r.axe.length) expect(r.can, r.id).toContain('NC');
  });
});
