/** URL helpers of the sample builder: normalisation, dedup keys, what is never followed. */

/** Resources that are not HTML pages: never fetched, never sampled. */
const NON_HTML_EXTENSIONS = new Set(
  [
    // documents
    'pdf', 'doc', 'docx', 'odt', 'rtf', 'xls', 'xlsx', 'ods', 'csv', 'ppt', 'pptx', 'odp', 'epub', 'txt',
    // archives and binaries
    'zip', 'rar', '7z', 'gz', 'tgz', 'tar', 'bz2', 'exe', 'msi', 'dmg', 'iso', 'apk',
    // images
    'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff',
    // media
    'mp3', 'mp4', 'm4a', 'm4v', 'webm', 'ogg', 'oga', 'ogv', 'wav', 'flac', 'avi', 'mov', 'mkv', 'wmv', 'vtt', 'srt',
    // data and assets
    'xml', 'json', 'rss', 'atom', 'ics', 'css', 'js', 'mjs', 'map', 'woff', 'woff2', 'ttf', 'otf', 'eot',
  ],
);

/** The extension of the URL's last path segment, lower-cased ('' when none). */
export function extensionOf(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
}

export function isNonHtmlResource(url: URL): boolean {
  return NON_HTML_EXTENSIONS.has(extensionOf(url));
}

/** Logout links: never followed (they would end a session, and they are not pages). */
const LOGOUT_URL = /(^|[/_.?&=-])(log-?out|sign-?out|logoff|deconnexion|deconnecter|se-deconnecter|disconnect|end-?session)([/_.?&=-]|$)/i;
const LOGOUT_TEXT = /\b(log ?out|sign ?out|log off|deconnexion|se deconnecter|deconnecter)\b/;

/** `text` is expected folded (lower case, no diacritics). */
export function isLogout(url: URL, foldedText = ''): boolean {
  let path = url.pathname + url.search;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep it encoded */
  }
  path = path.normalize('NFKD').replace(/\p{M}/gu, '');
  return LOGOUT_URL.test(path) || LOGOUT_TEXT.test(foldedText);
}

/** An absolute http(s) URL without its fragment, or null (mailto:, tel:, javascript:, data:, malformed…). */
export function resolveHref(href: string, base: string): URL | null {
  const h = href.trim();
  if (!h || h.startsWith('#')) return null;
  let u: URL;
  try {
    u = new URL(h, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  return u;
}

/** The URL as sampled: fragment stripped. */
export function cleanUrl(url: string | URL): string {
  const u = new URL(String(url));
  u.hash = '';
  return u.href;
}

/**
 * Dedup key: no fragment, query parameters sorted (same query in another order is the same
 * page), empty query dropped. Host case and default ports are already normalised by URL.
 */
export function urlKey(url: string | URL): string {
  const u = new URL(String(url));
  u.hash = '';
  if ([...u.searchParams.keys()].length) u.searchParams.sort();
  else u.search = ''; // also drops a lone '?'
  return u.href;
}

export function originOf(url: string): string {
  return new URL(url).origin;
}

export function sameOrigin(a: string | URL, origin: string): boolean {
  return new URL(String(a)).origin === origin;
}
