/** Parsing and validating command-line values: each bad value is one line naming the option. */
import { UsageError } from '../model/errors.js';
import { allowedScheme, missingSchemeHint } from '../batch/urls.js';
import { FILE_FORMATS, filesOnly } from '../report/formats.js';

/** `console` plus every file format. */
export const FORMATS: string[] = ['console', ...Object.keys(FILE_FORMATS)];
export type Format = string;

export function parseFormats(v: string): Format[] {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.length) throw new UsageError(`--format: give at least one of ${FORMATS.join(', ')}`);
  for (const f of list) if (!FORMATS.includes(f)) throw new UsageError(`--format: unknown format "${f}" (known: ${FORMATS.join(', ')})`);
  return [...new Set(list)];
}

/**
 * What stdout carries for these formats, and so where the summary line goes. Without --output,
 * stdout carries the console report or one file format, never several (they would be
 * concatenated, unreadable), nor a files-only format (ods, declaration): refused before the
 * audit, one line, exit 2. The summary line goes to
 * stderr when stdout carries a machine format, to stdout otherwise.
 */
export function stdoutPlan(formats: Format[], output: string | undefined): { stdout: Format | null; summary: 'stdout' | 'stderr' } {
  const files = formats.filter((f) => f !== 'console');
  const consoleToo = formats.includes('console');
  if (output || !files.length) return { stdout: consoleToo ? 'console' : null, summary: 'stdout' };
  const filesOnlyFormats = files.filter(filesOnly);
  if (filesOnlyFormats.length) throw new UsageError(`--format ${filesOnlyFormats.join(',')}: writes files only: give --output <folder>`);
  if (consoleToo) throw new UsageError(`--format ${files.join(',')}: give --output <path> to write it next to the console report`);
  if (files.length > 1) throw new UsageError(`--format ${files.join(',')}: several formats cannot share stdout; add --output <folder>`);
  return { stdout: files[0], summary: 'stderr' };
}

export function parseIntOption(name: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (v: string): number => {
    if (!/^\d+$/.test(v.trim())) throw new UsageError(`${name}: expected a whole number, got "${v}"`);
    const n = Number(v);
    if (n < min || n > max) throw new UsageError(`${name}: expected a number from ${min} to ${max}, got ${n}`);
    return n;
  };
}

export function parseThreshold(v: string): number {
  const n = Number(v.replace(',', '.'));
  if (!/^\s*\d+([.,]\d+)?\s*$/.test(v) || !(n >= 0 && n <= 100)) throw new UsageError(`--threshold: expected a percentage from 0 to 100, got "${v}"`);
  return n;
}

export function parseAsOf(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new UsageError(`--as-of: expected a date YYYY-MM-DD, got "${v}"`);
  return v;
}

export function parseChoice<T extends string>(name: string, choices: readonly T[]) {
  return (v: string): T => {
    if (!(choices as readonly string[]).includes(v)) throw new UsageError(`${name}: expected one of ${choices.join(', ')}, got "${v}"`);
    return v as T;
  };
}

/** A page URL of the command line: http or https; `file:` only with --allow-file-urls. */
export function parseUrl(v: string, allowFileUrls = false, what = 'URL'): string {
  const hint = missingSchemeHint(v);
  if (hint) throw new UsageError(`${what}: not a valid URL: "${v}": ${hint}`);
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new UsageError(`${what}: not a valid URL: "${v}" (give a full URL such as https://example.gouv.fr/page)`);
  }
  if (u.protocol === 'file:' && !allowFileUrls) throw new UsageError(`${what}: file: URLs are refused unless --allow-file-urls is given: "${v}"`);
  if (!allowedScheme(u.protocol, { allowFileUrls })) throw new UsageError(`${what}: unsupported URL scheme ${u.protocol} in "${v}" (only http and https)`);
  return u.href;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `90m`, `2h`, `45s` or milliseconds → an absolute deadline (ms since epoch). */
export function parseDuration(v: string): number {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(v.trim());
  if (!m) throw new UsageError(`--deadline: expected a duration such as 90m, 2h or 45s, got "${v}"`);
  const n = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[m[2] ?? 'ms'];
  return Date.now() + n;
}
