/**
 * Find the accessibility mention and declaration of a procedure's site, then judge the
 * observatory's criterion. The fetching is injected (a rendered page from the browser), so
 * the order of the search is tested without one.
 */
import { mentionsFromCandidates, type Mention, type MentionCandidate } from './mention.js';
import { DECLARATION_PATHS, isDeclaration, parseDeclaration, type Declaration } from './declaration.js';
import { contradictions, receivable, validity, verdict } from './verdict.js';
import type { CandidateSource, DeclarationReport, DeclarationSearch, Verdict } from '../model/declaration.js';
import { mentionCoverage, samePage, type PageFacts } from './mention-coverage.js';
import { checkPlans } from './plans.js';
import { compareSample } from './sample.js';
import type { Reason } from '../model/reasons.js';

export type { CandidateSource, DeclarationReport, DeclarationSearch } from '../model/declaration.js';
import type { JudgeOptions } from '../model/config.js';

export type { JudgeOptions } from '../model/config.js';

/** A link that names the accessibility page, collected in the rendered page. */
export interface A11yLink {
  href: string;
  text: string;
  inFooter: boolean;
}

/** Facts every page gathers for the judge (./mention.page.ts, ./a11y-links.page.ts). */
export const JUDGE_FACTS = ['mentions', 'a11yLinks'];

export interface FetchedPage {
  url: string;
  finalUrl: string | null;
  status: number | null;
  error: string | null;
  html: string | null;
  facts: { mentions?: MentionCandidate[]; a11yLinks?: A11yLink[] } | null;
}


export interface JudgeInput {
  /** The audited pages: their URL, final URL, title and facts. */
  pages: { url: string; finalUrl: string | null; title?: string | null; facts: { mentions?: MentionCandidate[]; a11yLinks?: A11yLink[] } | null }[];
  /** The procedure's first URL: where the site is when no page could be audited. */
  siteUrl?: string | null;
  /** The pages that could not be audited, with their error. */
  failed?: { url: string; error: string }[];
  measuredRate: number | null;
  measuredNC: number | null;
}

export interface JudgeResult {
  declaration: DeclarationReport;
  /** null with the 2020 method when the site could not be reached (it has no label for that). */
  verdict: (Verdict & { contradictions: Reason[] }) | null;
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

/**
 * A fetch error that means the tool could not reach the site: the network, the server (5xx), or
 * the site refusing the tool (401, 403, 429). Not a page the site served (404 is an answer).
 */
export const UNREACHABLE = /^(?:unreachable|timeout|TLS error|navigation failed|too many redirects)|^HTTP (?:5\d\d|401|403|429)\b/;

export async function judge(input: JudgeInput, fetchPage: (url: string) => Promise<FetchedPage>, opts: JudgeOptions): Promise<JudgeResult> {
  const mentions: Mention[] = [];
  const links: A11yLink[] = [];
  const perPage: PageFacts[] = [];
  const addFacts = (page: string, facts: FetchedPage['facts'], isAudited: boolean) => {
    const ms = facts ? mentionsFromCandidates(facts.mentions ?? [], page) : [];
    const ls = facts?.a11yLinks ?? [];
    mentions.push(...ms);
    links.push(...ls);
    perPage.push({ url: page, audited: isAudited, mentions: ms, links: ls });
  };
  for (const p of input.pages) addFacts(p.finalUrl ?? p.url, p.facts, true);
  // The site's home page (origin root, after redirects), unless already audited.
  const first = input.pages.find((p) => p.finalUrl) ?? input.pages[0];
  let homeUrl = originRoot(first?.finalUrl ?? first?.url ?? input.siteUrl ?? null);
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
  const searched: DeclarationSearch[] = [];
  // No page audited and the home page unreachable: the site is down, only a configured URL is worth a try.
  let unreachable: { url: string; error: string } | null = null;
  // Every page failed to reach the home page's host already: no need to wait for it once more.
  const down = !input.pages.length && homeUrl ? (input.failed ?? []).filter((f) => originRoot(f.url) === homeUrl) : [];
  if (down.length && down.every((f) => UNREACHABLE.test(f.error))) unreachable = { url: down[0].url, error: down[0].error };
  else if (homeUrl && !audited.has(homeUrl)) {
    const home = await fetchOnce(homeUrl);
    if (!home.error) {
      homeUrl = home.finalUrl ?? homeUrl;
      if (!audited.has(homeUrl)) addFacts(homeUrl, home.facts, false);
    } else if (!input.pages.length) {
      searched.push({ url: homeUrl, source: 'path', outcome: home.error });
      if (UNREACHABLE.test(home.error)) unreachable = { url: homeUrl, error: home.error };
    }
  }
  // Same mention (state and link) found on several pages: keep the first page it was seen on.
  const uniqueMentions = mentions.filter((m, i) => mentions.findIndex((n) => n.state === m.state && n.href === m.href && n.text === m.text) === i);
  const origin = unreachable ? null : originRoot(homeUrl);
  const candidates = declarationCandidates(uniqueMentions, links, origin, opts.declarationUrl);
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
  if (declaration) unreachable = null;
  const mode = opts.validity ?? 'observatory';
  const declUrl = declaration?.url ?? null;
  const leadsTo = (href: string) => {
    if (!declUrl) return false;
    const f = fetched.get(href.replace(/#.*$/, ''));
    return samePage(href, declUrl) || (!!f?.finalUrl && samePage(f.finalUrl, declUrl));
  };
  const report: DeclarationReport = {
    homeUrl,
    mentions: uniqueMentions,
    searched,
    declaration,
    validity: declaration ? validity(declaration, opts.asOf, mode) : null,
    receivable: declaration ? receivable(declaration, opts.asOf, mode) : null,
    mentionCoverage: mentionCoverage(perPage, declUrl, leadsTo),
    plans: declaration ? checkPlans(declaration.plans, opts.asOf) : null,
    sample: declaration
      ? compareSample(declaration.sample, input.pages.map((p) => ({ url: p.finalUrl ?? p.url, title: p.title ?? null })))
      : null,
    unreachable,
  };
  // The 2020 method has no label for a procedure not evaluated yet: no verdict rather than « Non ».
  if (unreachable && opts.method === '2020') return { declaration: report, verdict: null };
  const v = verdict({
    declaration,
    asOf: opts.asOf,
    method: opts.method,
    rateSource: opts.rateSource,
    measuredRate: input.measuredRate,
    validity: mode,
    unreachable,
  });
  const flags = contradictions({ declaration, mentions: uniqueMentions, measuredNC: input.measuredNC });
  return { declaration: report, verdict: { ...v, contradictions: flags } };
}
