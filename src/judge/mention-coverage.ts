/**
 * The mention and the way to the declaration on every page, not only the home page: the
 * accessibility page is « directement accessible depuis la page d'accueil et depuis n'importe
 * quelle page du site » (obligations, publication of the declaration), and the mention is what
 * most sites carry in the footer of every page to get there.
 */
import { reason, type Reason } from '../model/reasons.js';
import type { Mention } from './mention.js';
import type { MentionCoverage, PageMention } from '../model/declaration.js';

export type { MentionCoverage, PageMention } from '../model/declaration.js';

export interface PageFacts {
  url: string;
  audited: boolean;
  mentions: Mention[];
  /** The page's links that name accessibility (absolute). */
  links: { href: string }[];
}

/** `leadsTo(href)`: the URL leads to the declaration (itself, or a redirect to it). */
export function mentionCoverage(pages: PageFacts[], declarationUrl: string | null, leadsTo: (href: string) => boolean): MentionCoverage {
  const out: PageMention[] = pages.map((p) => {
    const m = p.mentions[0] ?? null;
    const hrefs = [...p.mentions.map((x) => x.href), ...p.links.map((l) => l.href)].filter((h): h is string => !!h);
    return {
      url: p.url,
      audited: p.audited,
      mention: m ? { state: m.state, text: m.text, href: m.href } : null,
      declarationLink: declarationUrl ? (hrefs.find(leadsTo) ?? null) : null,
    };
  });
  const withoutMention = out.filter((p) => !p.mention).map((p) => p.url);
  const withoutDeclarationLink = declarationUrl ? out.filter((p) => !p.declarationLink).map((p) => p.url) : [];
  const flags: Reason[] = [];
  if (withoutMention.length) flags.push(reason('pagesWithoutMention', { pages: withoutMention }));
  if (withoutDeclarationLink.length) flags.push(reason('pagesWithoutDeclarationLink', { pages: withoutDeclarationLink }));
  return { pages: out, withoutMention, withoutDeclarationLink, flags };
}

/** Same page for a link: scheme and host case, fragment and a trailing slash do not count. */
export function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const key = (u: URL) => `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '') || '/'}${u.search}`;
    return key(x) === key(y);
  } catch {
    return false;
  }
}
