import { describe, it, expect } from 'vitest';
import type { Mention } from '../../src/judge/mention.js';
import { formatRate, type Reason } from '../../src/model/reasons.js';
import { contradictions, receivable, validity, verdict, type VerdictInput } from '../../src/judge/verdict.js';
import { makeDecl } from './decl.js';
import type { Declaration } from '../../src/model/declaration.js';

const decl = makeDecl;
const texts = (rs: Reason[]) => rs.map((r) => r.text);
const mention = (state: Mention['state'], page = 'https://x.gouv.fr/'): Mention => ({
  state,
  text: `Accessibilité : ${state} conforme`,
  page,
  href: null,
});

describe('validity', () => {
  it('is valid less than 3 years after the reference date', () => {
    expect(validity(decl(), '2025-06-01')).toEqual({
      valid: true,
      referenceDate: '2024-03-12',
      basis: 'established',
      expiresOn: '2027-03-12',
      notes: [],
      mode: 'observatory',
      rgaa: null,
      auditExpiresOn: null,
      reason: {
        id: 'declarationValid',
        params: { url: 'https://x.gouv.fr/accessibilite', date: '2024-03-12', expires: '2027-03-12', basis: 'established' },
        text: 'Declaration found at https://x.gouv.fr/accessibilite dated 2024-03-12, valid until 2027-03-12',
      },
    });
  });
  it('is valid the day before 3 years, invalid exactly at 3 years', () => {
    expect(validity(decl(), '2027-03-11').valid).toBe(true);
    expect(validity(decl(), '2027-03-12').valid).toBe(false);
    expect(validity(decl(), '2027-03-12').reason.text).toContain('expired on 2027-03-12');
  });
  it('takes the most recent of establishment, update and audit dates', () => {
    const v = validity(decl({ establishedOn: '2020-01-01', updatedOn: '2023-05-02', auditDate: '2022-01-01' }), '2025-06-01');
    expect(v.referenceDate).toBe('2023-05-02');
    expect(v.expiresOn).toBe('2026-05-02');
    expect(v.valid).toBe(true);
    expect(validity(decl({ establishedOn: null, auditDate: '2024-01-01' }), '2025-01-01').referenceDate).toBe('2024-01-01');
  });
  it('accepts a date one day in the future, not two', () => {
    expect(validity(decl({ establishedOn: '2025-06-02' }), '2025-06-01').valid).toBe(true);
    const v = validity(decl({ establishedOn: '2025-06-03' }), '2025-06-01');
    expect(v.valid).toBe(false);
    expect(v.reason.text).toContain('later than');
  });
  it('is invalid without a date or without a declaration', () => {
    const undated = validity(decl({ establishedOn: null }), '2025-06-01');
    expect(undated).toMatchObject({ valid: false, referenceDate: null, expiresOn: null });
    expect(undated.reason.text).toContain('no date');
    expect(validity(null, '2025-06-01')).toMatchObject({ valid: false, reason: { id: 'noDeclaration', text: 'No accessibility declaration was found' } });
  });
  it('handles 29 February', () => {
    const v = validity(decl({ establishedOn: '2024-02-29' }), '2027-02-27');
    expect(v.expiresOn).toBe('2027-02-28');
    expect(v.valid).toBe(true);
    expect(validity(decl({ establishedOn: '2024-02-29' }), '2027-02-28').valid).toBe(false);
  });
  it('rejects a malformed asOf', () => {
    expect(() => validity(decl(), '01/06/2025')).toThrow(RangeError);
  });
});

describe('receivable (2023)', () => {
  it('is receivable with level, contact, rate and a valid date', () => {
    expect(receivable(decl(), '2025-06-01')).toEqual({ receivable: true, missing: [] });
  });
  it('lists what is missing', () => {
    expect(receivable(decl({ state: null, contact: null, rate: null, establishedOn: '2019-01-01' }), '2025-06-01')).toEqual({
      receivable: false,
      missing: ['state', 'contact', 'rate', 'validity'],
    });
    expect(receivable(decl({ contact: { email: null, formUrl: 'https://x.gouv.fr/contact' } }), '2025-06-01').receivable).toBe(true);
    expect(receivable(decl({ contact: { email: null, formUrl: null } }), '2025-06-01').missing).toEqual(['contact']);
    expect(receivable(null, '2025-06-01').receivable).toBe(false);
  });
});

