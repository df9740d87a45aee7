/**
 * A fact gathered in every audited page for the declaration draft's « Technologies utilisées
 * pour la réalisation du site »: which web technologies the page itself uses. Only what the DOM
 * shows for sure (a doctype, style sheets, scripts, ARIA attributes, SVG, MathML, links to PDF
 * documents); no guess at frameworks or servers.
 */

/** The fact every page gathers for the declaration draft (./technologies.page.ts). */
export const TECHNOLOGY_FACTS = ['technologies'];

/** The technologies of a page's facts, when they are a list of strings. */
export function technologiesOf(facts: Record<string, unknown> | null | undefined): string[] | undefined {
  const t = facts?.technologies;
  return Array.isArray(t) && t.every((x) => typeof x === 'string') ? (t as string[]) : undefined;
}
