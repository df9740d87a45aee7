/**
 * The declaration's sample (« Pages du site ayant fait l'objet de la vérification de
 * conformité »), against what the RGAA asks a sample to hold and against the pages the tool
 * audited. The RGAA's méthode asks for, when the site has them: the home page, contact, legal
 * notice, accessibility page, site map, help, authentication, and every page of a process; the
 * tool cannot know whether the site has a help or a login page, so a kind the list lacks is a
 * point to check, not a fault.
 */
import { PAGE_KINDS, reason, type PageKind, type Reason } from '../model/reasons.js';
import { fold } from '../model/text.js';
import type { SampleCheck, SampleItem } from '../model/declaration.js';

export type { SampleCheck, SampleItem } from '../model/declaration.js';

/** Patterns on the folded item text, then on the URL path. */
const KIND_TEXT: Record<PageKind, RegExp> = {
  home: /\baccueil\b|\bhome(?:\s*page)?\b|\bpage d'entree\b/,
  contact: /\bcontact|\bnous ecrire\b|\becrivez-nous\b|\bget in touch\b/,
  legal: /mentions? legales?|informations? legales?|\blegal (?:notice|information|mentions?)\b|\bimprint\b/,
  accessibility: /accessibilit[ey]|\ba11y\b/,
  help: /\baide\b|\bhelp\b|\bfaq\b|foire aux questions|questions? frequentes?|\bassistance\b/,
  sitemap: /plan du site|\bsite ?map\b/,
  login: /\bconnexion\b|authentification|\bse connecter\b|\bs'identifier\b|\blog ?in\b|\bsign ?in\b|franceconnect|\bmon compte\b|\bmy account\b|espace (?:personnel|usager|particulier|client)/,
};
const KIND_PATH: Record<PageKind, RegExp> = {
  home: /^\/?(?:index\.[a-z]+|accueil|home)?\/?$/,
  contact: /contact/,
  legal: /mentions-legales|legal/,
  accessibility: /accessibilit|a11y/,
  help: /\baide\b|\bhelp\b|\bfaq\b/,
  sitemap: /plan-du-site|sitemap|site-map/,
  login: /connexion|login|signin|sign-in|authentification|auth\b/,
};

/** The required kinds a sample item names, by its text first, by its URL path otherwise. */
export function pageKinds(text: string, href: string | null): PageKind[] {
  const t = fold(text);
  let path = '';
  try {
    path = href ? fold(decodeURIComponent(new URL(href).pathname)) : '';
  } catch {
    path = '';
  }
  return PAGE_KINDS.filter((k) => KIND_TEXT[k].test(t) || (!!href && KIND_PATH[k].test(path)));
}

function urlKey(u: string): string | null {
  try {
    const x = new URL(u);
    return `${x.host}${x.pathname.replace(/\/+$/, '') || '/'}`.toLowerCase();
  } catch {
    return null;
  }
}

const words = (s: string) => fold(s).replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The item that names an audited page: by its URL, or by the page's title written in it. */
function itemFor(items: SampleItem[], url: string, title: string | null): SampleItem | null {
  const key = urlKey(url);
  const path = key ? key.slice(key.indexOf('/')) : '';
  const byUrl = items.find((i) => (i.href && urlKey(i.href) === key) || (path.length > 1 && fold(i.text).includes(path)));
  if (byUrl) return byUrl;
  const t = title ? words(title) : '';
  if (t.length < 4) return null;
  return items.find((i) => {
    const w = words(i.text);
    return w.length >= 4 && (w === t || t.includes(w) || w.includes(t));
  }) ?? null;
}

/** The declaration's sample against the required kinds and the audited pages; null without a list. */
export function compareSample(items: SampleItem[] | null, audited: { url: string; title: string | null }[]): SampleCheck | null {
  if (!items?.length) return null;
  const covered = new Set(items.flatMap((i) => i.kinds));
  const missingKinds = PAGE_KINDS.filter((k) => !covered.has(k));
  const pages = audited.map((p) => ({ url: p.url, title: p.title, item: itemFor(items, p.url, p.title)?.text ?? null }));
  const flags: Reason[] = [];
  if (missingKinds.length) flags.push(reason('sampleLacks', { missing: missingKinds }));
  const notListed = pages.filter((p) => p.item === null).map((p) => p.url);
  if (notListed.length) flags.push(reason('auditedNotListed', { pages: notListed }));
  return { listed: items.length, missingKinds, audited: pages, flags };
}