describe('verdict 2020', () => {
  const base = (over: Partial<Declaration> = {}, rest: Partial<VerdictInput> = {}): VerdictInput => ({
    declaration: decl(over),
    asOf: '2025-06-01',
    method: '2020',
    rateSource: 'declared',
    measuredRate: null,
    ...rest,
  });
  it.each([
    [100, 'Oui'],
    [75, 'Oui'],
    [74.99, 'Partiel'],
    [50, 'Partiel'],
    [0, 'Partiel'],
  ] as const)('valid declaration, declared rate %s → %s', (rate, value) => {
    const v = verdict(base({ rate }));
    expect(v.value).toBe(value);
    expect(v.rateUsed).toBe(rate);
    expect(v.method).toBe('2020');
  });
  it('valid declaration without a rate → Partiel', () => {
    const v = verdict(base({ rate: null }));
    expect(v.value).toBe('Partiel');
    expect(texts(v.reasons)).toContain('The declaration shows no global conformance rate');
  });
  it('no declaration, an expired one or an undated one → Non, whatever the rate', () => {
    expect(verdict(base({}, { declaration: null })).value).toBe('Non');
    expect(verdict(base({ rate: 100, establishedOn: '2020-01-01' })).value).toBe('Non');
    expect(verdict(base({ rate: 100, establishedOn: null })).value).toBe('Non');
  });
  it('uses the measured rate when asked', () => {
    const v = verdict(base({ rate: 100 }, { rateSource: 'measured', measuredRate: 72.3 }));
    expect(v).toMatchObject({ value: 'Partiel', rateUsed: 72.3, rateSource: 'measured' });
    expect(texts(v.reasons)).toContain('Measured rate 72.3 % is below 75 %');
    expect(verdict(base({ rate: 10 }, { rateSource: 'measured', measuredRate: 75 })).value).toBe('Oui');
  });
  it('explains itself', () => {
    const v = verdict(base());
    expect(texts(v.reasons)).toEqual([
      'Declaration found at https://x.gouv.fr/accessibilite dated 2024-03-12, valid until 2027-03-12',
      'Declared rate 67.16 % is below 75 %',
      '2020 method: Partiel (Oui = valid declaration and rate of 75 % or more; Partiel = valid declaration only; Non = no valid declaration)',
    ]);
  });
});

describe('verdict 2023', () => {
  const base = (over: Partial<Declaration> = {}, rest: Partial<VerdictInput> = {}): VerdictInput => ({
    declaration: decl(over),
    asOf: '2025-06-01',
    method: '2023',
    rateSource: 'declared',
    measuredRate: null,
    ...rest,
  });
  it.each([
    [100, 'Oui'],
    [99.99, 'Partiel'],
    [75, 'Partiel'],
    [50, 'Partiel'],
    [49.99, 'Non'],
    [0, 'Non'],
  ] as const)('receivable declaration, declared rate %s → %s', (rate, value) => {
    expect(verdict(base({ rate })).value).toBe(value);
  });
  it('a declaration that is not receivable → Non, even at 100 %', () => {
    const v = verdict(base({ rate: 100, contact: null }));
    expect(v.value).toBe('Non');
    expect(texts(v.reasons)).toContain('The declaration is not receivable: it lacks a contact means');
    expect(verdict(base({ rate: 100, state: null })).value).toBe('Non');
    expect(verdict(base({ rate: 100, establishedOn: '2021-01-01' })).value).toBe('Non');
    expect(verdict(base({ rate: null })).value).toBe('Non');
    expect(verdict(base({}, { declaration: null })).value).toBe('Non');
  });
  it('uses the measured rate when asked, the declaration still has to be receivable', () => {
    expect(verdict(base({ rate: 100 }, { rateSource: 'measured', measuredRate: 99.9 })).value).toBe('Partiel');
    expect(verdict(base({ rate: 40 }, { rateSource: 'measured', measuredRate: 100 })).value).toBe('Oui');
    expect(verdict(base({ rate: 100 }, { rateSource: 'measured', measuredRate: null })).value).toBe('Non');
    expect(verdict(base({ rate: null }, { rateSource: 'measured', measuredRate: 100 })).value).toBe('Non');
  });
  it('names the method and the rate in its reasons', () => {
    const v = verdict(base({ rate: 51.06 }));
    expect(v.method).toBe('2023');
    expect(texts(v.reasons)).toContain('Declared rate 51.06 % is at least 50 %');
    expect(v.reasons.at(-1)).toMatchObject({ id: 'conclusion', params: { method: '2023', value: 'Partiel' } });
    expect(v.reasons.at(-1)?.text).toMatch(/^2023 method: Partiel/);
  });
  it('gives reasons as ids with plain JSON parameters', () => {
    const v = verdict(base({ rate: 100 }));
    expect(v.reasons.map((r) => r.id)).toEqual(['declarationValid', 'sampleNotRead', 'receivable', 'rateFull', 'conclusion']);
    expect(JSON.parse(JSON.stringify(v.reasons))).toEqual(v.reasons);
  });
});

