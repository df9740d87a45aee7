import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { captioned } from '../lib/images.page.js';

/** In the page: see ./img-decorative-alt.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['1.2.1', '1.2.2']);
  const refText = (el: Element) => h.refText(el);
  const alternatives = (el: Element): string[] => {
    const out: string[] = [];
    const label = (el.getAttribute('aria-label') || '').trim();
    if (label) out.push(`aria-label="${label}"`);
    if (el.hasAttribute('aria-labelledby') && refText(el)) out.push('aria-labelledby');
    const title = (el.getAttribute('title') || '').trim();
    if (title) out.push(`title="${title}"`);
    return out;
  };
  // The image is the only content of a link or button: its alternative is the control's name.
  const soleControlContent = (el: Element) => {
    const ctl = el.closest('a[href], button, [role=link], [role=button]');
    if (!ctl) return false;
    const text = (ctl.textContent || '').replace(/\s+/g, '');
    return !text && ctl.querySelectorAll('img, svg, [role=img], canvas, object, embed').length === 1;
  };
  const imgs = h.all('img').slice(0, 400);
  for (const el of imgs) {
    if (captioned(el)) continue; // 1.2 is not applicable to captioned images (technical note of 1.2)
    bt['1.2.1'].applicable++;
    r.applicable++;
    if (soleControlContent(el)) continue;
    const alt = el.getAttribute('alt');
    const role = (el.getAttribute('role') || '').trim().toLowerCase();
    const hidden = (el.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true';
    const presentational = role === 'presentation' || role === 'none';
    const emptyAlt = alt !== null && alt.trim() === '';
    if (!emptyAlt && !hidden && !presentational) continue; // not marked as decorative
    const alts = alternatives(el);
    if (alts.length) {
      const marker = hidden ? 'aria-hidden="true"' : presentational ? `role="${role}"` : 'alt=""';
      add('failures', '1.2.1', el, 'decorative-with-alt', { marker, alts: alts.join(', ') });
    } else if (presentational && !hidden && alt !== null && alt.trim() !== '') {
      add('doubts', '1.2.1', el, 'role-with-alt', { role, alt: alt.trim() });
    }
  }
  for (const el of h.all('area:not([href])').slice(0, 200)) {
    bt['1.2.2'].applicable++;
    r.applicable++;
    const alt = el.getAttribute('alt');
    const role = (el.getAttribute('role') || '').trim().toLowerCase();
    const hidden = (el.getAttribute('aria-hidden') || '').trim().toLowerCase() === 'true';
    const presentational = role === 'presentation' || role === 'none';
    const alts = alternatives(el);
    if (alt === null && !hidden && !presentational && !(el.getAttribute('aria-label') || '').trim() && !refText(el)) {
      add('failures', '1.2.2', el, 'area-no-alt');
    } else if ((alt !== null && alt.trim() === '') || hidden || presentational) {
      if (alts.length) add('failures', '1.2.2', el, 'area-decorative-with-alt', { alts: alts.join(', ') });
    }
  }
  return r;
}
