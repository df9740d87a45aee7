/**
 * The RGAA sample builder: from a procedure's start pages, the pages an audit should cover.
 *
 * Order of the result: start pages, extra pages, the home page of each origin, the typical
 * pages (contact, legal, accessibility, plan du site, help, login, search), random pages
 * (seeded), then the rest of the crawl and sitemap.xml in discovery order, up to maxPages.
 */
import pLimit from 'p-limit';
import { extractLinks, typesByText, typesByUrl, type PageLink, type SearchForm } from './links.js';
import { loadRobots, type RobotsRules } from './robots.js';
import { loadSitemaps } from './sitemap.js';
import { randomQuota, seededPicker } from './random.js';
import { isHtmlType } from './fetcher.js';
import { cleanUrl, isLogout, isNonHtmlResource, urlKey } from './url.js';
import {
  DEFAULT_SAMPLE_OPTIONS,
  TYPICAL_REASONS,
  type Fetcher,
  type SampleOptions,
  type SamplePage,
  type SampleResult,
  type TypicalReason,
} from './types.js';

/** A page fetched for its links or to check that it is a page. */
type PageFetch =
  | { ok: true; url: string; finalUrl: string; status: number; html: string }
  | { ok: false; url: string; reason: string; counted: boolean };

interface Candidate {
  url: string;
  key: string;
  origin: string;
  source: 'crawl' | 'sitemap';
  detail: string;
}

/** Typical page candidates tried per type and origin (a 404 or a robots.txt rule moves to the next). */
const TRIES_PER_TYPE = 3;

function quote(text: string): string {
  const t = text.length > 60 ? text.slice(0, 57) + '…' : text;
  return t ? `« ${t} »` : '(no text)';
}

