import { describe, it, expect } from 'vitest';
import { addMonths } from '../../src/judge/dates.js';
import { loadRgaaVersions, rgaaVersions, versionRule } from '../../src/judge/versions.js';
import { validity } from '../../src/judge/validity.js';
import { verdict } from '../../src/judge/verdict.js';
import { makeDecl } from './decl.js';

const decl = makeDecl;

describe('RGAA versions (rules/rgaa-versions.yaml)', () => {
  it('lists the versions in order with their publication dates and sources', () => {
    const v = loadRgaaVersions();
    expect(v.map((x) => x.version)).toEqual(['3', '4.0', '4.1', '4.1.1', '4.1.2']);
    expect(Object.fromEntries(v.map((x) => [x.version, x.published]))).toEqual({
      '3': '2015-04-29',
      '4.0': '2019-09-16',
      '4.1': '2021-02-18',
      '4.1.1': null,
      '4.1.2': '2023-04-18',
    });
    const dated = v.filter((x) => x.published).map((x) => x.published as string);
    expect(dated).toEqual([...dated].sort());
    for (const x of v) expect(x.source, x.version).toMatch(/^https:\/\//);
    expect(v.filter((x) => x.errata).map((x) => x.version)).toEqual(['4.1.1', '4.1.2']);
  });
  it('addMonths keeps the day, or the last day of a shorter month', () => {
    expect(addMonths('2019-09-16', 18)).toBe('2021-03-16');
    expect(addMonths('2021-08-31', 18)).toBe('2023-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
  it.each([
    ['3-2017', '4.0', '2021-03-16'],
    ['3', '4.0', '2021-03-16'],
    ['4.0', '4.1', '2022-08-18'],
    ['2.2', '3', '2016-10-29'],
  ])('a declaration on RGAA %s had to be redone after RGAA %s, by %s', (version, next, redoBy) => {
    expect(versionRule(version, '2025-06-01')).toMatchObject({ version, next, redoBy, lapsed: true });
    expect(versionRule(version, '2000-01-01')?.lapsed).toBe(false);
  });
  it('4.1 and its errata are current; « RGAA 4 » alone does not say which edition; unknown versions are not judged', () => {
    for (const v of ['4.1', '4.1.1', '4.1.2', '4', '5.0', 'x', null]) expect(versionRule(v, '2025-06-01'), String(v)).toBeNull();
    expect(rgaaVersions()).toBe(rgaaVersions());
  });
});

describe('validity: which date counts, and the rules each mode applies', () => {
  it('counts from the most recent date and names it; an update without a new audit is noted', () => {
    const v = validity(decl({ establishedOn: '2022-03-02', updatedOn: '2025-01-15', auditDate: '2021-11-20' }), '2025-06-01');
    expect(v).toMatchObject({ valid: true, referenceDate: '2025-01-15', basis: 'updated', expiresOn: '2028-01-15', auditExpiresOn: '2024-11-20' });
    expect(v.reason.text).toContain('(the date of its last update)');
    expect(v.notes.map((n) => n.id)).toEqual(['auditExpired', 'updatedWithoutAudit']);
    expect(v.notes[0].params).toMatchObject({ audit: '2021-11-20', expires: '2024-11-20', applied: false });
    expect(v.notes[1].text).toBe(
      "The declaration was updated on 2025-01-15 but its results rest on the audit of 2021-11-20: an update without a new audit does not renew the audit's validity",
    );
  });
  it('strict: an audit more than 3 years old makes the declaration not valid', () => {
    const d = decl({ establishedOn: '2022-03-02', updatedOn: '2025-01-15', auditDate: '2021-11-20' });
    const v = validity(d, '2025-06-01', 'strict');
    expect(v).toMatchObject({ valid: false, mode: 'strict', reason: { id: 'auditExpired', params: { applied: true } } });
    expect(v.notes.map((n) => n.id)).toEqual(['declarationValid', 'updatedWithoutAudit']);
    expect(validity(decl({ auditDate: '2024-01-10' }), '2025-06-01', 'strict').valid).toBe(true);
  });
  it('the 18-month rule: a warning by default, applied in strict mode', () => {
    const d = decl({ rgaaVersion: '4.0', establishedOn: '2022-01-10' });
    const obs = validity(d, '2023-06-01');
    expect(obs.valid).toBe(true);
    expect(obs.rgaa).toEqual({ version: '4.0', next: '4.1', published: '2021-02-18', redoBy: '2022-08-18', lapsed: true });
    expect(obs.notes[0]).toMatchObject({ id: 'rgaaSuperseded', params: { applied: false } });
    expect(obs.notes[0].text).toContain('--validity strict applies this rule');
    const strict = validity(d, '2023-06-01', 'strict');
    expect(strict).toMatchObject({ valid: false, reason: { id: 'rgaaSuperseded', params: { applied: true } } });
    // Before the 18 months are over the rule does not apply.
    expect(validity(d, '2022-08-17', 'strict').valid).toBe(true);
    expect(verdict({ declaration: d, asOf: '2023-06-01', method: '2020', rateSource: 'declared', measuredRate: null, validity: 'strict' }).value).toBe('Non');
    expect(verdict({ declaration: d, asOf: '2023-06-01', method: '2020', rateSource: 'declared', measuredRate: null }).value).toBe('Partiel');
  });
  it('an expired declaration needs no other rule', () => {
    const v = validity(decl({ rgaaVersion: '3-2017', establishedOn: '2019-09-12' }), '2025-06-01', 'strict');
    expect(v).toMatchObject({ valid: false, reason: { id: 'declarationExpired' }, notes: [] });
  });
  it('a date given by month only counts from the first of the month, and says so', () => {
    const d = decl({ establishedOn: null, auditDate: '2022-06-01', dateEvidence: { establishedOn: null, updatedOn: null, auditDate: { written: 'juin 2022', precision: 'month' } } });
    const v = validity(d, '2025-05-31');
    expect(v).toMatchObject({ valid: true, referenceDate: '2022-06-01', basis: 'audit', expiresOn: '2025-06-01' });
    expect(validity(d, '2025-06-01').valid).toBe(false);
    expect(v.notes).toEqual([expect.objectContaining({ id: 'monthPrecision', params: { field: 'auditDate', written: 'juin 2022', date: '2022-06-01' } })]);
  });
  it('the verdict gives the notes among its reasons', () => {
    const d = decl({ rgaaVersion: '4.0', establishedOn: '2022-01-10' });
    const v = verdict({ declaration: d, asOf: '2023-06-01', method: '2023', rateSource: 'declared', measuredRate: null });
    expect(v.reasons.map((r) => r.id)).toEqual(['declarationValid', 'rgaaSuperseded', 'sampleNotRead', 'receivable', 'rateAtLeast', 'rateBelow', 'conclusion']);
  });
});

describe('the 2023 method’s « À venir »', () => {
  const base = { asOf: '2025-06-01', rateSource: 'declared' as const, measuredRate: null };
  it('is « À venir », not « Non », when the site could not be reached and no declaration was found', () => {
    const v = verdict({ ...base, declaration: null, method: '2023', unreachable: { url: 'https://x.fr/', error: 'unreachable: connection refused (ERR_CONNECTION_REFUSED)' } });
    expect(v.value).toBe('À venir');
    expect(v.rateUsed).toBeNull();
    expect(v.reasons.map((r) => r.id)).toEqual(['siteUnreachable', 'conclusion']);
    expect(v.reasons[1].text).toMatch(/^2023 method: À venir/);
  });
  it('is « Non » when the site answered but has no declaration, and judged as usual when one was read', () => {
    expect(verdict({ ...base, declaration: null, method: '2023' }).value).toBe('Non');
    expect(verdict({ ...base, declaration: decl(), method: '2023', unreachable: { url: 'https://x.fr/', error: 'timeout' } }).value).toBe('Partiel');
  });
});
