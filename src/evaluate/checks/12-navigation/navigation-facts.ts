/**
 * The navigation facts of a page (gathered in the page by ./navigation.page.ts) and what the checks
 * over the sample (12.1, 12.2, 12.4, 12.5) share. Pure: no DOM, no browser.
 */
import type { CheckResult, RawNode, SamplePage } from '../define.js';
import { emptyResult } from '../define.js';

export interface NavPlace {
  /** Landmark region: banner, contentinfo, main, aside, nav or other. */
  region: string;
  /** Source order relative to the main content. */
  pos: 'before-main' | 'in-main' | 'after-main' | 'no-main';
  top: number;
  left: number;
  visible: boolean;
}

export interface NavMenu extends NavPlace {
  name: string;
  links: string[];
}

export interface NavFacts {
  path: string;
  isHome: boolean;
  menus: NavMenu[];
  /** Lists of 3 links or more outside the footer (menus without <nav>). */
  linkLists: number;
  search: (NavPlace & { kind: 'field' | 'control' }) | null;
  sitemap: (NavPlace & { text: string; href: string }) | null;
  /** Signs of a step in a process (a form with 2 fields or more, a step indicator). */
  process: boolean;
}

/** The navigation facts of a page, or null when they could not be gathered. */
export function navOf(p: { facts: Record<string, unknown> }): NavFacts | null {
  const f = p.facts.navigation as NavFacts | undefined;
  return f && Array.isArray(f.menus) ? f : null;
}

/** Evidence about a whole page (the checks over the sample point at pages, not elements). */
export function pageNode(url: string, message: string): RawNode {
  return { selector: 'body', snippet: `<!-- ${url} -->`, message };
}

export const POS: Record<string, string> = {
  'before-main': 'before the main content',
  'after-main': 'after the main content',
  'in-main': 'inside the main content',
  'no-main': 'in a page without main content',
};
export const REGION: Record<string, string> = { banner: 'header', contentinfo: 'footer', main: 'main content', aside: 'complementary zone', other: 'body' };

/** 12.4 / 12.5: the site map link or the search is reached the same way on every page. Pure. */
export function accessConsistency(pages: SamplePage[], what: 'sitemap' | 'search', tests: [string, string, string]): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  const navs = pages.map((p) => ({ url: p.url, f: navOf(p) }));
  const label = what === 'sitemap' ? 'the link to the site map' : 'the site search';
  const withIt = navs.filter((n) => n.f && n.f[what]);
  for (const n of navs) {
    const applicable = n.f && (n.f[what] || withIt.length > 0) ? 1 : 0;
    const t = tests.map(() => emptyResult(applicable));
    const r: CheckResult = { applicable, failures: [], doubts: [], byTest: { [tests[0]]: t[0], [tests[1]]: t[1], [tests[2]]: t[2] } };
    out[n.url] = r;
    if (!applicable || !n.f) continue;
    const mine = n.f[what];
    if (!mine) {
      // Absent here (or not recognised): neither the same functionality nor the same place.
      const d = pageNode(n.url, `${label} was not found on this page, while ${withIt.length} other page(s) of the sample have it: check how it is reached here`);
      for (const x of t) x.doubts.push(d);
      r.doubts = [d];
      continue;
    }
    for (const o of withIt) {
      if (o.url === n.url) continue;
      const other = o.f![what]!;
      if (what === 'search') {
        const a = (mine as { kind: string }).kind;
        const b = (other as { kind: string }).kind;
        if (a !== b) t[0].doubts.push(pageNode(n.url, `${label} is a ${a === 'field' ? 'form field' : 'button or link'} here but a ${b === 'field' ? 'form field' : 'button or link'} on ${o.url}`));
      }
      const known = ['banner', 'contentinfo', 'main', 'aside'];
      if (known.includes(mine.region) && known.includes(other.region) && mine.region !== other.region) {
        t[1].failures.push(pageNode(n.url, `${label} is in the ${REGION[mine.region]} here but in the ${REGION[other.region]} on ${o.url}`));
      }
      const sides = ['before-main', 'after-main', 'in-main'];
      if (sides.includes(mine.pos) && sides.includes(other.pos) && mine.pos !== other.pos) {
        t[2].failures.push(pageNode(n.url, `${label} comes ${POS[mine.pos]} here but ${POS[other.pos]} on ${o.url}`));
      }
    }
    for (const x of t) {
      x.failures = x.failures.slice(0, 10);
      x.doubts = x.doubts.slice(0, 10);
    }
    r.failures = t.flatMap((x) => x.failures);
    r.doubts = t.flatMap((x) => x.doubts);
  }
  return out;
}

