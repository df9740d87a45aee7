import { STATUS_CODES } from 'node:http';
import type { Browser, CDPSession, Page } from 'playwright';
import { PagePool, leaseSession, type Lease } from './pool.js';
import { cleanUrl } from '../sample/url.js';
import type { GatherOptions } from '../model/config.js';
import { MISSING_ENTRY, type RawPage } from './inpage.js';
import { closeContext, evaluateStable, guardPage, loginWall, type PageGuard } from './guard.js';
import type { Pictures } from './screenshots.js';
import { NetworkQuiet } from './quiet.js';

export type { GatherOptions, StorageState } from '../model/config.js';


export const DEFAULT_GATHER: GatherOptions = {
  timeout: 30_000,
  settle: 3_000,
  viewport: { width: 1280, height: 800 },
  block: ['media'],
};

export interface GatheredPage<T = RawPage> {
  url: string;
  finalUrl: string | null;
  httpStatus: number | null;
  error: string | null;
  /** Seconds asked by a 429/503 Retry-After header. */
  retryAfter?: number;
  /**
   * The navigation was cut short (« interrupted by another navigation », or aborted) in a tab that
   * showed another page before: that page may have reloaded or redirected by itself after its
   * audit. AuditSession.gather tries the page again at once in another tab.
   */
  cutShort?: boolean;
  raw: T | null;
  timings: Record<string, number>;
  /** Dialogs the page opened (answered) and windows it opened (closed): see guard.ts. */
  dismissed?: { dialogs: string[]; popups: string[] };
}

/** What the pages of one procedure share while they are gathered. */
export interface ProcedureScope {
  /** The failing elements pictured so far (one picture per element and procedure). */
  pictures: Pictures;
}

/** Run extra work on the live page after the main evaluation (interactive checks). */
export type PageHook<T = RawPage> = (page: Page, raw: T, guard: PageGuard, cdp?: CDPSession, scope?: ProcedureScope) => Promise<void>;

class PageTimeout extends Error {}

/** A short, one-line reason for a failed page, without Playwright's call log. */
export function describeError(e: unknown, timeout: number): string {
  if (e instanceof PageTimeout) return `timeout: the page did not finish within ${Math.round(timeout / 1000)} s`;
  // « page.evaluate: Error: page not audited: … » (an error the in-page script throws on purpose) reads as its own text.
  const msg = String((e as Error)?.message ?? e).split('\n')[0].replace(/^page\.\w+: /, '').replace(/^Error: (?=page not audited: )/, '');
  const net = /net::(ERR_[A-Z_]+)/.exec(msg);
  if (net) {
    const code = net[1];
    const known: Record<string, string> = {
      ERR_NAME_NOT_RESOLVED: 'unreachable: the host name does not resolve',
      ERR_CONNECTION_REFUSED: 'unreachable: connection refused',
      ERR_CONNECTION_RESET: 'unreachable: connection reset',
      ERR_CONNECTION_CLOSED: 'unreachable: connection closed',
      ERR_ADDRESS_UNREACHABLE: 'unreachable: address unreachable',
      ERR_INTERNET_DISCONNECTED: 'unreachable: no network',
      ERR_TIMED_OUT: 'timeout: the connection timed out',
      ERR_TOO_MANY_REDIRECTS: 'too many redirects',
      ERR_ABORTED: 'navigation aborted (download or blocked)',
    };
    if (known[code]) return `${known[code]} (${code})`;
    if (/CERT|SSL/.test(code)) return `TLS error (${code})`;
    return `navigation failed (${code})`;
  }
  if (/Download is starting/.test(msg)) return 'download refused: the URL serves a file to download (Content-Disposition: attachment), not a page';
  if (/Target crashed|Page crashed/i.test(msg)) return 'renderer crashed: the process of the page died (out of memory or a browser fault)';
  if (/Timeout \d+ms exceeded/.test(msg)) return `timeout: the page did not load within ${Math.round(timeout / 1000)} s`;
  if (/Target (page, context or browser )?(has been )?closed|Browser closed|browser has disconnected/i.test(msg)) return `browser crashed or closed during the audit`;
  if (/Cannot navigate to invalid URL|invalid URL/i.test(msg)) return `invalid URL`;
  return msg.slice(0, 300);
}