describe('contradictions', () => {
  const none = { mentions: [] as Mention[], measuredNC: null };
  it.each([
    ['totalement', 100, 0],
    ['totalement', 99.99, 1],
    ['partiellement', 50, 0],
    ['partiellement', 99.99, 0],
    ['partiellement', 49, 1],
    ['partiellement', 100, 1],
    ['non', 49.99, 0],
    ['non', 50, 1],
  ] as const)('declared %s at %s %% → %s', (state, rate, n) => {
    expect(contradictions({ declaration: decl({ state, rate }), ...none })).toHaveLength(n);
  });
  it('says what is wrong', () => {
    expect(texts(contradictions({ declaration: decl({ state: 'partiellement', rate: 49 }), ...none }))).toEqual([
      'The declaration says « partiellement conforme » (partially compliant) but shows a rate of 49 % (50 % to under 100 % expected)',
    ]);
  });
  it('flags mentions that disagree with each other and with the declaration', () => {
    const out = texts(contradictions({
      declaration: decl({ state: 'partiellement', rate: 60 }),
      mentions: [mention('partiellement'), mention('non', 'https://x.gouv.fr/demarche')],
      measuredNC: null,
    }));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/mentions disagree/);
    expect(out[1]).toContain('https://x.gouv.fr/demarche');
    expect(contradictions({ declaration: decl(), mentions: [mention('partiellement'), mention('partiellement')], measuredNC: null })).toEqual([]);
  });
  it('flags a full claim when the tool finds NC criteria', () => {
    const full = decl({ state: 'totalement', rate: 100 });
    expect(contradictions({ declaration: full, mentions: [], measuredNC: 0 })).toEqual([]);
    const out = texts(contradictions({ declaration: full, mentions: [], measuredNC: 3 }));
    expect(out).toEqual(['The declaration claims 100 % but the tool found 3 non-compliant criteria']);
    expect(contradictions({ declaration: null, mentions: [mention('totalement')], measuredNC: 1 })).toHaveLength(1);
  });
  it('flags a declared rate above (106 − NC) / 106', () => {
    // 10 NC → at most 90.56 %.
    expect(contradictions({ declaration: decl({ rate: 90.5 }), mentions: [], measuredNC: 10 })).toEqual([]);
    const out = texts(contradictions({ declaration: decl({ rate: 91 }), mentions: [], measuredNC: 10 }));
    expect(out).toEqual(['Declared rate 91 % is above the highest rate possible with 10 non-compliant criteria out of 106 (90.56 %)']);
    expect(contradictions({ declaration: decl({ rate: 91 }), mentions: [], measuredNC: 10, totalCriteria: 200 })).toEqual([]);
    expect(contradictions({ declaration: decl({ rate: 91 }), mentions: [], measuredNC: null })).toEqual([]);
  });
  it('finds nothing to say without a declaration nor mentions', () => {
    expect(contradictions({ declaration: null, mentions: [], measuredNC: 5 })).toEqual([]);
  });
});

describe('formatRate', () => {
  it('never rounds up', () => {
    expect(formatRate(99.999)).toBe('99.99 %');
    expect(formatRate(67.16)).toBe('67.16 %');
    expect(formatRate(100)).toBe('100 %');
  });
});
