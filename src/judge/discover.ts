/**
 * Find the accessibility mention and declaration of a procedure's site, then judge the
 * observatory's criterion. The fetching is injected (a rendered page from the browser), so
 * the order of the search is tested without one.
 */
import { collectMentionCandidates, mentionsFromCandidates, type Mention, type MentionCandidate } from './mention.js';
import { DECLARATION_PATHS, isDeclaration, parseDeclaration, type Declaration } from './declaration.js';
import { contradictions, receivable, validity, verdict } from './verdict.js';
import type { CandidateSource, DeclarationReport, DeclarationSearch, Verdict } from '../model/declaration.js';
import { en, type Messages } from './messages.js';

export type { CandidateSource, DeclarationReport, DeclarationSearch } from '../model/declaration.js';
import type { JudgeOptions } from '../model/config.js';

export type { JudgeOptions } from '../model/config.js';

/** A link that names the accessibility page, collected in the rendered page. */
export interface A11yLink {
  href: string;
  text: string;
  inFooter: boolean;
}

/** In-page (self-contained): links whose text or title names accessibility, footer first. */
export function collectA11yLinks(): A11yLink[] {
  const out: A11yLink[] = [];
  const seen = new Set<string>();
  const re = /accessibilit[eéy]|d[ée]claration d.?accessibilit/i;
  const links = Array.from(document.querySelectorAll('a[href]')) as HTMLAnchorElement[];
  for (const a of links) {
    const text = (a.textContent || '').replace(/\s+/g, ' ').trim();
    const label = text + ' ' + (a.getAttribute('title') || '') + ' ' + (a.getAttribute('aria-label') || '');
    if (!re.test(label)) continue;
    let href: string;
    try {
      href = new URL(a.getAttribute('href') || '', document.baseURI).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(href) || seen.has(href)) continue;
    seen.add(href);
    out.push({ href, text: text.slice(0, 120), inFooter: !!a.closest('footer,[role=contentinfo]') });
    if (out.length >= 20) break;
  }
  return out.sort((x, y) => Number(y.inFooter) - Number(x.inFooter));
}

/** Facts every page gathers for the judge. */
export const JUDGE_FACTS = {
  mentions: collectMentionCandidates,
  a11yLinks: collectA11yLinks,
};

export interface FetchedPage {
  url: string;
  finalUrl: string | null;
  status: number | null;
  error: string | null;
  html: string | null;
  facts: { mentions?: MentionCandidate[]; a11yLinks?: A11yLink[] } | null;
}


export interface JudgeInput {
  /** The audited pages: their URL, final URL and facts. */
  pages: { url: string; finalUrl: string | null; facts: { mentions?: MentionCandidate[]; a11yLinks?: A11yLink[] } | null }[];
  measuredRate: number | null;
  measuredNC: number | null;
}

export interface JudgeResult {
  declaration: DeclarationReport;
  verdict: Verdict & { contradictions: string[] };
}

function originRoot(u: string | null): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return /^https?:$/.test(url.protocol) ? url.origin + '/' : null;
  } catch {
    return null;
  }
}

/** Candidate declaration URLs in the order of the search. */
export function declarationCandidates(
  mentions: Mention[],
  links: A11yLink[],
  origin: string | null,
  configUrl?: string,
): { url: string; source: CandidateSource }[] {
  const out: { url: string; source: CandidateSource }[] = [];
  const seen = new Set<string>();
  const add = (url: string | null | undefined, source: CandidateSource) => {
    if (!url) return;
    const key = url.replace(/#.*$/, '');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ url: key, source });
  };
  for (const m of mentions) add(m.href, 'mention');
  for (const l of [...links].sort((a, b) => Number(b.inFooter) - Number(a.inFooter))) add(l.href, 'link');
  if (origin) for (const p of DECLARATION_PATHS) add(new URL(p, origin).href, 'path');
  add(configUrl, 'config');
  return out;
}

export async function judge(input: JudgeInput, fetchPage: (url: string) => Promise<FetchedPage>, opts: JudgeOptions, msgs: Messages = en): Promise<JudgeResult> {
  const mentions: Mention[] = [];
  const links: A11yLink[] = [];
  const addFacts = (page: string, facts: FetchedPage['facts']) => {
    if (!facts) return;
    mentions.push(...mentionsFromCandidates(facts.mentions ?? [], page));
    links.push(...(facts.a11yLinks ?? []));
  };
  for (const p of input.pages) addFacts(p.finalUrl ?? p.url, p.facts);
  // The site's home page (origin root, after redirects), unless already audited.
  const first = input.pages.find((p) => p.finalUrl) ?? input.pages[0];
  let homeUrl = originRoot(first?.finalUrl ?? first?.url ?? null);
  const audited = new Set(input.pages.flatMap((p) => [p.url, p.finalUrl]).filter(Boolean) as string[]);
  const fetched = new Map<string, FetchedPage>();
  const fetchOnce = async (url: string) => {
    const hit = fetched.get(url);
    if (hit) return hit;
    const f = await fetchPage(url);
    fetched.set(url, f);
    if (f.finalUrl) fetched.set(f.finalUrl, f);
    return f;
  };
  if (homeUrl && !audited.has(homeUrl)) {
    const home = await fetchOnce(homeUrl);
    if (!home.error) {
      homeUrl = home.finalUrl ?? homeUrl;
      if (!audited.has(homeUrl)) addFacts(homeUrl, home.facts);
    }
  }
  // Same mention (state and link) found on several pages: keep the first page it was seen on.
  const uniqueMentions = mentions.filter((m, i) => mentions.findIndex((n) => n.state === m.state && n.href === m.href && n.text === m.text) === i);
  const origin = originRoot(homeUrl);
  const candidates = declarationCandidates(uniqueMentions, links, origin, opts.declarationUrl);
  const searched: DeclarationSearch[] = [];
  let declaration: Declaration | null = null;
  const maxTries = opts.maxTries ?? 10;
  for (const c of candidates) {
    if (searched.length >= maxTries) break;
    const f = await fetchOnce(c.url);
    if (f.error || !f.html) {
      searched.push({ url: c.url, source: c.source, outcome: f.error ?? 'empty page' });
      continue;
    }
    if (!isDeclaration(f.html)) {
      searched.push({ url: c.url, source: c.source, outcome: 'not a declaration' });
      continue;
    }
    searched.push({ url: c.url, source: c.source, outcome: 'declaration' });
    declaration = parseDeclaration(f.html, f.finalUrl ?? c.url);
    break;
  }
  const v = verdict({ declaration, asOf: opts.asOf, method: opts.method, rateSource: opts.rateSource, measuredRate: input.measuredRate }, msgs);
  const flags = contradictions({ declaration, mentions: uniqueMentions, measuredNC: input.measuredNC }, msgs);
  return {
    declaration: {
      homeUrl,
      mentions: uniqueMentions,
      searched,
      declaration,
      validity: declaration ? validity(declaration, opts.asOf, msgs) : null,
      receivable: declaration ? receivable(declaration, opts.asOf) : null,
    },
    verdict: { ...v, contradictions: flags },
  };
}
