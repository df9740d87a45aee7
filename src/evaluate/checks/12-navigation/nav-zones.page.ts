import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./nav-zones.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  if (!document.body) return r;
  const landmarks = h.all('main, nav, header, footer, aside, search, form[aria-label], form[aria-labelledby], [role=main], [role=navigation], [role=banner], [role=contentinfo], [role=search], [role=complementary], [role=region]');
  const headings = h.all('h1, h2, h3, h4, h5, h6, [role=heading]');
  const inPage = h.all('a[href^="#"]').filter((a) => (a.getAttribute('href') || '').length > 1);
  const toggles = h.all('button[aria-expanded], button[aria-controls], [role=button][aria-expanded]');
  const links = h.all('a[href]');
  if (!landmarks.length && !headings.length && !inPage.length && !toggles.length && links.length >= 5) {
    // A doubt, not NC: 12.6.1 concerns zones found on several pages (header, main navigation…),
    // and whether these links form such a zone is a guess.
    r.doubts.push(h.node(document.body, 'no-way', { n: links.length }));
  }
  return r;
}
