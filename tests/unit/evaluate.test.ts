import { describe, it, expect } from 'vitest';
import { evaluatePage, evaluateTest, criterionStatus, planFromRules, scopeOnlyChecks } from '../../src/evaluate/evaluate.js';
import type { RawPage } from '../../src/gather/inpage.js';
import type { RuleCriterion, RuleSet } from '../../src/model/types.js';
import { loadRules } from '../../src/model/rules.js';

const node = (selector: string) => ({ selector, snippet: `<x class="${selector}">`, message: 'bad' });

function raw(over: Partial<RawPage> = {}): RawPage {
  return {
    axe: { violations: {}, incomplete: {} },
    scopes: {},
    checks: {},
    facts: { title: 't', lang: 'fr', doctype: '<!DOCTYPE html>', mentions: [] },
    errors: [],
    timings: { axe: 0, checks: 0, total: 0 },
    ...over,
  };
}

const crit: RuleCriterion = {
  id: '9.9',
  theme: 9,
  title: 't',
  title_fr: 't',
  level: 'A',
  wcag: [],
  url: 'u',
  applies: 'img',
  tests: [
    { id: '9.9.1', axe: [{ rule: 'rule-a', decision: 'nc', reason: 'a reason' }, { rule: 'rule-r', decision: 'review', reason: 'a doubt' }], checks: [], auto: 'full' },
    { id: '9.9.2', axe: [], checks: ['chk'], auto: 'nc' },
    { id: '9.9.3', applies: 'area', axe: [], checks: [], auto: 'none' },
  ],
};
const set: RuleSet = { themes: [], criteria: [crit], tests: new Map(crit.tests.map((t) => [t.id, t])), criterionOf: new Map() };

