/** sitemap.xml and sitemap indexes (fast-xml-parser), followed one level. */
import { XMLParser } from 'fast-xml-parser';
import type { Fetcher } from './types.js';

function sameOriginUrl(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
  processEntities: true,
  parseTagValue: false,
  trimValues: true,
});

export interface ParsedSitemap {
  /** Page URLs (`urlset`). */
  urls: string[];
  /** Child sitemaps (`sitemapindex`). */
  sitemaps: string[];
}

function locs(items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  return items
    .map((i) => (i && typeof i === 'object' ? (i as { loc?: unknown }).loc : undefined))
    .filter((l): l is string => typeof l === 'string' && l.trim() !== '')
    .map((l) => l.trim());
}

/** Never throws: anything that is not a sitemap gives empty lists. */
export function parseSitemap(xml: string): ParsedSitemap {
  try {
    const doc = parser.parse(xml) as Record<string, unknown>;
    const urlset = doc.urlset as { url?: unknown } | undefined;
    const index = doc.sitemapindex as { sitemap?: unknown } | undefined;
    return { urls: locs(urlset?.url), sitemaps: locs(index?.sitemap) };
  } catch {
    return { urls: [], sitemaps: [] };
  }
}

export interface SitemapOptions {
  /** Sitemap files read at most (the index and its children). Default 6. */
  maxFiles?: number;
  /** Page URLs kept at most. Default 500. */
  maxUrls?: number;
  /** When set, sitemap files elsewhere are not fetched (the crawl never leaves its origin). */
  origin?: string;
}

export interface SitemapResult {
  /** The first sitemap file that parsed (null when none). */
  read: string | null;
  urls: { url: string; sitemap: string }[];
  errors: { url: string; reason: string }[];
}

/**
 * Read `candidates` in order (`/sitemap.xml`, then robots.txt `Sitemap:` lines), following a
 * sitemap index one level. Files and URLs are capped.
 */
export async function loadSitemaps(candidates: string[], fetcher: Fetcher, opts: SitemapOptions = {}): Promise<SitemapResult> {
  const maxFiles = opts.maxFiles ?? 6;
  const maxUrls = opts.maxUrls ?? 500;
  const out: SitemapResult = { read: null, urls: [], errors: [] };
  const done = new Set<string>();
  const seenUrls = new Set<string>();
  let files = 0;

  const readOne = async (url: string): Promise<ParsedSitemap | null> => {
    if (done.has(url) || files >= maxFiles) return null;
    done.add(url);
    if (opts.origin && !sameOriginUrl(url, opts.origin)) {
      out.errors.push({ url, reason: 'sitemap on another origin' });
      return null;
    }
    files++;
    const res = await fetcher(url);
    if ('error' in res) {
      out.errors.push({ url, reason: res.error });
      return null;
    }
    if (res.status >= 400) return null; // no sitemap there: not worth reporting
    const parsed = parseSitemap(res.body);
    if (!parsed.urls.length && !parsed.sitemaps.length) return null;
    out.read ??= url;
    return parsed;
  };
  const addUrls = (urls: string[], sitemap: string): void => {
    for (const u of urls) {
      if (out.urls.length >= maxUrls) return;
      if (seenUrls.has(u)) continue;
      seenUrls.add(u);
      out.urls.push({ url: u, sitemap });
    }
  };

  for (const c of candidates) {
    const top = await readOne(c);
    if (!top) continue;
    addUrls(top.urls, c);
    // An index: its children, one level only (a child index's own children are not read).
    for (const child of top.sitemaps) {
      if (out.urls.length >= maxUrls || files >= maxFiles) break;
      const sub = await readOne(child);
      if (sub) addUrls(sub.urls, child);
    }
  }
  return out;
}
