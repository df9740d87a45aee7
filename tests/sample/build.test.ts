import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSample, type SampleResult } from '../../src/sample/index.js';
import { closedPort, localFetcher, serveSite, type TestSite } from './site.js';

let site: TestSite;
let O: string;
const UA = 'rgaa-audit/0.1 (tests)';

beforeAll(async () => {
  site = await serveSite('mairie');
  O = site.url;
});
afterAll(() => site.close());
beforeEach(() => site.reset());

const paths = (r: SampleResult): string[] => r.pages.map((p) => new URL(p.url).pathname + new URL(p.url).search);
const byReason = (r: SampleResult, reason: string) => r.pages.filter((p) => p.reason === reason);

describe('buildSample on fixtures/sites/mairie', () => {
  it('puts the start page first, then the home page and one page per typical type, with their reasons', async () => {
    const r = await buildSample([`${O}/demarches/carte-grise`], { userAgent: UA }, localFetcher());
    expect(r.pages).toHaveLength(10);
    expect(r.pages[0]).toEqual({ url: `${O}/demarches/carte-grise`, reason: 'start' });
    expect(r.pages[1]).toMatchObject({ url: `${O}/`, reason: 'home', detail: 'origin root' });
    const typical = r.pages.slice(2, 9).map((p) => [p.reason, new URL(p.url).pathname]);
    expect(typical).toEqual([
      ['contact', '/contact'],
      ['legal', '/mentions-legales'],
      ['accessibility', '/accessibilite'],
      ['sitemap-page', '/plan-du-site'],
      ['help', '/aide'],
      ['login', '/connexion'],
      ['search', '/recherche'],
    ]);
    expect(r.pages[2].detail).toBe(`link « Nous contacter » on ${O}/`);
    expect(r.pages[4].detail).toContain('« Accessibilité : partiellement conforme »');
    expect(r.pages[8].url).toBe(`${O}/recherche?q=accessibilit%C3%A9`);
    expect(r.pages[8].detail).toMatch(/^search form \(GET q=accessibilité\) on /);
    // The rest: at least 10 % random pages, each saying where it was found.
    expect(r.pages[9].reason).toBe('random');
    expect(r.pages[9].detail).toMatch(/^seed 1, drawn among \d+ candidates; (link « .* » on .*, depth \d|listed in .*\.xml)$/);
    expect(r.robots).toBe('respected');
    expect(r.sitemap).toBe(`${O}/sitemap.xml`);
    for (const p of r.pages) expect(p.reason).toBeTruthy();
  });

  it('never fetches PDF, logout, mailto, tel or javascript links, nor another origin', async () => {
    const fetcher = localFetcher();
    await buildSample([`${O}/`], { userAgent: UA, maxPages: 100, depth: 3 }, fetcher);
    const reqs = site.requests;
    expect(reqs.length).toBeGreaterThan(10);
    expect(reqs.some((r) => r.includes('.pdf'))).toBe(false);
    expect(reqs.some((r) => r.includes('deconnexion'))).toBe(false);
    expect(reqs.some((r) => /mailto|tel:|javascript|@/.test(r))).toBe(false);
    // localFetcher throws on anything but 127.0.0.1; nothing was asked of it either.
    expect(fetcher.urls.every((u) => new URL(u).hostname === '127.0.0.1')).toBe(true);
    // Every page fetched at most once; the same query in another order is the same page.
    const pages = site.pageRequests();
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages.filter((p) => p.startsWith('/actualites?'))).toHaveLength(1);
  });

  it('covers the whole site with a large cap, fragments stripped, duplicates removed', async () => {
    const r = await buildSample([`${O}/`], { userAgent: UA, maxPages: 100, depth: 3 }, localFetcher());
    const p = paths(r);
    expect(new Set(p).size).toBe(p.length);
    expect(p).toContain('/demarches/carte-grise');
    expect(p.some((x) => x.includes('#'))).toBe(false);
    expect(p).not.toContain('/deconnexion');
    expect(p.some((x) => x.endsWith('.pdf'))).toBe(false);
    // The start page is the home page: no separate 'home' entry.
    expect(byReason(r, 'home')).toHaveLength(0);
    expect(r.pages[0]).toEqual({ url: `${O}/`, reason: 'start' });
  });

  it('respects the depth bound', async () => {
    const d1 = await buildSample([`${O}/`], { userAgent: UA, maxPages: 100, depth: 1 }, localFetcher());
    expect(paths(d1)).toContain('/guide');
    expect(paths(d1)).not.toContain('/guide/etape-2');
    expect(site.requests.some((r) => r.startsWith('/guide/'))).toBe(false);
    // Pages two hops away are not crawled at depth 1 (sitemap pages apart).
    expect(paths(d1)).not.toContain('/actualites/fete-du-village');

    site.reset();
    const d2 = await buildSample([`${O}/`], { userAgent: UA, maxPages: 100, depth: 2 }, localFetcher());
    expect(paths(d2)).toContain('/guide/etape-2');
    expect(paths(d2)).not.toContain('/guide/etape-3');
    expect(site.requests).not.toContain('/guide/etape-3');
    const e2 = d2.pages.find((p) => p.url === `${O}/guide/etape-2`)!;
    expect(e2.detail).toContain(`on ${O}/guide, depth 2`);

    const d0 = await buildSample([`${O}/demarches/carte-grise`], { userAgent: UA, maxPages: 100, depth: 0 }, localFetcher());
    // No crawl: start, home, typical pages (found on the start and home pages) and sitemap pages only.
    expect(byReason(d0, 'crawl')).toHaveLength(0);
    expect(d0.pages.every((p) => ['start', 'home', 'contact', 'legal', 'accessibility', 'sitemap-page', 'help', 'login', 'search', 'sitemap', 'random'].includes(p.reason))).toBe(true);
  });

  it('respects maxPages and bounds the fetches', async () => {
    for (const maxPages of [1, 3, 5, 8]) {
      site.reset();
      const r = await buildSample([`${O}/demarches/carte-grise`], { userAgent: UA, maxPages }, localFetcher());
      expect(r.pages).toHaveLength(maxPages);
      expect(r.pages[0].reason).toBe('start');
      expect(site.pageRequests().length).toBeLessThanOrEqual(maxPages * 5);
    }
    const r = await buildSample([`${O}/`], { userAgent: UA, maxPages: 3, maxFetches: 4, depth: 5 }, localFetcher());
    expect(r.pages.length).toBeLessThanOrEqual(3);
  });

  it('keeps start and extra pages beyond the cap, and adds nothing else then', async () => {
    const starts = ['/demarches/carte-grise', '/demarches/carte-grise/formulaire', '/demarches'].map((p) => O + p);
    const r = await buildSample(starts, { userAgent: UA, maxPages: 2, extraPages: [`${O}/actualites`, starts[0]] }, localFetcher());
    expect(r.pages.map((p) => p.reason)).toEqual(['start', 'start', 'start', 'extra']);
    expect(r.pages.map((p) => p.url)).toEqual([...starts, `${O}/actualites`]);
    expect(r.skipped).toContainEqual({ url: `${O}/`, reason: 'maxPages (2) reached before this home page' });

    // One slot left: the random page takes it (the random share comes before the typical pages).
    const one = await buildSample(starts.slice(0, 2), { userAgent: UA, maxPages: 3 }, localFetcher());
    expect(one.pages.map((p) => p.reason)).toEqual(['start', 'start', 'random']);
  });

  it('makes random pages at least 10 % of the sample', async () => {
    for (const maxPages of [5, 10, 12, 20]) {
      const r = await buildSample([`${O}/demarches/carte-grise`], { userAgent: UA, maxPages }, localFetcher());
      const random = byReason(r, 'random').length;
      expect(random).toBeGreaterThanOrEqual(Math.ceil(0.1 * maxPages));
      expect(random / r.pages.length).toBeGreaterThanOrEqual(0.1);
    }
    const none = await buildSample([`${O}/demarches/carte-grise`], { userAgent: UA, randomShare: 0 }, localFetcher());
    expect(byReason(none, 'random')).toHaveLength(0);
  });

  it('is reproducible: the same seed gives the same sample, other seeds other random pages', async () => {
    const run = (seed: number) => buildSample([`${O}/`], { userAgent: UA, seed, maxPages: 6 }, localFetcher());
    const a = await run(1);
    const b = await run(1);
    expect(b).toEqual(a);
    const picks = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const r = await run(seed);
      expect(byReason(r, 'random')).toHaveLength(1);
      picks.add(byReason(r, 'random')[0].url);
    }
    expect(picks.size).toBeGreaterThan(1);
  });

  it('skips pages disallowed by robots.txt by default, and samples them with respectRobots false', async () => {
    const r = await buildSample([`${O}/`], { userAgent: UA, maxPages: 100 }, localFetcher());
    expect(r.robots).toBe('respected');
    expect(paths(r)).not.toContain('/prive/espace-agents');
    expect(r.skipped).toContainEqual({ url: `${O}/prive/espace-agents`, reason: 'robots.txt' });
    expect(r.skipped).toContainEqual({ url: `${O}/prive/rapport`, reason: 'robots.txt' });
    expect(site.requests.some((x) => x.startsWith('/prive/'))).toBe(false);

    const ignored = await buildSample([`${O}/`], { userAgent: UA, maxPages: 100, respectRobots: false }, localFetcher());
    expect(ignored.robots).toBe('ignored');
    expect(paths(ignored)).toContain('/prive/espace-agents');
    expect(ignored.skipped.some((s) => s.reason === 'robots.txt')).toBe(false);
  });

  it('skips a start page disallowed by robots.txt unless respectRobots is false', async () => {
    const start = `${O}/prive/espace-agents`;
    const r = await buildSample([start, `${O}/demarches`], { userAgent: UA }, localFetcher());
    expect(r.pages.some((p) => p.url === start)).toBe(false);
    expect(r.skipped).toContainEqual({ url: start, reason: 'robots.txt' });
    expect(r.pages[0]).toEqual({ url: `${O}/demarches`, reason: 'start' });

    const kept = await buildSample([start], { userAgent: UA, respectRobots: false }, localFetcher());
    expect(kept.pages[0]).toEqual({ url: start, reason: 'start', detail: 'disallowed by robots.txt (ignored)' });
  });

  it('matches robots.txt groups by the product token of the user agent', async () => {
    const r = await buildSample([`${O}/demarches`], { userAgent: 'BadBot/2.0' }, localFetcher());
    expect(r.pages).toHaveLength(0);
    expect(r.skipped).toContainEqual({ url: `${O}/demarches`, reason: 'robots.txt' });
  });

  it('finds pages listed only in the sitemaps (index followed, robots.txt Sitemap: lines read)', async () => {
    const r = await buildSample([`${O}/`], { userAgent: UA, maxPages: 100 }, localFetcher());
    for (const path of ['/archives/bulletin-2019', '/archives/conseil-2018']) {
      const page = r.pages.find((p) => p.url === O + path);
      expect(page, path).toBeDefined();
      expect(['sitemap', 'random']).toContain(page!.reason);
      expect(page!.detail).toMatch(/listed in .*sitemap-(pages|archives)\.xml$/);
    }
    expect(r.sitemap).toBe(`${O}/sitemap.xml`);
    expect(site.requests).toEqual(expect.arrayContaining(['/robots.txt', '/sitemap.xml', '/sitemap-pages.xml', '/sitemap-archives.xml']));
    // Off-origin and non-HTML sitemap entries are ignored.
    expect(r.pages.some((p) => p.url.includes('example.invalid'))).toBe(false);
  });

  it('does not abort on a 404 or a refused connection', async () => {
    const port = await closedPort();
    const dead = `http://127.0.0.1:${port}/demarche`;
    const r = await buildSample([dead, `${O}/`], { userAgent: UA, maxPages: 100 }, localFetcher());
    expect(r.pages[0].url).toBe(dead);
    expect(r.pages[0].reason).toBe('start');
    expect(r.pages[0].detail).toMatch(/^fetch failed: /);
    expect(r.pages[1]).toEqual({ url: `${O}/`, reason: 'start' });
    expect(r.skipped).toContainEqual({ url: `${O}/ancienne-page`, reason: 'HTTP 404' });
    expect(paths(r)).not.toContain('/ancienne-page');
    expect(r.skipped.some((s) => s.url === `http://127.0.0.1:${port}/`)).toBe(true);
    expect(r.pages.length).toBeGreaterThan(15);
  });

  it('keeps a 404 start page (the user asked for it) and says why', async () => {
    const r = await buildSample([`${O}/nulle-part`], { userAgent: UA, maxPages: 4 }, localFetcher());
    expect(r.pages[0]).toEqual({ url: `${O}/nulle-part`, reason: 'start', detail: 'HTTP 404' });
    expect(r.pages[1].reason).toBe('home');
    expect(r.pages).toHaveLength(4);
  });

  it('says "none" when the site has no robots.txt', async () => {
    const fetcher = localFetcher();
    const noRobots = (async (url: string) => (url.endsWith('/robots.txt') ? { url, finalUrl: url, status: 404, contentType: 'text/html', body: 'Not found' } : fetcher(url))) as typeof fetcher;
    const r = await buildSample([`${O}/`], { userAgent: UA, maxPages: 100 }, noRobots);
    expect(r.robots).toBe('none');
    expect(paths(r)).toContain('/prive/espace-agents');
  });

  it('gives each start URL its own origin: home, typical pages and crawl per origin, never across', async () => {
    const other = await serveSite('mairie');
    try {
      const P = other.url;
      const r = await buildSample([`${O}/demarches`, `${P}/contact`], { userAgent: UA, maxPages: 30 }, localFetcher());
      expect(r.pages.slice(0, 2)).toEqual([
        { url: `${O}/demarches`, reason: 'start' },
        { url: `${P}/contact`, reason: 'start' },
      ]);
      expect(byReason(r, 'home').map((p) => p.url)).toEqual([`${O}/`, `${P}/`]);
      // The contact page of P is a start page: only O gets a 'contact' page.
      expect(byReason(r, 'contact').map((p) => p.url)).toEqual([`${O}/contact`]);
      expect(byReason(r, 'legal').map((p) => p.url)).toEqual([`${O}/mentions-legales`, `${P}/mentions-legales`]);
      for (const p of r.pages.filter((x) => x.reason === 'crawl' || x.reason === 'sitemap' || x.reason === 'random')) {
        const origin = new URL(p.url).origin;
        expect(p.detail).toContain(origin);
      }
      expect(other.requests).toContain('/robots.txt');
    } finally {
      await other.close();
    }
  });
});
