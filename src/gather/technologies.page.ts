/** In the page: the web technologies it uses, for the declaration draft (see ./technologies.ts). */

/** The technologies, in a fixed order. */
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

export const facts = { technologies: pageTechnologies };
