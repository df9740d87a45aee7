import { describe, it, expect } from 'vitest';
import { aggregateCriteria, applyProcess, floor1, officialBounds, pageRate, sampleRate, sampleStatus, upgradeProcedure, type SamplePage } from '../../src/aggregate/rate.js';
import type { CriterionResult, ProcedureReport, Status } from '../../src/model/types.js';

const c = (status: Status, findings = 0): CriterionResult => ({
  status,
  tests: { 'x.1': status },
  findings: Array.from({ length: findings }, (_, i) => ({ test: 'x.1', source: 'axe:r', selector: `#e${i}`, snippet: '', message: 'm' })),
});
const page = (url: string, statuses: Record<string, Status>): SamplePage => ({
  url,
  criteria: Object.fromEntries(Object.entries(statuses).map(([id, s]) => [id, c(s, s === 'NC' ? 1 : 0)])),
});

describe('floor1', () => {
  it('floors to one decimal and never rounds 99.9x up to 100', () => {
    expect(floor1(999, 1000)).toBe(99.9);
    expect(floor1(105, 106)).toBe(99);
    expect(floor1(2, 3)).toBe(66.6);
    expect(floor1(29, 100)).toBe(29);
    expect(floor1(7, 10)).toBe(70);
    expect(floor1(1, 1)).toBe(100);
  });
});

describe('sampleStatus (official method)', () => {
  it('NC if NC on at least one page', () => expect(sampleStatus(['C', 'C', 'NC'])).toBe('NC'));
  it('NA only if NA on every page', () => {
    expect(sampleStatus(['NA', 'NA'])).toBe('NA');
    expect(sampleStatus(['NA', 'C'])).toBe('C');
  });
  it('C if applicable somewhere and C wherever applicable', () => expect(sampleStatus(['C', 'NA', 'C'])).toBe('C'));
  it('NT when not decided on a page where it applies', () => {
    expect(sampleStatus(['C', 'NT'])).toBe('NT');
    expect(sampleStatus(['NT', 'NT'])).toBe('NT');
  });
});

describe('sample rate on hand-computed samples', () => {
  it('NA on some pages only, NC on one page of many', () => {
    // 1.1: NA, C, C → C. 2.1: NA everywhere → NA. 3.2: C, C, NC → NC. 4.1: NT, C, NA → NT. 8.5: C, C, C → C.
    const pages = [
      page('a', { '1.1': 'NA', '2.1': 'NA', '3.2': 'C', '4.1': 'NT', '8.5': 'C' }),
      page('b', { '1.1': 'C', '2.1': 'NA', '3.2': 'C', '4.1': 'C', '8.5': 'C' }),
      page('c', { '1.1': 'C', '2.1': 'NA', '3.2': 'NC', '4.1': 'NA', '8.5': 'C' }),
    ];
    const agg = aggregateCriteria(pages, ['1.1', '2.1', '3.2', '4.1', '8.5']);
    expect(Object.fromEntries(Object.entries(agg).map(([k, v]) => [k, v.status]))).toEqual({ '1.1': 'C', '2.1': 'NA', '3.2': 'NC', '4.1': 'NT', '8.5': 'C' });
    expect(agg['3.2'].findings).toEqual([expect.objectContaining({ page: 'c' })]);
    const rate = sampleRate(agg, pages);
    // Global: 2 C / (2 C + 1 NC) = 66.6 %.
    expect(rate).toMatchObject({ C: 2, NC: 1, NA: 1, NT: 1, measured: 66.6 });
    // Pages: a = 2/2 = 100 %, b = 4/4 = 100 %, c = 2/3 = 66.67 % → mean 88.88… → 88.8 %.
    expect(rate.average).toBe(88.8);
  });
  it('no decided criterion at all: no rate (null), not 0 % and not 100 %', () => {
    const pages = [page('a', { '1.1': 'NT', '2.1': 'NA' })];
    const rate = sampleRate(aggregateCriteria(pages, ['1.1', '2.1']), pages);
    expect(rate).toMatchObject({ measured: null, average: null, C: 0, NC: 0, NA: 1, NT: 1 });
    expect(pageRate(pages[0].criteria).measured).toBeNull();
  });
  it('a criterion NT everywhere stays out of the rate', () => {
    const pages = [page('a', { '1.1': 'NT', '8.5': 'C' }), page('b', { '1.1': 'NT', '8.5': 'C' })];
    expect(sampleRate(aggregateCriteria(pages, ['1.1', '8.5']), pages)).toMatchObject({ measured: 100, NT: 1, C: 1 });
  });
  it('an empty sample (every page in error) gives no rate', () => {
    expect(sampleRate({}, [])).toMatchObject({ measured: null, average: null, C: 0, NC: 0, NA: 0, NT: 0 });
  });
  it('aggregates each test too', () => {
    const pages = [page('a', { '1.1': 'C' }), page('b', { '1.1': 'NC' })];
    expect(aggregateCriteria(pages, ['1.1'])['1.1'].tests).toEqual({ 'x.1': 'NC' });
  });
});

