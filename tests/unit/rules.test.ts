import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadRules, RULES_DIR } from '../../src/model/rules.js';
import { coverage } from '../../src/evaluate/coverage.js';
import { allCheckIds } from '../../src/evaluate/checks/registry.js';
import { FRAME_SENSITIVE, PAGE_DOCUMENT_TESTS } from '../../src/evaluate/checks/02-frames/frame-tests.js';
import type { RuleTest } from '../../src/model/types.js';

const require = createRequire(import.meta.url);
// The official RGAA 4.1.2 data: ../shared/rgaa/criteres.json beside the repository when it is
// there, else the copy the tool ships in official/ (tests/report/official.test.ts holds the two
// byte for byte the same whenever both are present), so that a clone alone passes too.
const OFFICIAL = [join(RULES_DIR, '..', '..', 'shared', 'rgaa', 'criteres.json'), join(RULES_DIR, '..', 'official', 'criteres.json')].find(existsSync);

interface Official {
  topics: { number: number; criteria: { criterium: { number: number; tests: Record<string, string[]>; references: { wcag?: string[] }[] } }[] }[];
}

const rules = loadRules();

describe('rules/ against the official RGAA 4.1.2 data', () => {
  it('finds the official data', () => {
    expect(OFFICIAL, 'criteres.json not found in ../shared/rgaa or official/').toBeDefined();
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
    const nc = (t: RuleTest) => t.axe.filter((m) => m.decision === 'nc');
    for (const t of rules.tests.values()) if (t.auto === 'full') expect(nc(t).length + t.checks.length, t.id).toBeGreaterThan(0);
    // A check or an axe rule decided `review` may list elements for a human on an `auto: none` test, never an `nc` rule (its violations are NC).
    for (const t of rules.tests.values()) if (t.auto === 'none') expect(nc(t), t.id).toEqual([]);
  });
  it('never claims C for a frame it did not enter: every auto: full test examining elements has frame-content', () => {
    const full = [...rules.tests.values()].filter((t) => t.auto === 'full');
    for (const t of full) {
      const pageLevel = PAGE_DOCUMENT_TESTS.includes(t.id);
      expect(t.checks.includes('frame-content'), `${t.id}: ${pageLevel ? 'about the page document, no frame-content' : 'frame-content missing'}`).toBe(!pageLevel);
    }
    expect([...FRAME_SENSITIVE].sort()).toEqual(full.filter((t) => !PAGE_DOCUMENT_TESTS.includes(t.id)).map((t) => t.id).sort());
  });
});

describe('rules/ against the installed axe-core', () => {
  const axe = require('axe-core') as { version: string; getRules(): { ruleId: string; tags: string[] }[] };
  const tagged = new Map<string, string[]>();
  for (const r of axe.getRules()) for (const tag of r.tags) if (/^RGAA-\d+\.\d+\.\d+$/.test(tag)) tagged.set(r.ruleId, [...(tagged.get(r.ruleId) ?? []), tag.slice(5)]);

  it('maps every axe rule tagged RGAA-x.y.z to test x.y.z, or to another test with axeTag: x.y.z and a reason naming both', () => {
    // A rule mapped elsewhere than its tag counts under its tag here: axe's mapping and ours stay comparable.
    const ours = new Map<string, string[]>();
    for (const t of rules.tests.values()) for (const m of t.axe) ours.set(m.rule, [...(ours.get(m.rule) ?? []), m.axeTag ?? t.id]);
    const sort = (m: Map<string, string[]>) => Object.fromEntries([...m].map(([k, v]) => [k, [...v].sort()]).sort());
    expect(sort(ours)).toEqual(sort(tagged));
    const moved = [...rules.tests.values()].flatMap((t) => t.axe.filter((m) => m.axeTag).map((m) => ({ test: t.id, ...m })));
    for (const m of moved) {
      expect(m.reason, `${m.rule}: the reason names the test it is mapped to`).toContain(m.test);
      expect(m.reason, `${m.rule}: the reason names axe-core's test`).toContain(m.axeTag);
    }
    // The deviations, on purpose (see each reason): a change here is a change of the decision table.
    expect(moved.map((m) => `${m.rule}: ${m.axeTag} → ${m.test}`).sort()).toEqual([
      'aria-command-name: 11.9.1 → 7.1.1',
      'aria-required-children: 9.3.1 → 7.1.1',
      'aria-required-parent: 9.3.1 → 7.1.1',
      'blink: 13.8.1 → 13.8.2',
      'html-xml-lang-mismatch: 8.3.1 → 8.4.1',
    ]);
  });
  it('gives every mapped rule a decision and a one-line reason that names the RGAA test it rests on', () => {
    const all = [...rules.tests.values()].flatMap((t) => t.axe.map((m) => ({ test: t.id, ...m })));
    expect(all).toHaveLength(tagged.size);
    for (const m of all) {
      expect(['nc', 'review'], m.rule).toContain(m.decision);
      expect(m.reason.length, m.rule).toBeGreaterThan(40);
      expect(m.reason, m.rule).not.toMatch(/\n/);
      expect(m.reason, `${m.rule}: names its test`).toContain(m.test);
    }
  });
  it('decides `review` for every experimental or best-practice axe rule (they are not the RGAA test\'s failure condition)', () => {
    const loose = new Set(axe.getRules().filter((r) => r.tags.includes('experimental') || r.tags.includes('best-practice')).map((r) => r.ruleId));
    const mapped = [...rules.tests.values()].flatMap((t) => t.axe).filter((m) => loose.has(m.rule));
    expect(mapped.map((m) => m.rule).sort()).toEqual(['css-orientation-lock', 'focus-order-semantics', 'p-as-heading', 'region', 'skip-link', 'table-duplicate-name', 'table-fake-caption', 'td-has-header']);
    for (const m of mapped) expect(m.decision, m.rule).toBe('review');
  });
});

describe('coverage', () => {
  it('counts what the tool can return per criterion', () => {
    const cov = coverage(rules);
    expect(cov.totals.criteria).toBe(106);
    expect(cov.totals.NC).toBeGreaterThanOrEqual(33);
    // NA wherever the page can be proven to lack a criterion's scope (issue 13 §4): 78 before.
    expect(cov.totals.NA).toBeGreaterThanOrEqual(85);
    // C wherever every test can be proven passed on some pages (issue 14 item 4): 8 before.
    expect(cov.totals.C).toBeGreaterThanOrEqual(14);
    for (const id of ['1.1', '5.4', '8.10', '10.1', '11.1']) expect(cov.rows.find((r) => r.id === id)!.can, id).toContain('C');
    // Every criterion with an axe rule decided `nc` can be NC, and names it among its NC sources.
    for (const c of rules.criteria)
      for (const t of c.tests)
        for (const m of t.axe.filter((x) => x.decision === 'nc')) {
          const row = cov.rows.find((r) => r.id === c.id)!;
          expect(row.can, c.id).toContain('NC');
          expect(row.sources.NC.find((s) => s.source === `axe:${m.rule}`)?.tests, `${c.id} ${m.rule}`).toContain(t.id);
        }
    // A rule decided `review` is never an NC source.
    const review = new Set(cov.axeRules.filter((a) => a.decision === 'review').map((a) => `axe:${a.rule}`));
    for (const r of cov.rows) for (const s of r.sources.NC) expect(review.has(s.source), `${r.id} ${s.source}`).toBe(false);
    expect(cov.totals.axe.nc + cov.totals.axe.review).toBe(cov.axeRules.length);
  });
});
