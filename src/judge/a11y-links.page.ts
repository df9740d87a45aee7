/** Facts for the judge, gathered in every rendered page: the links that name the accessibility page. */
import type { A11yLink } from './discover.js';

/** Links whose text or title names accessibility, footer first. */
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

export const facts = { a11yLinks: collectA11yLinks };