describe('process pages', () => {
  it('a criterion NC on one step is NC for every step of the process', () => {
    const pages = [page('step1', { '11.1': 'C', '8.5': 'C' }), page('step2', { '11.1': 'NC', '8.5': 'C' })];
    const p = applyProcess(pages);
    expect(p[0].criteria['11.1'].status).toBe('NC');
    expect(p[0].criteria['8.5'].status).toBe('C');
    // Per-page rates follow: step 1 is now 1/2.
    expect(pageRate(p[0].criteria).measured).toBe(50);
    // Without the process rule, the average differs.
    expect(sampleRate(aggregateCriteria(pages, ['11.1', '8.5']), pages).average).toBe(75);
    expect(sampleRate(aggregateCriteria(p, ['11.1', '8.5']), p).average).toBe(50);
  });
});

describe('bounds of the official rate (whatever a human decides on the NT criteria)', () => {
  const b = (C: number, NC: number, NT: number, NA = 0) => officialBounds({ C, NC, NT, NA });
  it('the demo: 5 C, 4 NC, 56 NT → floor 5/65, ceiling 61/65, both floored', () => {
    // 7.69… → 7.6 and 93.84… → 93.8: never rounded up.
    expect(b(5, 4, 56)).toEqual({ floor: 7.6, ceiling: 93.8 });
  });
  it('0 decided, some NT: anything from 0 % to 100 % (the measured rate is null)', () => {
    expect(b(0, 0, 3)).toEqual({ floor: 0, ceiling: 100 });
  });
  it('no C, NC or NT (every criterion NA, or nothing audited): null, not 0 % and not 100 %', () => {
    expect(b(0, 0, 0, 106)).toEqual({ floor: null, ceiling: null });
    expect(b(0, 0, 0)).toEqual({ floor: null, ceiling: null });
  });
  it('all NT: 0 % to 100 %', () => expect(b(0, 0, 106)).toEqual({ floor: 0, ceiling: 100 }));
  it('all NC: 0 % whatever a human does', () => expect(b(0, 7, 0)).toEqual({ floor: 0, ceiling: 0 }));
  it('all C: 100 % whatever a human does', () => expect(b(9, 0, 0)).toEqual({ floor: 100, ceiling: 100 }));
  it('the ceiling is floored: 999 of 1000 is 99.9, not 100', () => expect(b(998, 1, 1)).toEqual({ floor: 99.8, ceiling: 99.9 }));
  it('the measured rate always lies between the bounds', () => {
    for (let C = 0; C < 6; C++)
      for (let NC = 0; NC < 6; NC++)
        for (let NT = 0; NT < 6; NT++) {
          if (!C && !NC) continue;
          const r = sampleRate({ ...Object.fromEntries([...Array(C)].map((_, i) => [`c${i}`, c('C')])), ...Object.fromEntries([...Array(NC)].map((_, i) => [`n${i}`, c('NC')])), ...Object.fromEntries([...Array(NT)].map((_, i) => [`t${i}`, c('NT')])) }, []);
          expect(r.floor!, `${C} ${NC} ${NT}`).toBeLessThanOrEqual(r.measured!);
          expect(r.measured!, `${C} ${NC} ${NT}`).toBeLessThanOrEqual(r.ceiling!);
        }
  });
  it('per page and over the sample', () => {
    const pages = [page('a', { '1.1': 'C', '3.2': 'NT', '8.5': 'NA' }), page('b', { '1.1': 'C', '3.2': 'NC', '8.5': 'NT' })];
    expect(pageRate(pages[0].criteria)).toMatchObject({ measured: 100, floor: 50, ceiling: 100 });
    expect(pageRate(pages[1].criteria)).toMatchObject({ measured: 50, floor: 33.3, ceiling: 66.6 });
    // Sample: 1.1 C, 3.2 NC, 8.5 NT → 1/2 measured, between 1/3 and 2/3.
    expect(sampleRate(aggregateCriteria(pages, ['1.1', '3.2', '8.5']), pages)).toMatchObject({ measured: 50, floor: 33.3, ceiling: 66.6 });
  });
});

describe('reports of schemaVersion 1 (rate.global) are read in today\'s shape', () => {
  it('global → measured, page value → measured, bounds computed from the counts', () => {
    const old = {
      id: 'x',
      name: 'x',
      pages: [{ url: 'a', finalUrl: 'a', httpStatus: 200, error: null, title: null, criteria: {}, rate: { C: 1, NC: 1, NA: 0, NT: 2, value: 50 } }],
      criteria: {},
      rate: { C: 5, NC: 4, NA: 41, NT: 56, global: 55.5, average: 72.4 },
      declaration: null,
      verdict: null,
    } as unknown as ProcedureReport;
    const p = upgradeProcedure(old);
    expect(p.rate).toEqual({ C: 5, NC: 4, NA: 41, NT: 56, measured: 55.5, floor: 7.6, ceiling: 93.8, average: 72.4 });
    expect(p.rate).not.toHaveProperty('global');
    expect(p.pages[0].rate).toEqual({ C: 1, NC: 1, NA: 0, NT: 2, measured: 50, floor: 25, ceiling: 75 });
    // Today's shape is returned as is.
    expect(upgradeProcedure(p)).toBe(p);
  });
});
