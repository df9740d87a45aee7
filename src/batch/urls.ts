/** The page URLs an input may give: http and https (and `file:` when allowed), each refusal in a few words. */
import type { InputOptions } from '../model/config.js';

/** The schemes a page URL may have: http and https, and `file:` only when allowed. */
export function allowedScheme(protocol: string, o: InputOptions = {}): boolean {
  return protocol === 'http:' || protocol === 'https:' || (protocol === 'file:' && !!o.allowFileUrls);
}

/**
 * A host, with or without a port and a path, but no scheme: `localhost:8702`,
 * `www.example.fr/demarche`, `127.0.0.1:8080/form`. (`new URL` reads the first as the scheme
 * `localhost:` and refuses the second.)
 */
const NO_SCHEME = /^(localhost|\[[\d:a-f]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+)(:\d{1,5})?([/?#].*)?$/i;

/** `add http:// or https://` when the value is a host without a scheme, else null. */
export function missingSchemeHint(v: string): string | null {
  const s = v.trim();
  return NO_SCHEME.test(s) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? `add http:// or https:// (e.g. https://${s})` : null;
}

/** Why a URL is refused, in a few words (for the one-line error), or null when it is accepted. */
export function urlProblem(v: unknown, o: InputOptions = {}): string | null {
  if (typeof v !== 'string' || !v.trim()) return `not a valid http(s) URL: ${JSON.stringify(v ?? null)}`;
  const hint = missingSchemeHint(v);
  if (hint) return `not a valid http(s) URL: ${JSON.stringify(v)}: ${hint}`;
  let u: URL;
  try {
    u = new URL(v.trim());
  } catch {
    return `not a valid http(s) URL: ${JSON.stringify(v)}`;
  }
  if (allowedScheme(u.protocol, o)) return null;
  if (u.protocol === 'file:') return `file: URLs are refused unless --allow-file-urls is given: ${JSON.stringify(v)}`;
  return `not a valid http(s) URL: ${JSON.stringify(v)} (scheme ${u.protocol} refused; only http and https)`;
}

/** The URL, normalised, when it is accepted; else null. */
export function checkUrl(v: unknown, o: InputOptions = {}): string | null {
  return urlProblem(v, o) === null ? new URL((v as string).trim()).href : null;
}