describe('evaluateTest', () => {
  const scoped = { img: 2, area: 1 };
  it('an axe violation is NC with its evidence', () => {
    const r = evaluateTest(crit, crit.tests[0], raw({ scopes: scoped, axe: { violations: { 'rule-a': [node('img')] }, incomplete: {} } }));
    expect(r.status).toBe('NC');
    expect(r.findings).toEqual([{ test: '9.9.1', source: 'axe:rule-a', selector: 'img', snippet: '<x class="img">', message: 'bad', basis: 'a reason' }]);
  });
  it('a violation of a rule decided `review` is NT, listed for a human with the reason, never NC', () => {
    const r = evaluateTest(crit, crit.tests[0], raw({ scopes: scoped, axe: { violations: { 'rule-r': [node('p')] }, incomplete: {} } }));
    expect(r.status).toBe('NT');
    expect(r.findings).toEqual([]);
    expect(r.review).toEqual([{ test: '9.9.1', source: 'axe:rule-r', selector: 'p', snippet: '<x class="p">', message: 'bad', basis: 'a doubt' }]);
    // Beside a failure of an `nc` rule, it stays a review item: the NC rests on the `nc` rule alone.
    const both = evaluateTest(crit, crit.tests[0], raw({ scopes: scoped, axe: { violations: { 'rule-a': [node('img')], 'rule-r': [node('p')] }, incomplete: {} } }));
    expect(both.status).toBe('NC');
    expect(both.findings.map((f) => f.source)).toEqual(['axe:rule-a']);
    expect(both.review.map((f) => f.source)).toEqual(['axe:rule-r']);
  });
  it('a review rule found nowhere lets the test be C; one found on an out-of-scope test leaves it NA', () => {
    expect(evaluateTest(crit, crit.tests[0], raw({ scopes: scoped, axe: { violations: {}, incomplete: {} } })).status).toBe('C');
    expect(evaluateTest(crit, crit.tests[0], raw({ scopes: { img: 0, area: 0 }, axe: { violations: { 'rule-r': [node('p')] }, incomplete: {} } })).status).toBe('NA');
  });
  it('axe incomplete is NT, never C or NC, and lists the elements to review', () => {
    const r = evaluateTest(crit, crit.tests[0], raw({ scopes: scoped, axe: { violations: {}, incomplete: { 'rule-a': [node('img')] } } }));
    expect(r.status).toBe('NT');
    expect(r.review).toHaveLength(1);
  });
  it('a pass is C only for a test the tool decides fully', () => {
    expect(evaluateTest(crit, crit.tests[0], raw({ scopes: scoped })).status).toBe('C');
    expect(evaluateTest(crit, crit.tests[1], raw({ scopes: scoped, checks: { chk: { applicable: 3, failures: [], doubts: [] } } })).status).toBe('NT');
    expect(evaluateTest(crit, crit.tests[2], raw({ scopes: scoped })).status).toBe('NT');
  });
  it('a check failure is NC; a doubt is NT', () => {
    expect(evaluateTest(crit, crit.tests[1], raw({ scopes: scoped, checks: { chk: { applicable: 1, failures: [node('a')], doubts: [] } } })).status).toBe('NC');
    const d = evaluateTest(crit, crit.tests[1], raw({ scopes: scoped, checks: { chk: { applicable: 1, failures: [], doubts: [node('a')] } } }));
    expect(d.status).toBe('NT');
    expect(d.review[0].source).toBe('check:chk');
  });
  it('uses byTest when a check decides tests differently', () => {
    const r = raw({ scopes: scoped, checks: { chk: { applicable: 1, failures: [node('x')], doubts: [], byTest: { '9.9.2': { applicable: 0, failures: [], doubts: [] } } } } });
    expect(evaluateTest(crit, crit.tests[1], r).status).toBe('NA');
  });
  it('a check that reports per test but not for this test decides nothing here (no NC from its other tests)', () => {
    const full = { ...crit.tests[1], auto: 'full' as const };
    const r = raw({ scopes: scoped, checks: { chk: { applicable: 1, failures: [node('x')], doubts: [], byTest: { '9.9.9': { applicable: 1, failures: [node('x')], doubts: [] } } } } });
    expect(evaluateTest(crit, full, r).status).toBe('NT');
  });
  it('a test out of scope is NA; a criterion out of scope makes its tests NA', () => {
    expect(evaluateTest(crit, crit.tests[2], raw({ scopes: { img: 1, area: 0 } })).status).toBe('NA');
    expect(evaluateTest(crit, crit.tests[0], raw({ scopes: { img: 0, area: 0 } })).status).toBe('NA');
  });
  it('without axe results (axe failed in the page), nothing axe-based is C', () => {
    expect(evaluateTest(crit, crit.tests[0], raw({ axe: null, scopes: scoped })).status).toBe('NT');
  });
  it('a check that errored leaves its tests undecided, not C and not NA', () => {
    const full = { ...crit.tests[1], auto: 'full' as const };
    expect(evaluateTest(crit, full, raw({ scopes: scoped, checks: { chk: { error: 'boom' } } })).status).toBe('NT');
  });
  it('an unknown scope count (bad selector) never makes NA', () => {
    expect(evaluateTest(crit, crit.tests[2], raw({ scopes: { img: -1, area: -1 } })).status).toBe('NT');
  });
});

