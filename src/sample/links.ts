/** Links and search forms of a page (cheerio, static HTML), and the typical pages they name. */
import * as cheerio from 'cheerio';
import { foldClean } from '../model/text.js';
import { isLogout, isNonHtmlResource, resolveHref } from './url.js';
import type { TypicalReason } from './types.js';

export interface PageLink {
  /** Absolute, without fragment. */
  url: string;
  /** Visible text, else aria-label, title or image alt; cleaned. */
  text: string;
  /** Why it must not be followed, if so. */
  exclude?: 'logout' | 'non-html' | 'download';
}

export interface SearchForm {
  /** The GET results URL with a query, or the action URL of a POST form. */
  url: string;
  detail: string;
}

const SEARCH_NAMES = /^(q|qs|query|s|search|searchtext|search_api_fulltext|keys|keywords?|recherche|rech|motcle|mots?-?cles?|term|terms|texte?|text)$/i;
/** The query used to open a search results page. */
export const SEARCH_TERM = 'accessibilité';

function cleanText(s: string | undefined): string {
  return (s ?? '').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** Every `a[href]` and `area[href]` of the page in document order, deduped by URL (first text kept). */
export function extractLinks(html: string, pageUrl: string): { links: PageLink[]; forms: SearchForm[] } {
  const $ = cheerio.load(html);
  let base = pageUrl;
  const baseHref = $('base[href]').first().attr('href');
  if (baseHref) {
    const b = resolveHref(baseHref, pageUrl);
    if (b) base = b.href;
  }
  const links: PageLink[] = [];
  const seen = new Set<string>();
  $('a[href], area[href]').each((_, el) => {
    const $el = $(el);
    const u = resolveHref($el.attr('href') ?? '', base);
    if (!u) return; // mailto:, tel:, javascript:, fragment-only…
    const text =
      cleanText($el.text()) ||
      cleanText($el.attr('aria-label')) ||
      cleanText($el.attr('title')) ||
      cleanText($el.find('img[alt]').first().attr('alt')) ||
      cleanText($el.attr('alt'));
    const link: PageLink = { url: u.href, text };
    if (isLogout(u, foldClean(text))) link.exclude = 'logout';
    else if (isNonHtmlResource(u)) link.exclude = 'non-html';
    else if ($el.is('[download]')) link.exclude = 'download';
    if (seen.has(link.url)) return;
    seen.add(link.url);
    links.push(link);
  });
  const forms: SearchForm[] = [];
  $('form').each((_, el) => {
    const $f = $(el);
    const action = resolveHref($f.attr('action') || pageUrl, base) ?? new URL(pageUrl);
    const inputs = $f.find('input, select, textarea').toArray();
    const field = inputs.find((i) => {
      const $i = $(i);
      return $i.attr('type')?.toLowerCase() === 'search' || SEARCH_NAMES.test($i.attr('name') ?? '');
    });
    const looksLikeSearch =
      $f.attr('role')?.toLowerCase() === 'search' ||
      $f.closest('[role=search], search').length > 0 ||
      (field !== undefined && $(field).attr('type')?.toLowerCase() === 'search') ||
      /(^|[/_-])(recherche|rechercher|search)([/_.-]|$)/i.test(action.pathname);
    if (!looksLikeSearch || isLogout(action) || isNonHtmlResource(action)) return;
    const method = ($f.attr('method') ?? 'get').toLowerCase();
    const name = field ? $(field).attr('name') : undefined;
    if (method === 'get' && name) {
      action.search = '';
      // Hidden fields keep the form's own parameters (a search scope, a locale…).
      for (const i of inputs) {
        const $i = $(i);
        const n = $i.attr('name');
        if (n && $i.attr('type')?.toLowerCase() === 'hidden') action.searchParams.append(n, $i.attr('value') ?? '');
      }
      action.searchParams.set(name, SEARCH_TERM);
      forms.push({ url: action.href, detail: `search form (GET ${name}=${SEARCH_TERM})` });
    } else {
      forms.push({ url: action.href, detail: `search form action (${method.toUpperCase()})` });
    }
  });
  return { links, forms };
}

/** Link texts, folded (see judge/text.ts `fold`: lower case, no diacritics, `'` apostrophes). */
const TEXT_PATTERNS: Record<TypicalReason, RegExp> = {
  contact: /^(contact|contacts|contactez[- ]nous|nous contacter|contact us|contacter|nous ecrire|ecrivez[- ]nous)\b/,
  legal: /\b(mentions? legales?|informations? legales?|legal notices?|legal information|legal mentions?|imprint)\b|^legal$/,
  accessibility: /\b(accessibilite|accessibility)\b/,
  'sitemap-page': /\b(plan du site|plan de site|site ?map)\b|^plan$/,
  help: /^(aide|help|faq|f\.a\.q\.?|foire aux questions|questions frequentes|centre d'aide|besoin d'aide|assistance|help center|help centre)\b|\bbesoin d'aide\b|\bfaq\b/,
  login: /^(se connecter|connexion|connectez[- ]vous|me connecter|mon compte|mon espace|espace personnel|acceder a mon (compte|espace)|s'identifier|identification|login|log in|sign in|my account)\b/,
  search: /^(rechercher|recherche|search)\b/,
};

/** URL path segments (folded, `_` and spaces as `-`, extension dropped). */
const URL_SEGMENTS: Record<TypicalReason, RegExp> = {
  contact: /^(contact|contacts|contact-us|nous-contacter|contactez-nous)$/,
  legal: /^(mentions-legales|mention-legales|mentions|legal|legal-notice|legal-notices|informations-legales|imprint)$/,
  accessibility: /^(accessibilite|accessibility|declaration-(d-|de-|d)?accessibilite|accessibility-statement|accessibilite-numerique)$/,
  'sitemap-page': /^(plan-du-site|plan-de-site|plandusite|plan|sitemap|site-map)$/,
  help: /^(aide|help|faq|faqs|questions-frequentes|centre-d-aide|assistance)$/,
  login: /^(connexion|se-connecter|login|signin|sign-in|mon-compte|mon-espace|espace-personnel|identification|authentification|account)$/,
  search: /^(recherche|rechercher|search)$/,
};

function foldedSegments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      let d = s;
      try {
        d = decodeURIComponent(s);
      } catch {
        /* keep */
      }
      return foldClean(d)
        .replace(/\.(html?|php|aspx?|jsp)$/, '')
        .replace(/['\s_]+/g, '-');
    });
}

/** The typical page types a link names by its text. */
export function typesByText(text: string): TypicalReason[] {
  const t = foldClean(text);
  if (!t || t.length > 80) return [];
  return (Object.keys(TEXT_PATTERNS) as TypicalReason[]).filter((k) => TEXT_PATTERNS[k].test(t));
}

/** The typical page types a URL names by its last path segment. */
export function typesByUrl(url: string): TypicalReason[] {
  const segs = foldedSegments(new URL(url));
  if (!segs.length) return [];
  const last = segs[segs.length - 1];
  return (Object.keys(URL_SEGMENTS) as TypicalReason[]).filter((k) => URL_SEGMENTS[k].test(last));
}
