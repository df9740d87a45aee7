/**
 * Pages kept open between audits. Opening a fresh context for every URL costs a new renderer
 * process and a fresh compile of axe-core and our checks (about half a second of CPU a page).
 * A pooled page is navigated from URL to URL instead: same-site pages keep their renderer, and
 * the in-page script, installed once per context as an init script, is compiled from V8's cache.
 *
 * What a page may leave behind is wiped before the next one (cookies, web storage, window.name),
 * so that results never depend on which pages happened to share a slot. A page that failed,
 * timed out or crashed is never reused: its context is closed. Every `maxUses` pages the context
 * is replaced, which bounds what a long batch can accumulate in one renderer.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';
import type { GatherOptions, StorageState } from '../model/config.js';
import { closeContext } from './guard.js';

export interface Lease {
  context: BrowserContext;
  page: Page;
  browser: Browser;
  /** Pooled leases go back to the pool; others are closed after one page. */
  pooled: boolean;
  uses: number;
  /** Site (scheme + registrable host) of the last page: pages of the same site keep their renderer. */
  site: string | null;
  /** Origins whose documents this page showed since the last cleaning. */
  origins: Set<string>;
  /** Made with ignoreHTTPSErrors: serves only the pages that ask for it. */
  insecure: boolean;
  cdp?: CDPSession;
}

export interface PoolOptions {
  /** Installed in every pooled context (runs at document start, in every frame). */
  initScript?: string;
  /** Pages a context serves before it is replaced. */
  maxUses?: number;
  /** A full garbage collection of the renderer every this many pages (0: never). */
  gcEvery?: number;
}

/** Scheme + host without its first label when it has 3 or more (close enough to a site for affinity). */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    const labels = u.hostname.split('.');
    const host = /^[\d.]+$|:/.test(u.hostname) || labels.length < 3 ? u.hostname : labels.slice(-2).join('.');
    return `${u.protocol}//${host}`;
  } catch {
    return null;
  }
}

const BLOCKABLE: Record<string, string[]> = {
  media: ['mp4', 'webm', 'ogv', 'ogg', 'mp3', 'wav', 'm4a', 'aac', 'flac', 'mov', 'avi', 'mkv'],
  font: ['woff', 'woff2', 'ttf', 'otf', 'eot'],
};
const blockedExtensions = (kinds: string[]) => kinds.flatMap((k) => BLOCKABLE[k] ?? []);
/** URLs of the blocked kinds, by extension. */
export function blockPattern(kinds: string[]): RegExp | null {
  const exts = blockedExtensions(kinds);
  return exts.length ? new RegExp(`\\.(${exts.join('|')})([?#]|$)`, 'i') : null;
}

/**
 * Fail the requests of the blocked kinds, in the tab's renderer. Not with `context.route()`: a
 * route makes Playwright send every request of the page through Node and turn the HTTP cache off,
 * so each page of a pooled tab fetched again the styles, scripts and images the pages before it
 * had (all checks on 40 bench pages: ~4 % of the wall time; more with network latency). Here the
 * protocol pauses only URLs ending like a blocked extension (coarse wildcard patterns, then the
 * exact expression decides) and the cache stays on. Frames of another site run in their own
 * process and are not covered: their media are fetched (bandwidth only, no result depends on a
 * media's bytes).
 */
export async function blockRequests(cdp: CDPSession, kinds: string[]): Promise<void> {
  const re = blockPattern(kinds);
  if (!re) return;
  const exts = blockedExtensions(kinds);
  cdp.on('Fetch.requestPaused', (e: { requestId: string; request: { url: string } }) => {
    const call = re.test(e.request.url)
      ? cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'BlockedByClient' })
      : cdp.send('Fetch.continueRequest', { requestId: e.requestId });
    call.catch(() => undefined); // the page went away meanwhile
  });
  await cdp.send('Fetch.enable', { patterns: exts.flatMap((x) => [`*.${x}*`, `*.${x.toUpperCase()}*`].map((urlPattern) => ({ urlPattern, requestStage: 'Request' as const }))) });
}

export async function newContext(browser: Browser, opts: GatherOptions, storageState?: string | StorageState): Promise<BrowserContext> {
  const ctx = await browser.newContext({
    viewport: opts.viewport,
    userAgent: opts.userAgent,
    serviceWorkers: 'block',
    storageState,
    locale: 'fr-FR',
    acceptDownloads: false,
    ignoreHTTPSErrors: opts.ignoreHttpsErrors,
  });
  return ctx;
}

const CLEAN_PAGE = `(() => { try { sessionStorage.clear(); } catch (e) {} try { localStorage.clear(); } catch (e) {} try { window.name = ''; } catch (e) {} })()`;

/** The tab's own protocol session, attached once per tab (pool cleaning, gatherers). */
export async function leaseSession(lease: Lease): Promise<CDPSession> {
  lease.cdp ??= await lease.context.newCDPSession(lease.page);
  return lease.cdp;
}

