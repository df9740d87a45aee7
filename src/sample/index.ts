/** The RGAA sample builder (issue 5 item 2). */
export { buildSample, resolveOptions } from './build.js';
export { httpFetcher, type HttpFetcherOptions } from './fetcher.js';
export { extractLinks, typesByText, typesByUrl, SEARCH_TERM, type PageLink, type SearchForm } from './links.js';
export { loadRobots, robotsToken, type RobotsRules } from './robots.js';
export { loadSitemaps, parseSitemap, type ParsedSitemap, type SitemapResult } from './sitemap.js';
export { randomQuota, seededPicker, type Picker } from './random.js';
export { isLogout, isNonHtmlResource, urlKey } from './url.js';
export * from './types.js';
