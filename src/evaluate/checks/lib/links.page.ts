/**
 * The links of a page as theme 6 sees them: an `<a href>` or an element with role="link", exposed
 * to assistive technologies as a link. An anchor without href is not a link (technical note of 6.2)
 * and an `<a href>` given another widget role (button, menuitem, tab…) is evaluated as that widget.
 */
import type { PageContext } from '../../../gather/page/context.page.js';

/** What may be a link; links() keeps the first LINKS_MAX of them. */
export const LINK_CANDIDATES = 'a[href], [role=link]';
export const LINKS_MAX = 1500;

/** The links (among the first LINKS_MAX candidates), in document order. */
export function links(h: PageContext): Element[] {
  return h
    .all(LINK_CANDIDATES)
    .slice(0, LINKS_MAX)
    .filter((el) => {
      const role = (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
      if (el.localName === 'a' && role && !['link', 'presentation', 'none'].includes(role)) return false;
      if (el.localName !== 'a' && role !== 'link') return false;
      return !h.hiddenFromAT(el);
    });
}