/**
 * `next` differs from the tab's `current` URL only by its fragment: a navigation would stay in the
 * document. Compared as parsed URLs (the browser's `current` is normalised, a given `next` may not
 * be: `https://A.fr/form#x`).
 */
export function sameDocument(current: string, next: string): boolean {
  if (!next.includes('#') || current === 'about:blank') return false;
  try {
    return cleanUrl(current) === cleanUrl(next);
  } catch {
    return false; // not a URL: goto reports it
  }
}

/** The HTTP status of the page's document (Navigation Timing's responseStatus), null when unknown. */
export async function documentStatus(page: Page): Promise<number | null> {
  const s = await page
    .evaluate(`(() => { const e = performance.getEntriesByType('navigation')[0]; return e && e.responseStatus || 0; })()`)
    .catch(() => 0);
  return typeof s === 'number' && s > 0 ? s : null;
}

/** Feed the page's requests, and its end (closed, crashed), to `network`; gives the unsubscribe. */
function watchNetwork(page: Page, network: NetworkQuiet): () => void {
  page.on('request', network.started);
  page.on('requestfinished', network.ended);
  page.on('requestfailed', network.ended);
  page.on('close', network.interrupt);
  page.on('crash', network.interrupt);
  return () => {
    page.off('request', network.started);
    page.off('requestfinished', network.ended);
    page.off('requestfailed', network.ended);
    page.off('close', network.interrupt);
    page.off('crash', network.interrupt);
  };
}

/** The in-page script of a run: installed once per pooled context, or evaluated whole. */
export interface PageScript {
  /** The whole expression (axe-core, the page bundle and the call), evaluated as is when `call` cannot be used. */
  full: string;
  /** Installed at document start (defines a hidden entry point, runs nothing). */
  init?: string;
  /** Evaluated per page: calls the entry point, or returns MISSING_ENTRY. */
  call?: string;
  /**
   * `call` gives its result as one JSON string: Playwright's own transfer of an object walks it in
   * the page, checks every node of it in Node and builds it again, which for an audit's result
   * (hundreds of nodes) cost ~5 % of a page's CPU (bench/RESULTS.md, fifth pass). `full` does not:
   * it runs after the page's scripts, whose JSON.stringify it could not trust.
   */
  json?: boolean;
}

/**
 * Open one URL in a page of the pool (or a fresh context without one), wait until it settles,
 * evaluate the in-page script, run the hooks, give the page back. Never throws: failures come
 * back as `error`. A page that failed or timed out is closed with its context, never reused.
 * `scope`: what the pages of its procedure share, handed to each hook.
 */
