/**
 * Small text helpers shared by the judge stage and the sampler.
 *
 * `fold` is length-preserving (one UTF-16 unit in, one out) so that a match found in the
 * folded text can be cut out of the original text at the same indices.
 */

/** Zero-width characters and soft hyphens, removed before anything else. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Removes invisible characters, collapses every run of whitespace (nbsp, narrow nbsp, line breaks…) to one space, trims. */
export function cleanSpaces(s: string): string {
  return s.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

const APOSTROPHES = /['\u2019\u2018\u02bc\u2032\u0060\u00b4]/;
const DASHES = /[\u2010-\u2015\u2212\u00ad]/;

function foldChar(c: string): string {
  if (c.length !== 1) return c;
  const code = c.charCodeAt(0);
  if (code < 0x80) return c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
  if (/\s/.test(c)) return ' ';
  if (APOSTROPHES.test(c)) return "'";
  if (DASHES.test(c)) return '-';
  if (c === '\u00ab' || c === '\u00bb' || c === '\u201c' || c === '\u201d') return '"';
  const base = c.normalize('NFKD').replace(/\p{M}/gu, '');
  if (base.length === 1) {
    const lower = base.toLowerCase();
    return lower.length === 1 ? lower : base;
  }
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/**
 * Lower-case, strip diacritics (é → e, ᵉ → e), turn every apostrophe into `'`, every dash
 * into `-`, French/English quotes into `"` and every whitespace character into a space.
 * The result has exactly the same length as the input.
 */
export function fold(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldChar(s[i]);
  return out;
}

/** `cleanSpaces` then `fold`: the form in which the judge searches text. */
export function foldClean(s: string): string {
  return fold(cleanSpaces(s));
}
