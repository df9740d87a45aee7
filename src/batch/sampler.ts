/** The sampler of a batch: the RGAA sample built from the start URLs (src/sample). */
import type { AuditOptions } from '../audit.js';
import { buildSample, httpFetcher } from '../sample/index.js';
import type { Sampler } from './run.js';

export interface CrawlOptions {
  maxPages: number;
  depth: number;
  seed: number;
  respectRobots: boolean;
  userAgent: string;
}

/**
 * Crawl with plain HTTP (cheap: no browser) from each procedure's start URLs; the extra pages are
 * always kept. Pages behind a login are not crawled (their sample is the given pages).
 */
export async function crawlSampler(opts: CrawlOptions, audit: AuditOptions): Promise<Sampler> {
  const fetcher = httpFetcher({ userAgent: opts.userAgent, timeoutMs: Math.min(audit.timeout, 15_000), perHost: audit.perHost ?? 2 });
  return async (spec) => {
    if (spec.login || spec.storageState) {
      const urls = [...new Set([...spec.urls, ...spec.pages])];
      return { urls, reasons: Object.fromEntries(urls.map((u) => [u, spec.urls.includes(u) ? 'start' : 'extra'])) };
    }
    const res = await buildSample(spec.urls, { ...opts, extraPages: spec.pages }, fetcher);
    const urls = res.pages.map((p) => p.url);
    const reasons = Object.fromEntries(res.pages.map((p) => [p.url, p.detail ? `${p.reason}: ${p.detail}` : p.reason]));
    return { urls, reasons, notes: res.skipped.map((s) => `${s.url}: ${s.reason}`) };
  };
}
