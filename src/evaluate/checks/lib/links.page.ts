/**
 * The links of a page as theme 6 sees them: an `<a href>` or an element with role="link", exposed
 * to assistive technologies as a link. An anchor without href is not a link (technical note of 6.2)
 * and an `<a href>` given another widget role (button, menuitem, tab…) is evaluated as that widget.
 */
import type { PageContext } from '../../../gather/page/context.page.js';

/** The links (among the first 1500 candidates), in document order. */
export function links(h: PageContext): Element[] {
  return h
    .all('a[href], [role=link]')
    .slice(0, 1500)
    .filter((el) => {
      const role = (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
      if (el.localName === 'a' && role && !['link', 'presentation', 'none'].includes(role)) return false;
      if (el.localName !== 'a' && role !== 'link') return false;
      return !h.hiddenFromAT(el);
    });
}
