/**
 * Dates as written in accessibility declarations: « 12 mars 2024 », « 1er août 2023 »,
 * « premier août 2023 », « 1 er août 2023 », « 02/03/2022 » (day first), « 2024-03-12 »,
 * English « 12 March 2024 » / « March 12, 2024 ». Results are `YYYY-MM-DD` calendar dates.
 * Month-year alone (« juin 2019 », « June 2019 », « 06/2019 ») is read only when asked, at month
 * precision: the date is then the first day of that month, the earliest it can be, so that a
 * validity counted from it is never longer than the real one.
 */
import { fold } from '../model/text.js';

/** Folded (lower case, no accent) month names and abbreviations → month number. */
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1, january: 1,
  fevrier: 2, fevr: 2, fev: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  avril: 4, avr: 4, april: 4, apr: 4,
  mai: 5, may: 5,
  juin: 6, june: 6, jun: 6,
  juillet: 7, juil: 7, july: 7, jul: 7,
  aout: 8, august: 8, aug: 8,
  septembre: 9, september: 9, sept: 9, sep: 9,
  octobre: 10, october: 10, oct: 10,
  novembre: 11, november: 11, nov: 11,
  decembre: 12, december: 12, dec: 12,
};

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** « 12 mars 2024 », « 1er août 2023 », « 1 er août », « premier août », « 1ᵉʳ août », « 12 March 2024 », « 1st of May 2024 ». */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\d\\w])(premier|\\d{1,2})(?:\\s*(?:er|ere|eme|e|st|nd|rd|th)(?![a-z]))?\\s*(?:of\\s+)?(${MONTH_ALT})(?![a-z])\\.?,?\\s*(\\d{4})(?!\\d)`,
  'g',
);
/** « March 12, 2024 », « March 1st 2024 ». */
const MONTH_DAY_YEAR = new RegExp(
  `(?<![a-z])(${MONTH_ALT})(?![a-z])\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])\\s*,?\\s*(\\d{4})(?!\\d)`,
  'g',
);
/** Full month names only: an abbreviation alone (« mar », « sept ») is too often another word. */
const FULL_MONTHS = [
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
/** « juin 2019 », « June 2019 ». */
const MONTH_YEAR = new RegExp(`(?<![a-z\\d])(${FULL_MONTHS.sort((a, b) => b.length - a.length).join('|')})(?![a-z])\\.?,?\\s+(\\d{4})(?!\\d)`, 'g');
/** « 06/2019 », « 6-2019 ». */
const NUMERIC_MY = /(?<![\d/.-])(\d{1,2})\s?[/.-]\s?(\d{4})(?![\d/-])(?!\.\d)/g;

/** « 02/03/2022 », « 2/3/2022 », « 02.03.2022 », « 02-03-2022 »: day first. */
const NUMERIC_DMY = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})(?!\d)/g;
/** « 2024-03-12 », also at the start of a timestamp. */
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** `YYYY-MM-DD` for a real calendar date (years 1900–2199), else null: 31/02 is rejected. */
export function toIsoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True for a well-formed `YYYY-MM-DD` that is a real date. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && toIsoDate(+m[1], +m[2], +m[3]) === s;
}

export interface FoundDate {
  /** `YYYY-MM-DD` */
  date: string;
  /** Index of the first character of the date in the searched text. */
  index: number;
  /** Length of the matched text. */
  length: number;
  /** The text as written. */
  raw: string;
  /** 'month' when only the month and year are written: `date` is then the first of that month. */
  precision: 'day' | 'month';
}

/**
 * Every valid date written in `text`, in order of appearance (overlapping readings dropped: a
 * full date wins over the month and year inside it). Month-year dates only with `months`.
 */
export function findDates(text: string, opts: { months?: boolean } = {}): FoundDate[] {
  const folded = fold(text);
  const found: FoundDate[] = [];
  const push = (index: number, length: number, date: string | null, precision: FoundDate['precision'] = 'day') => {
    if (date) found.push({ date, index, length, raw: text.slice(index, index + length), precision });
  };
  if (opts.months) {
    for (const m of folded.matchAll(MONTH_YEAR)) push(m.index, m[0].length, toIsoDate(+m[2], MONTHS[m[1]], 1), 'month');
    for (const m of folded.matchAll(NUMERIC_MY)) push(m.index, m[0].length, toIsoDate(+m[2], +m[1], 1), 'month');
  }
  for (const m of folded.matchAll(DAY_MONTH_YEAR)) {
    const day = m[1] === 'premier' ? 1 : +m[1];
    push(m.index, m[0].length, toIsoDate(+m[3], MONTHS[m[2]], day));
  }
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) {
    push(m.index, m[0].length, toIsoDate(+m[3], MONTHS[m[1]], +m[2]));
  }
  for (const m of folded.matchAll(NUMERIC_DMY)) {
    push(m.index, m[0].length, toIsoDate(+m[4], +m[3], +m[1]));
  }
  for (const m of folded.matchAll(ISO)) {
    push(m.index, m[0].length, toIsoDate(+m[1], +m[2], +m[3]));
  }
  // At one index the longer reading wins; a day precision reading wins over a month one anywhere it overlaps.
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const days = found.filter((f) => f.precision === 'day');
  const overlapsDay = (f: FoundDate) => f.precision === 'month' && days.some((d) => d.index < f.index + f.length && f.index < d.index + d.length);
  for (let i = found.length - 1; i >= 0; i--) if (overlapsDay(found[i])) found.splice(i, 1);
  const out: FoundDate[] = [];
  let end = -1;
  for (const f of found) {
    if (f.index < end) continue;
    out.push(f);
    end = f.index + f.length;
  }
  return out;
}

/** The first valid date written in `text`, as `YYYY-MM-DD`, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.date ?? null;
}

function parts(iso: string): [number, number, number] {
  if (!isIsoDate(iso)) throw new RangeError(`Not a YYYY-MM-DD date: ${iso}`);
  return [+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10)];
}

/** Same day `years` later; 29 February becomes 28 February in a common year (the earlier reading). */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = parts(iso);
  const ny = y + years;
  return toIsoDate(ny, m, Math.min(d, daysInMonth(ny, m))) as string;
}

/** Same day `months` later; a day the month lacks becomes its last day (31 August + 1 month → 30 September). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return toIsoDate(ny, nm, Math.min(d, daysInMonth(ny, nm))) as string;
}

/** `days` calendar days later (negative: earlier), UTC. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / 86_400_000);
}
