import { describe, it, expect } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  findDates,
  isIsoDate,
  parseDate,
  toIsoDate,
} from '../../src/judge/dates.js';

describe('parseDate', () => {
  it.each([
    ['12 mars 2024', '2024-03-12'],
    ['le 1er août 2023', '2023-08-01'],
    ['premier août 2023', '2023-08-01'],
    ['Premier Août 2023', '2023-08-01'],
    ['1 er août 2023', '2023-08-01'],
    ['1er\u00a0août\u00a02023', '2023-08-01'],
    ['1ᵉʳ août 2023', '2023-08-01'],
    ['1er aout 2023', '2023-08-01'],
    ['3 fevrier 2024', '2024-02-03'],
    ['3 février 2024', '2024-02-03'],
    ['10 decembre 2023', '2023-12-10'],
    ['10 DÉCEMBRE 2023', '2023-12-10'],
    ['5 sept. 2022', '2022-09-05'],
    ['28 Février 2023', '2023-02-28'],
    ['02/03/2022', '2022-03-02'],
    ['2/3/2022', '2022-03-02'],
    ['02.03.2022', '2022-03-02'],
    ['02-03-2022', '2022-03-02'],
    ['2024-03-12', '2024-03-12'],
    ['2024-03-12T10:00:00Z', '2024-03-12'],
    ['March 12, 2024', '2024-03-12'],
    ['12 March 2024', '2024-03-12'],
    ['1st of May 2024', '2024-05-01'],
    ['29 février 2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each([
    ['31/02/2024'],
    ['29 février 2023'],
    ['31 avril 2024'],
    ['2024-13-01'],
    ['2024-02-30'],
    ['00/01/2024'],
    ['mars 2024'],
    ['juin 2019'],
    ['12 mars'],
    ['le 12 mardi 2024'],
    ['version 4.1.2'],
    [''],
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads dd/mm, not mm/dd', () => {
    expect(parseDate('12/03/2024')).toBe('2024-03-12');
    expect(parseDate('03/12/2024')).toBe('2024-12-03');
    expect(parseDate('12/31/2024')).toBeNull();
  });
});

describe('findDates', () => {
  it('finds every date in order with its position', () => {
    const text = 'Établie le 12 mars 2024, mise à jour le 02/03/2025 puis le 2025-06-01.';
    const found = findDates(text);
    expect(found.map((f) => f.date)).toEqual(['2024-03-12', '2025-03-02', '2025-06-01']);
    expect(text.slice(found[0].index, found[0].index + found[0].length)).toBe(found[0].raw);
    expect(found[0].raw).toBe('12 mars 2024');
  });

  it('skips an impossible date and keeps the next one', () => {
    expect(findDates('le 31/02/2024 ou le 1er mars 2024').map((f) => f.date)).toEqual(['2024-03-01']);
  });
});

describe('date arithmetic', () => {
  it('toIsoDate validates', () => {
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toIsoDate(2100, 2, 29)).toBeNull();
    expect(toIsoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(toIsoDate(2024, 0, 1)).toBeNull();
  });
  it('isIsoDate', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
  });
  it('addYears keeps the day, and 29 February becomes 28 February', () => {
    expect(addYears('2024-03-12', 3)).toBe('2027-03-12');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
  it('addDays crosses months and years', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('daysBetween', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
  });
  it('throws on a malformed date', () => {
    expect(() => addYears('12/03/2024', 1)).toThrow(RangeError);
  });
});