describe('frames the tool did not enter', () => {
  const frame = { selector: '#carte', snippet: '<iframe id="carte">', messageId: 'not-examined', params: { src: 'https://ailleurs.fr/carte' } };
  const framed = (scopes: Record<string, number> | null) => ({ count: 1, shown: [frame], scopes });
  const empty = { img: 0, area: 0 };
  it('nothing in scope in the page, a frame of another origin: NT, the frame listed for a human, not NA', () => {
    const r = evaluateTest(crit, crit.tests[0], raw({ scopes: empty, frames: framed(null) }));
    expect(r.status).toBe('NT');
    expect(r.review).toEqual([
      { test: '9.9.1', source: 'check:frame-content', selector: '#carte', snippet: '<iframe id="carte">', messageId: 'not-examined', params: { src: 'https://ailleurs.fr/carte' }, message: 'Content of this frame (https://ailleurs.fr/carte) was not examined by the tool: check this test inside it too.' },
    ]);
    expect(evaluatePage(set, raw({ scopes: empty, frames: framed(null) }))['9.9'].status).toBe('NT');
  });
  it('frames read and counted: NA when they hold nothing in scope either, NT when they do', () => {
    expect(evaluateTest(crit, crit.tests[0], raw({ scopes: empty, frames: framed({ img: 0, area: 0 }) })).status).toBe('NA');
    expect(evaluatePage(set, raw({ scopes: empty, frames: framed({ img: 0, area: 0 }) }))['9.9'].status).toBe('NA');
    expect(evaluateTest(crit, crit.tests[0], raw({ scopes: empty, frames: framed({ img: 2, area: 0 }) })).status).toBe('NT');
    // The test's own scope (area) is empty in the frame too: NA, whatever the criterion's.
    expect(evaluateTest(crit, crit.tests[2], raw({ scopes: empty, frames: framed({ img: 2, area: 0 }) })).status).toBe('NA');
    expect(evaluateTest(crit, crit.tests[2], raw({ scopes: empty, frames: framed({ img: 1, area: 1 }) })).status).toBe('NT');
    // …and the criterion's scope empty there: NA, whatever the test's.
    expect(evaluateTest(crit, crit.tests[2], raw({ scopes: empty, frames: framed({ img: 0, area: 1 }) })).status).toBe('NA');
    // A selector the frames could not count (-1) proves nothing.
    expect(evaluateTest(crit, crit.tests[0], raw({ scopes: empty, frames: framed({ img: -1, area: 0 }) })).status).toBe('NT');
  });
  it("a check's empty scope proves nothing about the frames (our checks do not enter them)", () => {
    const byCheck = { ...crit, applies: 'check:chk', tests: [{ id: '9.9.2', axe: [], checks: ['chk'], auto: 'nc' as const }] };
    const chk = { applicable: 0, failures: [], doubts: [] };
    expect(evaluateTest(byCheck, byCheck.tests[0], raw({ checks: { chk } })).status).toBe('NA');
    expect(evaluateTest(byCheck, byCheck.tests[0], raw({ checks: { chk }, frames: framed({}) })).status).toBe('NT');
  });
  it("tests of the page's own document and of its frame elements (theme 2) stay NA", () => {
    const title = { ...crit, id: '8.5', applies: 'img', tests: [{ id: '8.5.1', axe: [], checks: [], auto: 'full' as const }] };
    const frames = { ...crit, id: '2.2', applies: 'img', tests: [{ id: '2.2.1', axe: [], checks: [], auto: 'nc' as const }] };
    expect(evaluateTest(title, title.tests[0], raw({ scopes: empty, frames: framed(null) })).status).toBe('NA');
    expect(evaluateTest(frames, frames.tests[0], raw({ scopes: empty, frames: framed(null) })).status).toBe('NA');
  });
  it('a frame already listed by a check of the test is listed once', () => {
    const byFrame = { ...crit.tests[1], checks: ['frame-content'] };
    const fc = { applicable: 0, failures: [], doubts: [{ ...frame }] };
    const r = evaluateTest(crit, byFrame, raw({ scopes: empty, checks: { 'frame-content': fc }, frames: framed(null) }));
    expect(r.status).toBe('NT');
    expect(r.review.map((f) => f.selector)).toEqual(['#carte']);
  });
});

describe('criterionStatus', () => {
  it('NC wins, then NA, then C, else NT', () => {
    expect(criterionStatus(['C', 'NC', 'NT'], false)).toBe('NC');
    expect(criterionStatus(['NA', 'NA'], false)).toBe('NA');
    expect(criterionStatus(['C', 'NT'], true)).toBe('NA');
    expect(criterionStatus(['C', 'NA'], false)).toBe('C');
    expect(criterionStatus(['C', 'NT'], false)).toBe('NT');
  });
});