export async function gatherPage<T = RawPage>(
  browser: Browser,
  url: string,
  script: string | PageScript,
  opts: GatherOptions,
  hooks: PageHook<T>[] = [],
  pool: PagePool = new PagePool(),
  scope?: ProcedureScope,
): Promise<GatheredPage<T>> {
  const t0 = performance.now();
  const s: PageScript = typeof script === 'string' ? { full: script } : script;
  const out: GatheredPage<T> = { url, finalUrl: null, httpStatus: null, error: null, raw: null, timings: {} };
  let lease: Lease | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stop: (e: Error) => void = () => undefined;
  // Ends the page early: its time budget, or a guard that decided (renderer crashed, page too large).
  const deadline = new Promise<never>((_, reject) => {
    stop = reject;
    timer = setTimeout(() => reject(new PageTimeout()), opts.timeout);
  });
  deadline.catch(() => undefined);
  // Everything, context creation included, runs inside the page's time budget: a browser that
  // goes away (crash, stop) must end this page in error, not leave it waiting.
  let closed = false;
  let healthy = false;
  let guard: PageGuard | undefined;
  try {
    const work = (async () => {
      const l = await pool.acquire(browser, url, opts);
      // The deadline passed while the page was being made: close it at once.
      if (closed) {
        await closeContext(l.context);
        return;
      }
      lease = l;
      const page = l.page;
      guard = guardPage(page, stop);
      page.setDefaultTimeout(opts.timeout);
      out.timings.open = Math.round(performance.now() - t0);
      const network = new NetworkQuiet();
      const unwatch = watchNetwork(page, network);
      try {
        // A pooled tab still showing this URL but for its fragment would only scroll the document
        // the audit before used: leave it first, so that the page gets a document of its own.
        if (sameDocument(page.url(), url)) await page.goto('about:blank', { timeout: opts.timeout });
        const resp = await page.goto(url, { waitUntil: 'load', timeout: opts.timeout });
        out.timings.load = Math.round(performance.now() - t0);
        out.finalUrl = page.url();
        // Playwright gives no response when it did not see the navigation's request: the status
        // is then the document's own, from its Navigation Timing entry.
        const status = resp ? resp.status() : await documentStatus(page);
        out.httpStatus = status;
        if (status !== null && status >= 400) {
          const text = resp ? resp.statusText() : (STATUS_CODES[status] ?? '');
          out.error = `HTTP ${status}${text ? ' ' + text : ''}`;
          const ra = resp?.headers()['retry-after'];
          if (ra) out.retryAfter = /^\d+$/.test(ra.trim()) ? Number(ra) : Math.max(0, (Date.parse(ra) - Date.now()) / 1000) || undefined;
          healthy = true;
          return;
        }
        out.error = await loginWall(page, url);
        if (out.error) {
          healthy = true;
          return;
        }
        // Settle: network quiet for 250 ms (requests started by scripts after load), capped.
        const settleStart = performance.now();
        await network.wait(250, opts.settle);
        // Then let pending DOM work (rendering after the last response) run to a quiet frame.
        await evaluateStable(page, 'new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
        out.timings.settle = Math.round(performance.now() - settleStart);
      } finally {
        unwatch();
      }
      const t1 = performance.now();
      let raw: unknown = s.call ? await evaluateStable(page, s.call) : MISSING_ENTRY;
      if (s.json && typeof raw === 'string' && raw !== MISSING_ENTRY) raw = JSON.parse(raw);
      // No entry point in this document (init scripts do not reach every kind of document, and a
      // page may delete it).
      if (raw === MISSING_ENTRY) raw = await evaluateStable(page, s.full);
      out.raw = raw as T;
      out.timings.evaluate = Math.round(performance.now() - t1);
      out.finalUrl = page.url();
      // The pooled tab's own protocol session, attached once per tab: the gatherers that talk to
      // the renderer directly (listeners, key presses) use it instead of attaching their own.
      const cdp = hooks.length && lease ? await leaseSession(lease).catch(() => undefined) : undefined;
      for (const hook of hooks) await hook(page, out.raw, guard!, cdp, scope);
      healthy = true;
    })();
    work.catch(() => undefined); // settled later than the deadline: its error is already reported
    await Promise.race([work, deadline]);
    if (guard?.reason) throw new Error(guard.reason); // crashed during the hooks, whose errors are per check
  } catch (e) {
    out.error = guard?.reason ?? describeError(e, opts.timeout);
    // In a tab that showed another page before, a navigation of that page's own (a reload or a
    // redirect on a timer, started after its audit) can cut ours short: perhaps not this page's
    // fault (GatheredPage.cutShort).
    if (!guard?.reason && lease && lease.uses > 0 && !out.finalUrl && /is interrupted by another navigation|net::ERR_ABORTED/.test(String((e as Error)?.message ?? e))) out.cutShort = true;
    out.raw = null;
    healthy = false;
  } finally {
    closed = true;
    clearTimeout(timer);
    guard?.dispose();
    if (guard?.dialogs.length || guard?.popups.length) out.dismissed = { dialogs: guard.dialogs, popups: guard.popups };
    const tr = performance.now();
    if (lease) await pool.release(lease, healthy, url);
    out.timings.release = Math.round(performance.now() - tr);
    out.timings.total = Math.round(performance.now() - t0);
  }
  return out;
}
