/**
 * The navigation facts of a page (gathered in the page by ./navigation.page.ts) and what the checks
 * over the sample (12.1, 12.2, 12.4, 12.5) share. Pure: no DOM, no browser.
 */
import type { CheckNode, CheckResult, SamplePage } from '../define.js';
import type { MessageCatalogue, MessageParams, MessageRef } from '../../../model/message.js';
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
export function pageNode(url: string, messageId: string, params?: MessageParams): CheckNode {
  return { selector: 'body', snippet: `<!-- ${url} -->`, messageId, ...(params ? { params } : {}) };
}

/** Where a menu, a search or a link is, as the messages say it: their fragments are in PLACE_MESSAGES. */
const POS: Record<NavPlace['pos'], MessageRef> = {
  'before-main': { id: 'before-main' },
  'after-main': { id: 'after-main' },
  'in-main': { id: 'in-main' },
  'no-main': { id: 'no-main' },
};
const REGION: Record<string, MessageRef> = {
  banner: { id: 'region-banner' },
  contentinfo: { id: 'region-contentinfo' },
  main: { id: 'region-main' },
  aside: { id: 'region-aside' },
  other: { id: 'region-other' },
};
export const posRef = (pos: NavPlace['pos']): MessageRef => POS[pos];
export const regionRef = (region: string): MessageRef => REGION[region] ?? REGION.other;

/** The fragments of posRef and regionRef, for the meta of the checks that use them. */
export const PLACE_MESSAGES: MessageCatalogue = {
  'before-main': { en: 'before the main content', fr: 'avant le contenu principal' },
  'after-main': { en: 'after the main content', fr: 'après le contenu principal' },
  'in-main': { en: 'inside the main content', fr: 'dans le contenu principal' },
  'no-main': { en: 'in a page without main content', fr: 'dans une page sans contenu principal' },
  // English says « in the {region} », French names the place with its preposition.
  'region-banner': { en: 'header', fr: 'dans l’en-tête' },
  'region-contentinfo': { en: 'footer', fr: 'dans le pied de page' },
  'region-main': { en: 'main content', fr: 'dans le contenu principal' },
  'region-aside': { en: 'complementary zone', fr: 'dans la zone complémentaire' },
  'region-other': { en: 'body', fr: 'dans le corps de la page' },
};

/** The messages of accessConsistency, for the meta of the checks that use it. */
export const ACCESS_MESSAGES: MessageCatalogue = {
  ...PLACE_MESSAGES,
  sitemap: { en: 'the link to the site map', fr: 'le lien vers le plan du site' },
  search: { en: 'the site search', fr: 'le moteur de recherche du site' },
  'access-missing': {
    en: '{what} was not found on this page, while {n} other page(s) of the sample have it: check how it is reached here',
    fr: '{what} n’a pas été trouvé sur cette page, alors que {n} autre(s) page(s) de l’échantillon l’ont : vérifier comment on y accède ici',
  },
  'access-kind': { en: '{what} is {here} here but {there} on {url}', fr: '{what} est {here} ici mais {there} sur {url}' },
  'kind-field': { en: 'a form field', fr: 'un champ de formulaire' },
  'kind-control': { en: 'a button or link', fr: 'un bouton ou un lien' },
  'access-region': { en: '{what} is in the {here} here but in the {there} on {url}', fr: '{what} est {here} ici mais {there} sur {url}' },
  'access-pos': { en: '{what} comes {here} here but {there} on {url}', fr: '{what} est placé {here} ici mais {there} sur {url}' },
};

/** 12.4 / 12.5: the site map link or the search is reached the same way on every page. Pure. */
export function accessConsistency(pages: SamplePage[], what: 'sitemap' | 'search', tests: [string, string, string]): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  const navs = pages.map((p) => ({ url: p.url, f: navOf(p) }));
  const label: MessageRef = what === 'sitemap' ? { id: 'sitemap' } : { id: 'search' };
  const kind = (k: string): MessageRef => (k === 'field' ? { id: 'kind-field' } : { id: 'kind-control' });
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
      const d = pageNode(n.url, 'access-missing', { what: label, n: withIt.length });
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
        if (a !== b) t[0].doubts.push(pageNode(n.url, 'access-kind', { what: label, here: kind(a), there: kind(b), url: o.url }));
      }
      const known = ['banner', 'contentinfo', 'main', 'aside'];
      if (known.includes(mine.region) && known.includes(other.region) && mine.region !== other.region) {
        t[1].failures.push(pageNode(n.url, 'access-region', { what: label, here: regionRef(mine.region), there: regionRef(other.region), url: o.url }));
      }
      const sides = ['before-main', 'after-main', 'in-main'];
      if (sides.includes(mine.pos) && sides.includes(other.pos) && mine.pos !== other.pos) {
        t[2].failures.push(pageNode(n.url, 'access-pos', { what: label, here: posRef(mine.pos), there: posRef(other.pos), url: o.url }));
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

