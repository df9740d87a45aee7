/** The sample builder's public types (RGAA « échantillon », see /work/shared/domain.md). */

/** A fetched response: bodies are read only for HTML, XML and plain text (robots.txt). */
export interface FetchOk {
  url: string;
  /** After redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  /** Empty for other content types; cut at the fetcher's size cap. */
  body: string;
  headers?: Record<string, string>;
}

/** A request that got no HTTP response (DNS, connection refused, timeout, bad URL…). */
export interface FetchError {
  url: string;
  error: string;
}

export type FetchResult = FetchOk | FetchError;

/** Injected so that tests use a local server and the tool uses `httpFetcher`. */
export type Fetcher = (url: string) => Promise<FetchResult>;

/** Why a page is in the sample. */
export type SampleReason =
  | 'start'
  | 'extra'
  | 'home'
  | 'contact'
  | 'legal'
  | 'accessibility'
  /** The « plan du site » HTML page. */
  | 'sitemap-page'
  | 'help'
  | 'login'
  | 'search'
  | 'crawl'
  /** Listed in sitemap.xml. */
  | 'sitemap'
  | 'random';

/** The typical pages, in the order they enter the sample. */
export type TypicalReason = 'contact' | 'legal' | 'accessibility' | 'sitemap-page' | 'help' | 'login' | 'search';
export const TYPICAL_REASONS: readonly TypicalReason[] = ['contact', 'legal', 'accessibility', 'sitemap-page', 'help', 'login', 'search'];

export interface SampleOptions {
  /** Cap on the sample (start and extra pages are always kept, even beyond it). Default 10. */
  maxPages: number;
  /** Link hops followed from the start pages. Default 2. */
  depth: number;
  /** Seed of the random pages: the same seed gives the same sample. Default 1. */
  seed: number;
  /** Default true. */
  respectRobots: boolean;
  /** Matched against robots.txt groups (by its product token, see `robotsToken`). */
  userAgent: string;
  /** Pages the user adds to the sample (reason 'extra'). */
  extraPages?: string[];
  /** Share of random pages in the sample. Default 0.1 (RGAA: at least 10 %). 0 disables them. */
  randomShare?: number;
  /** Page fetches allowed (robots.txt and sitemaps apart). Default 5 × max(maxPages, start + extra pages). */
  maxFetches?: number;
  /** Page fetches at once within a crawl level. Default 4. */
  concurrency?: number;
  /** URLs read from sitemap.xml files, per origin. Default 500. */
  maxSitemapUrls?: number;
}

export interface SamplePage {
  url: string;
  reason: SampleReason;
  /** What led to it: the link text and the page it was on, the sitemap, the seed… */
  detail?: string;
}

export interface SampleResult {
  pages: SamplePage[];
  /** URLs left out and why ('robots.txt', 'HTTP 404', 'not HTML (application/pdf)', …). */
  skipped: { url: string; reason: string }[];
  /** 'respected' when a robots.txt was read and applied, 'ignored' with respectRobots false, 'none' when no origin has one. */
  robots: 'respected' | 'ignored' | 'none';
  /** The first sitemap file read (null when none). */
  sitemap: string | null;
}

export const DEFAULT_SAMPLE_OPTIONS = {
  maxPages: 10,
  depth: 2,
  seed: 1,
  respectRobots: true,
  randomShare: 0.1,
} as const;