describe('evaluatePage', () => {
  it('gives every criterion a status and its tests', () => {
    const out = evaluatePage(set, raw({ scopes: { img: 1, area: 0 }, checks: { chk: { applicable: 1, failures: [], doubts: [] } } }));
    expect(out['9.9']).toMatchObject({ status: 'NT', tests: { '9.9.1': 'C', '9.9.2': 'NT', '9.9.3': 'NA' }, findings: [] });
  });
  it('covers all 106 criteria with the real rules', () => {
    const rules = loadRules();
    const out = evaluatePage(rules, raw());
    expect(Object.keys(out)).toHaveLength(106);
  });
});

describe('checks used only as a scope', () => {
  // 8.8 is scoped as a whole by `zone` (which decides nothing); 8.8.2 is also decided by `chk`.
  const scoped: RuleCriterion = {
    ...crit,
    id: '8.8',
    applies: 'check:zone',
    tests: [
      { id: '8.8.1', axe: [], checks: [], auto: 'none' },
      { id: '8.8.2', applies: 'check:chk', axe: [], checks: ['chk'], auto: 'full' },
      { id: '8.8.3', axe: [], checks: [], auto: 'none' },
    ],
  };
  const rules: RuleSet = { themes: [], criteria: [scoped], tests: new Map(scoped.tests.map((t) => [t.id, t])), criterionOf: new Map() };
  const doubt = { selector: '#z', snippet: '<div id="z">', message: 'look at this zone' };

  it('are the checks named in `applies` and in no `checks:`', () => {
    expect([...scopeOnlyChecks(rules)]).toEqual(['zone']);
  });
  it('list their doubts in the review of the criterion, once, and leave its tests NT', () => {
    const out = evaluatePage(rules, raw({ checks: { zone: { applicable: 1, failures: [], doubts: [doubt] }, chk: { applicable: 1, failures: [], doubts: [] } } }));
    expect(out['8.8'].status).toBe('NT');
    expect(out['8.8'].review).toEqual([{ test: '8.8.1', source: 'check:zone', selector: '#z', snippet: '<div id="z">', message: 'look at this zone' }]);
  });
  it('keep a test they scope from C while a human must look', () => {
    const clean = raw({ checks: { zone: { applicable: 1, failures: [], doubts: [] }, chk: { applicable: 1, failures: [], doubts: [] } } });
    expect(evaluateTest(scoped, scoped.tests[1], clean, scopeOnlyChecks(rules)).status).toBe('C');
    const doubtful = raw({ checks: { zone: { applicable: 1, failures: [], doubts: [doubt] }, chk: { applicable: 1, failures: [], doubts: [] } } });
    expect(evaluateTest(scoped, scoped.tests[1], doubtful, scopeOnlyChecks(rules)).status).toBe('NT');
  });
  it('are NA when nothing is in their scope, with nothing to review', () => {
    const out = evaluatePage(rules, raw({ checks: { zone: { applicable: 0, failures: [], doubts: [] }, chk: { applicable: 0, failures: [], doubts: [] } } }));
    expect(out['8.8']).toMatchObject({ status: 'NA', findings: [] });
    expect(out['8.8'].review).toBeUndefined();
  });
  it('a check that decides a test keeps its doubts to the tests it decides', () => {
    const out = evaluatePage(rules, raw({ checks: { zone: { applicable: 1, failures: [], doubts: [] }, chk: { applicable: 1, failures: [], doubts: [doubt] } } }));
    expect(out['8.8'].review).toEqual([{ test: '8.8.2', source: 'check:chk', selector: '#z', snippet: '<div id="z">', message: 'look at this zone' }]);
  });
});

describe('planFromRules', () => {
  it('asks the page for the mapped axe rules, the scopes and the known checks only', () => {
    const p = planFromRules(set, new Set(['chk']));
    expect(p.axeRules).toEqual(['rule-a', 'rule-r']);
    expect(p.selectors.sort()).toEqual(['area', 'img']);
    expect(p.checks).toEqual(['chk']);
    expect(planFromRules(set, new Set()).checks).toEqual([]);
  });
});
