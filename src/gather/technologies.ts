/**
 * A fact gathered in every audited page for the declaration draft's « Technologies utilisées
 * pour la réalisation du site »: which web technologies the page itself uses. Only what the DOM
 * shows for sure (a doctype, style sheets, scripts, ARIA attributes, SVG, MathML, links to PDF
 * documents); no guess at frameworks or servers.
 */
import type { FactGatherer } from './inpage.js';

/** In the page: the technologies, in a fixed order. Self-contained (its source runs in the page). */
export function pageTechnologies(): string[] {
  const d = document;
  const out: string[] = [];
  const dt = d.doctype;
  out.push(dt && dt.name.toLowerCase() === 'html' && !dt.publicId ? 'HTML5' : 'HTML');
  if (d.styleSheets.length > 0 || d.querySelector('[style]')) out.push('CSS');
  if (d.querySelector('script:not([type]), script[type="module"], script[type*="javascript" i], script[type*="ecmascript" i]')) out.push('JavaScript');
  const aria = d.evaluate("count(//@*[starts-with(name(), 'aria-')] | //@role)", d, null, XPathResult.NUMBER_TYPE, null).numberValue;
  if (aria > 0) out.push('WAI-ARIA');
  if (d.querySelector('svg')) out.push('SVG');
  if (d.querySelector('math')) out.push('MathML');
  if (d.querySelector('a[href$=".pdf" i], a[href*=".pdf?" i], a[href*=".pdf#" i]')) out.push('PDF');
  return out;
}

export const TECHNOLOGY_FACTS: Record<string, FactGatherer> = { technologies: pageTechnologies };

/** The technologies of a page's facts, when they are a list of strings. */
export function technologiesOf(facts: Record<string, unknown> | null | undefined): string[] | undefined {
  const t = facts?.technologies;
  return Array.isArray(t) && t.every((x) => typeof x === 'string') ? (t as string[]) : undefined;
}
