import { describe, it, expect } from 'vitest';
import { aggregateCriteria, applyProcess, floor1, pageRate, sampleRate, sampleStatus, type SamplePage } from '../../src/aggregate/rate.js';
import type { CriterionResult, Status } from '../../src/model/types.js';

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
    expect(rate).toMatchObject({ C: 2, NC: 1, NA: 1, NT: 1, global: 66.6 });
    // Pages: a = 2/2 = 100 %, b = 4/4 = 100 %, c = 2/3 = 66.67 % → mean 88.88… → 88.8 %.
    expect(rate.average).toBe(88.8);
  });
  it('no decided criterion at all: no rate (null), not 0 % and not 100 %', () => {
    const pages = [page('a', { '1.1': 'NT', '2.1': 'NA' })];
    const rate = sampleRate(aggregateCriteria(pages, ['1.1', '2.1']), pages);
    expect(rate).toMatchObject({ global: null, average: null, C: 0, NC: 0, NA: 1, NT: 1 });
    expect(pageRate(pages[0].criteria).value).toBeNull();
  });
  it('a criterion NT everywhere stays out of the rate', () => {
    const pages = [page('a', { '1.1': 'NT', '8.5': 'C' }), page('b', { '1.1': 'NT', '8.5': 'C' })];
    expect(sampleRate(aggregateCriteria(pages, ['1.1', '8.5']), pages)).toMatchObject({ global: 100, NT: 1, C: 1 });
  });
  it('an empty sample (every page in error) gives no rate', () => {
    expect(sampleRate({}, [])).toMatchObject({ global: null, average: null, C: 0, NC: 0, NA: 0, NT: 0 });
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
    expect(pageRate(p[0].criteria).value).toBe(50);
    // Without the process rule, the average differs.
    expect(sampleRate(aggregateCriteria(pages, ['11.1', '8.5']), pages).average).toBe(75);
    expect(sampleRate(aggregateCriteria(p, ['11.1', '8.5']), p).average).toBe(50);
  });
});