function pathOf(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

export function resolveOptions(opts: Partial<SampleOptions>): SampleOptions & { randomShare: number; maxFetches: number; concurrency: number } {
  const maxPages = Math.max(1, Math.floor(opts.maxPages ?? DEFAULT_SAMPLE_OPTIONS.maxPages));
  return {
    maxPages,
    depth: Math.max(0, Math.floor(opts.depth ?? DEFAULT_SAMPLE_OPTIONS.depth)),
    seed: opts.seed ?? DEFAULT_SAMPLE_OPTIONS.seed,
    respectRobots: opts.respectRobots ?? DEFAULT_SAMPLE_OPTIONS.respectRobots,
    userAgent: opts.userAgent ?? 'rgaa-audit',
    extraPages: opts.extraPages ?? [],
    randomShare: Math.min(1, Math.max(0, opts.randomShare ?? DEFAULT_SAMPLE_OPTIONS.randomShare)),
    maxFetches: Math.max(0, Math.floor(opts.maxFetches ?? maxPages * 5)),
    concurrency: Math.max(1, Math.floor(opts.concurrency ?? 4)),
    ...(opts.maxSitemapUrls !== undefined ? { maxSitemapUrls: opts.maxSitemapUrls } : {}),
  };
}

/**
 * Build the sample. Never throws on network or HTTP errors: failed pages go to `skipped`
 * (a start page that fails is kept, with the failure as its detail, since the user asked for it).
 */
export async function buildSample(startUrls: string[], options: Partial<SampleOptions>, unsafeFetcher: Fetcher): Promise<SampleResult> {
  const o = resolveOptions(options);
  // An injected fetcher that throws is a failed fetch, never an aborted sample.
  const fetcher: Fetcher = async (url) => {
    try {
      return await unsafeFetcher(url);
    } catch (e) {
      return { url, error: String((e as Error)?.message ?? e) };
    }
  };
  const skipped: SampleResult['skipped'] = [];
  const skippedKeys = new Set<string>();
  const skip = (url: string, reason: string): void => {
    const k = (() => {
      try {
        return urlKey(url);
      } catch {
        return url;
      }
    })();
    if (skippedKeys.has(k)) return;
    skippedKeys.add(k);
    skipped.push({ url, reason });
  };

  // --- Inputs -------------------------------------------------------------------------------
  const parse = (list: string[]): URL[] => {
    const out: URL[] = [];
    const seen = new Set<string>();
    for (const raw of list) {
      let u: URL;
      try {
        u = new URL(raw.trim());
      } catch {
        skip(raw, 'invalid URL');
        continue;
      }
      if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        skip(raw, `unsupported scheme ${u.protocol}`);
        continue;
      }
      if (seen.has(u.href)) continue;
      seen.add(u.href);
      out.push(u);
    }
    return out;
  };
  const starts = parse(startUrls);
  const extras = parse(o.extraPages ?? []).filter((u) => !starts.some((s) => s.href === u.href));
  const origins = [...new Set(starts.map((u) => u.origin))];
  // The fetch bound grows with the pages always kept when they outnumber maxPages.
  if (options.maxFetches === undefined) o.maxFetches = 5 * Math.max(o.maxPages, starts.length + extras.length);

  // --- robots.txt, one per origin ------------------------------------------------------------
  const robotsByOrigin = new Map<string, Promise<RobotsRules>>();
  const robotsFor = (origin: string): Promise<RobotsRules> => {
    let r = robotsByOrigin.get(origin);
    if (!r) robotsByOrigin.set(origin, (r = loadRobots(origin, o.userAgent, fetcher)));
    return r;
  };
  const robotsList = await Promise.all([...new Set([...origins, ...extras.map((u) => u.origin)])].map(robotsFor));
  const robotsSync = new Map<string, RobotsRules>();
  for (const r of robotsList) if (r.url) robotsSync.set(new URL(r.url).origin, r);
  /** Robots verdict only (true without a robots.txt). */
  const robotsAllow = (url: string): boolean => robotsSync.get(new URL(url).origin)?.allowed(url) ?? true;
  const allowed = (url: string): boolean => !o.respectRobots || robotsAllow(url);
  const robots: SampleResult['robots'] = !o.respectRobots ? 'ignored' : robotsList.some((r) => r.url) ? 'respected' : 'none';

  // --- Page fetches (cached, bounded) --------------------------------------------------------
  const fetches = new Map<string, Promise<PageFetch>>();
  let used = 0;
  const budgetLeft = (): number => o.maxFetches - used;
  const fetchPage = (url: string, forced = false): Promise<PageFetch> => {
    const key = urlKey(url);
    const cached = fetches.get(key);
    if (cached) return cached;
    if (!forced && budgetLeft() <= 0) return Promise.resolve({ ok: false, url, reason: 'fetch budget exhausted', counted: false });
    used++;
    const p = (async (): Promise<PageFetch> => {
      const res = await fetcher(url);
      if ('error' in res) return { ok: false, url, reason: `fetch failed: ${res.error}`, counted: true };
      if (res.status >= 400) return { ok: false, url, reason: `HTTP ${res.status}`, counted: true };
      if (!isHtmlType(res.contentType)) return { ok: false, url, reason: `not HTML (${res.contentType?.split(';')[0] ?? 'no content type'})`, counted: true };
      return { ok: true, url, finalUrl: cleanUrl(res.finalUrl || url), status: res.status, html: res.body };
    })();
    fetches.set(key, p);
    void p.then((r) => {
      if (r.ok && !fetches.has(urlKey(r.finalUrl))) fetches.set(urlKey(r.finalUrl), p);
    });
    return p;
  };
  const parsed = new Map<string, { links: PageLink[]; forms: SearchForm[] }>();
  const linksOf = (f: PageFetch & { ok: true }): { links: PageLink[]; forms: SearchForm[] } => {
    let l = parsed.get(f.finalUrl);
    if (!l) parsed.set(f.finalUrl, (l = extractLinks(f.html, f.finalUrl)));
    return l;
  };

  // --- The sample as it grows ---------------------------------------------------------------
  const forced: SamplePage[] = [];
  const inSample = new Set<string>();
  const mark = (...urls: string[]): void => {
    for (const u of urls) inSample.add(urlKey(u));
  };

  // Sitemaps load while the start pages are fetched.
  const sitemapsP = Promise.all(
    origins.map(async (origin) => {
      const r = await robotsFor(origin);
      const candidates = [`${origin}/sitemap.xml`, ...r.sitemaps];
      return { origin, ...(await loadSitemaps([...new Set(candidates)], fetcher, { origin, maxUrls: o.maxSitemapUrls ?? 500 })) };
    }),
  );

  // --- Start and extra pages (always kept) ---------------------------------------------------
  const startFetches = new Map<string, PageFetch>();
  await Promise.all(
    starts.map(async (u) => {
      if (!robotsAllow(u.href) && o.respectRobots) return;
      startFetches.set(u.href, await fetchPage(u.href, true));
    }),
  );
  for (const u of starts) {
    if (!allowed(u.href)) {
      skip(u.href, 'robots.txt');
      continue;
    }
    const f = startFetches.get(u.href);
    const notes: string[] = [];
    if (!robotsAllow(u.href)) notes.push('disallowed by robots.txt (ignored)');
    if (f && !f.ok) notes.push(f.reason);
    forced.push({ url: u.href, reason: 'start', ...(notes.length ? { detail: notes.join('; ') } : {}) });
    mark(u.href);
    if (f?.ok) mark(f.finalUrl);
  }
  for (const u of extras) {
    if (!allowed(u.href)) {
      skip(u.href, 'robots.txt');
      continue;
    }
    forced.push({ url: u.href, reason: 'extra', ...(!robotsAllow(u.href) ? { detail: 'disallowed by robots.txt (ignored)' } : {}) });
    mark(u.href);
  }
  const startKeys = new Set(inSample);
  const startsOf = (origin: string): (PageFetch & { ok: true })[] =>
    starts
      .filter((u) => u.origin === origin)
      .map((u) => startFetches.get(u.href))
      .filter((f): f is PageFetch & { ok: true } => !!f && f.ok);

  // --- Home page of each origin (root, after redirects) --------------------------------------
  const priority: SamplePage[] = [];
  const homes = new Map<string, PageFetch & { ok: true }>();
  for (const origin of origins) {
    const root = `${origin}/`;
    if (!allowed(root)) {
      if (!inSample.has(urlKey(root))) skip(root, 'robots.txt');
      continue;
    }
    const f = await fetchPage(root, true);
    if (!f.ok) {
      if (!inSample.has(urlKey(root))) skip(root, f.reason);
      continue;
    }
    homes.set(origin, f);
    if (inSample.has(urlKey(root)) || inSample.has(urlKey(f.finalUrl))) continue;
    if (!allowed(f.finalUrl)) {
      skip(f.finalUrl, 'robots.txt');
      continue;
    }
    priority.push({ url: f.finalUrl, reason: 'home', detail: f.finalUrl === root ? 'origin root' : `origin root, redirected from ${root}` });
    mark(root, f.finalUrl);
  }

  // --- Typical pages, one per type and origin, from the start and home pages -----------------
  const sourcePages = (origin: string): (PageFetch & { ok: true })[] => {
    const list = startsOf(origin);
    const home = homes.get(origin);
    if (home && !list.some((p) => p.finalUrl === home.finalUrl)) list.push(home);
    return list;
  };
  const typicalFor = async (type: TypicalReason, origin: string): Promise<SamplePage | null> => {
    // A start or extra page that already is this type covers it.
    for (const p of [...starts, ...extras]) if (p.origin === origin && typesByUrl(p.href).includes(type)) return null;
    const byText: { url: string; detail: string; link: PageLink }[] = [];
    const byUrl: { url: string; detail: string; link: PageLink }[] = [];
    const forms: { url: string; detail: string; link?: PageLink }[] = [];
    for (const page of sourcePages(origin)) {
      const { links, forms: f } = linksOf(page);
      for (const link of links) {
        if (typesByText(link.text).includes(type)) byText.push({ url: link.url, link, detail: `link ${quote(link.text)} on ${page.finalUrl}` });
        else if (typesByUrl(link.url).includes(type)) byUrl.push({ url: link.url, link, detail: `URL ${pathOf(link.url)} (${quote(link.text)}) on ${page.finalUrl}` });
      }
      if (type === 'search') for (const form of f) forms.push({ url: form.url, detail: `${form.detail} on ${page.finalUrl}` });
    }
    const seen = new Set<string>();
    let tries = 0;
    for (const c of [...byText, ...byUrl, ...forms]) {
      const key = urlKey(c.url);
      if (seen.has(key)) continue;
      seen.add(key);
      if (startKeys.has(key) || priority.some((p) => p.reason === 'home' && urlKey(p.url) === key)) return null; // covered
      if (inSample.has(key)) continue; // taken by another type
      const link = c.link;
      if (link?.exclude === 'logout') continue;
      if (link?.exclude) {
        skip(c.url, `${type} link is not an HTML page`);
        continue;
      }
      if (new URL(c.url).origin !== origin) {
        skip(c.url, `${type} link on another origin`);
        continue;
      }
      if (!allowed(c.url)) {
        skip(c.url, 'robots.txt');
        continue;
      }
      if (++tries > TRIES_PER_TYPE) break;
      const f = await fetchPage(c.url);
      if (!f.ok) {
        if (f.counted) skip(c.url, f.reason);
        continue;
      }
      const fk = urlKey(f.finalUrl);
      if (startKeys.has(fk)) return null;
      if (inSample.has(fk)) continue;
      if (new URL(f.finalUrl).origin !== origin) {
        skip(c.url, `redirects to another origin (${f.finalUrl})`);
        continue;
      }
      if (!allowed(f.finalUrl)) {
        skip(f.finalUrl, 'robots.txt');
        continue;
      }
      mark(c.url, f.finalUrl);
      return { url: f.finalUrl, reason: type, detail: c.detail };
    }
    return null;
  };
  // Typical pages are looked for (and fetched) only while they can still enter the sample.
  const prioritySlots = o.maxPages - forced.length;
  for (const type of TYPICAL_REASONS) {
    for (const origin of origins) {
      if (priority.length >= prioritySlots) break;
      const page = await typicalFor(type, origin);
      if (page) priority.push(page);
    }
  }

  // --- Bounded same-origin crawl, breadth first from the start pages -------------------------
  // Pages already in the sample (home, typical pages) are crawled too; the pool skips them.
  const candidates: Candidate[] = [];
  const discovered = new Set<string>(startKeys);
  const crawlBudget = Math.max(0, o.maxFetches - o.maxPages); // the rest checks the pages picked
  const limit = pLimit(o.concurrency);
  type Node = { url: string; origin: string };
  let level: Node[] = starts.filter((u) => allowed(u.href)).map((u) => ({ url: u.href, origin: u.origin }));
  for (let d = 0; d < o.depth && level.length; d++) {
    // Which pages of the level get fetched is decided before fetching, in order: deterministic.
    const toFetch: Node[] = [];
    let planned = used;
    for (const n of level) {
      if (fetches.has(urlKey(n.url))) toFetch.push(n);
      else if (planned < crawlBudget) {
        planned++;
        toFetch.push(n);
      }
    }
    const results = await Promise.all(toFetch.map((n) => limit(async () => ({ n, f: await fetchPage(n.url, true) }))));
    const next: Node[] = [];
    const depth = d + 1;
    const add = (url: string, origin: string, detail: string): void => {
      const key = urlKey(url);
      if (discovered.has(key)) return;
      discovered.add(key);
      if (!allowed(url)) {
        skip(url, 'robots.txt');
        return;
      }
      candidates.push({ url, key, origin, source: 'crawl', detail });
      next.push({ url, origin });
    };
    for (const { n, f } of results) {
      if (!f.ok || new URL(f.finalUrl).origin !== n.origin) continue;
      for (const link of linksOf(f).links) {
        if (link.exclude) continue; // logout, PDF and other files, downloads: never followed
        if (new URL(link.url).origin !== n.origin) continue;
        add(link.url, n.origin, `link ${quote(link.text)} on ${f.finalUrl}, depth ${depth}`);
      }
    }
    // The home page is one hop from any page of its site, linked or not.
    if (d === 0) for (const [origin, home] of homes) add(home.finalUrl, origin, `origin root, depth 1`);
    level = next;
  }

  // --- sitemap.xml --------------------------------------------------------------------------
  const sitemaps = await sitemapsP;
  let sitemap: string | null = null;
  for (const s of sitemaps) {
    sitemap ??= s.read;
    for (const e of s.errors) skip(e.url, `sitemap: ${e.reason}`);
    for (const { url, sitemap: from } of s.urls) {
      let u: URL;
      try {
        u = new URL(url);
      } catch {
        continue;
      }
      u.hash = '';
      if (u.origin !== s.origin || isNonHtmlResource(u) || isLogout(u)) continue;
      const key = urlKey(u);
      if (discovered.has(key)) continue;
      discovered.add(key);
      if (!allowed(u.href)) {
        skip(u.href, 'robots.txt');
        continue;
      }
      candidates.push({ url: u.href, key, origin: s.origin, source: 'sitemap', detail: `listed in ${from}` });
    }
  }

  // --- Selection ----------------------------------------------------------------------------
  // Start and extra pages always; then home and typical pages, leaving room for the random
  // share; then random pages; then the rest (typical pages cut by the cap first, then the
  // crawl and the sitemap in discovery order).
  const pool = candidates.filter((c) => !inSample.has(c.key));
  const quota = pool.length ? randomQuota(o.maxPages, forced.length, o.randomShare) : 0;
  const room = Math.max(0, o.maxPages - forced.length - quota);
  const chosen = priority.slice(0, room);
  const cut = priority.slice(room);

  /** Check a candidate (fetch it unless the crawl did); the page to add, or null. */
  const check = async (c: Candidate): Promise<string | null> => {
    if (!fetches.has(c.key) && budgetLeft() <= 0) return null;
    const f = await fetchPage(c.url);
    if (!f.ok) {
      if (f.counted) skip(c.url, f.reason);
      return null;
    }
    const fk = urlKey(f.finalUrl);
    if (inSample.has(fk)) return null;
    if (new URL(f.finalUrl).origin !== c.origin) {
      skip(c.url, `redirects to another origin (${f.finalUrl})`);
      return null;
    }
    if (!allowed(f.finalUrl)) {
      skip(f.finalUrl, 'robots.txt');
      return null;
    }
    inSample.add(c.key);
    inSample.add(fk);
    return f.finalUrl;
  };

  const random: SamplePage[] = [];
  const picker = seededPicker(o.seed);
  const drawFrom = pool.length;
  while (random.length < quota && pool.length) {
    const [c] = pool.splice(picker.index(pool.length), 1);
    if (inSample.has(c.key)) continue;
    const url = await check(c);
    if (url) random.push({ url, reason: 'random', detail: `seed ${o.seed}, drawn among ${drawFrom} candidates; ${c.detail}` });
  }

  const rest: SamplePage[] = [];
  let left = o.maxPages - forced.length - chosen.length - random.length;
  for (const p of cut) {
    if (left > 0) {
      rest.push(p);
      left--;
    } else skip(p.url, `maxPages (${o.maxPages}) reached before this ${p.reason} page`);
  }
  for (const c of pool) {
    if (left <= 0) break;
    if (inSample.has(c.key)) continue;
    const url = await check(c);
    if (url) {
      rest.push({ url, reason: c.source, detail: c.detail });
      left--;
    }
  }

  return { pages: [...forced, ...chosen, ...random, ...rest], skipped, robots, sitemap };
}
