/** robots.txt, read with robots-parser. A missing or unreachable robots.txt allows everything. */
import robotsParserModule from 'robots-parser';
import type { Fetcher } from './types.js';

type RobotsParser = typeof robotsParserModule.default;
/** robots-parser is CommonJS (`module.exports = fn`) while its types declare a default export. */
const robotsParser: RobotsParser =
  (robotsParserModule as unknown as { default?: RobotsParser }).default ?? (robotsParserModule as unknown as RobotsParser);

export interface RobotsRules {
  /** The robots.txt URL, when one was read. */
  url: string | null;
  /** True when allowed (always true without a robots.txt). */
  allowed(url: string): boolean;
  /** `Sitemap:` lines. */
  sitemaps: string[];
}

/**
 * The product token robots.txt groups are matched against: `rgaa-audit` when the user agent
 * names it (a browser-like UA such as `Mozilla/5.0 … rgaa-audit/0.1` would otherwise match
 * `mozilla`), else the user agent's first token.
 */
export function robotsToken(userAgent: string): string {
  const m = /\brgaa-audit\b/i.exec(userAgent);
  if (m) return 'rgaa-audit';
  return (userAgent.trim().split(/[\s/]/)[0] || '*').toLowerCase();
}

export async function loadRobots(origin: string, userAgent: string, fetcher: Fetcher): Promise<RobotsRules> {
  const url = `${origin}/robots.txt`;
  const res = await fetcher(url);
  if ('error' in res || res.status >= 400 || !res.body) return { url: null, allowed: () => true, sitemaps: [] };
  // A robots.txt served as an HTML page (a catch-all route) holds no rules.
  const type = (res.contentType ?? '').toLowerCase();
  if (type.includes('html') && /<html|<!doctype/i.test(res.body)) return { url: null, allowed: () => true, sitemaps: [] };
  const robot = robotsParser(url, res.body);
  const token = robotsToken(userAgent);
  return {
    url,
    // undefined: the URL is outside this robots.txt's origin, which says nothing about it.
    allowed: (u) => robot.isAllowed(u, token) !== false,
    sitemaps: robot.getSitemaps(),
  };
}