export class PagePool {
  private idle: Lease[] = [];
  private readonly maxUses: number;
  private readonly gcEvery: number;
  readonly stats = { created: 0, reused: 0 };

  constructor(private readonly options: PoolOptions = {}) {
    // 50: a renderer's memory is flat over 50 pages (gcEvery, bench --memory), and a new context
    // costs its renderer ~0.5 s of CPU (process start, compile of axe-core and our checks): 10 ms a
    // page over 50 pages, 34 ms over 15. Throughput grew with the pages per context (RESULTS.md).
    this.maxUses = options.maxUses ?? Number(process.env.RGAA_AUDIT_PAGES_PER_TAB || 50);
    this.gcEvery = options.gcEvery ?? Number(process.env.RGAA_AUDIT_GC_EVERY ?? 5);
  }

  /**
   * A page ready for `url`: an idle pooled page of this browser (same site first), else a new one.
   * With a storage state (pages behind a login), always a fresh context of its own.
   */
  async acquire(browser: Browser, url: string, opts: GatherOptions): Promise<Lease> {
    if (opts.storageState) return this.create(browser, opts, false);
    this.idle = this.idle.filter((l) => {
      if (l.browser === browser && !l.page.isClosed()) return true;
      void l.context.close().catch(() => undefined);
      return false;
    });
    const site = siteOf(url);
    const insecure = !!opts.ignoreHttpsErrors;
    let i = this.idle.findIndex((l) => l.site === site && l.insecure === insecure);
    if (i < 0) i = this.idle.findIndex((l) => l.insecure === insecure);
    if (i >= 0) {
      const [l] = this.idle.splice(i, 1);
      this.stats.reused++;
      return l;
    }
    return this.create(browser, opts, true);
  }

  private async create(browser: Browser, opts: GatherOptions, pooled: boolean): Promise<Lease> {
    const context = await newContext(browser, opts, pooled ? undefined : opts.storageState);
    try {
      if (this.options.initScript) await context.addInitScript(this.options.initScript);
      const page = await context.newPage();
      const lease: Lease = { context, page, browser, pooled, uses: 0, site: null, origins: new Set(), insecure: !!opts.ignoreHttpsErrors };
      if (opts.block.length) await blockRequests(await leaseSession(lease), opts.block);
      // A "leave this page?" prompt must not keep the tab on the last page; other dialogs are dismissed.
      page.on('dialog', (d) => void (d.type() === 'beforeunload' ? d.accept() : d.dismiss()).catch(() => undefined));
      page.on('framenavigated', (f) => {
        if (f === page.mainFrame()) {
          try {
            const o = new URL(f.url()).origin;
            if (o !== 'null') lease.origins.add(o);
          } catch {
            /* about:blank, data: … */
          }
        }
      });
      this.stats.created++;
      return lease;
    } catch (e) {
      await closeContext(context);
      throw e;
    }
  }

  /**
   * Give a page back. `healthy` is false after a timeout, a crash or any failure of the page
   * itself: the context is closed. A healthy page is cleaned (cookies, storage) and kept.
   */
  async release(lease: Lease, healthy: boolean, url: string): Promise<void> {
    lease.uses++;
    lease.site = siteOf(url);
    if (!lease.pooled || !healthy || lease.uses >= this.maxUses || !lease.browser.isConnected() || lease.page.isClosed()) {
      await closeContext(lease.context);
      return;
    }
    try {
      // Windows the last page opened (popups) would count as opened by the next one.
      await Promise.all(lease.context.pages().filter((p) => p !== lease.page).map((p) => p.close()));
      const cdp = await leaseSession(lease);
      const origins = [...lease.origins];
      lease.origins.clear();
      await Promise.all([
        // V8 does not collect the documents a reused renderer showed before until it needs room:
        // the renderer grows by 5–25 MB a page although nothing holds them (after a full
        // collection it is back to its size after the first page; bench --memory). A full
        // collection while the tab waits keeps a context's memory flat; it costs about 0.5 s of
        // renderer CPU (the protocol's collection is exhaustive), hence every few pages only.
        this.gcEvery > 0 && lease.uses % this.gcEvery === 0 ? cdp.send('HeapProfiler.collectGarbage') : undefined,
        lease.context.clearCookies(),
        lease.page.evaluate(CLEAN_PAGE),
        ...origins.map((origin) =>
          cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'local_storage,indexeddb,cache_storage,websql,file_systems,shared_storage,storage_buckets' }),
        ),
      ]);
      this.idle.push(lease);
    } catch {
      await closeContext(lease.context);
    }
  }

  /** Close every idle page (the browser closes the leased ones). */
  async close(): Promise<void> {
    const idle = this.idle;
    this.idle = [];
    await Promise.all(idle.map((l) => closeContext(l.context)));
  }
}
