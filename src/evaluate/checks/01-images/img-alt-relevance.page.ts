import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';

/** In the page: see ./img-alt-relevance.ts. */
export default function run(h: PageContext): CheckResult {
  const ids = ['1.3.1', '1.3.2', '1.3.3', '1.3.9'];
  const { r, bt, add } = h.perTest(ids);
  const placeholders = new Set(['image', 'img', 'photo', 'picture', 'pic', 'icon', 'icone', 'icône', 'spacer', 'alt', 'null', 'undefined', 'nan', 'untitled', 'sans titre', 'graphic', 'texte alternatif', 'alt text', 'alternative', '*', '-', '_', '#', '.', '[object object]']);
  const fileRe = /^[^\s/]+\.(png|jpe?g|gif|svg|webp|bmp|tiff?|avif|ico)$/i;
  const urlRe = /^(https?:\/\/|\/\/|www\.)\S+$/i;
  const soleControlContent = (el: Element) => {
    const ctl = el.closest('a[href], button, [role=link], [role=button]');
    if (!ctl || ctl === el) return !!ctl;
    const text = (ctl.textContent || '').replace(/\s+/g, '');
    return !text && ctl.querySelectorAll('img, svg, [role=img], canvas, object, embed').length === 1;
  };
  const groups: [string, string][] = [
    ['img, [role=img]:not(svg)', '1.3.1'],
    ['area', '1.3.2'],
    ['input[type=image]', '1.3.3'],
  ];
  for (const [sel, test] of groups) {
    for (const el of h.all(sel).slice(0, 400)) {
      // alt="" and nothing else: no alternative (the cheap case, most decorative images).
      if (el.getAttribute('alt') === '' && !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby') && !el.hasAttribute('title')) continue;
      if (test !== '1.3.2' && soleControlContent(el)) continue;
      if (h.hiddenFromAT(el)) continue;
      const alt = h.name(el).trim();
      if (!alt) continue; // no alternative: criterion 1.1 (or a decorative image)
      const src = el.getAttribute('src') || '';
      if (/captcha/i.test(src + ' ' + alt + ' ' + (el.id || '') + ' ' + (el.getAttribute('class') || ''))) continue; // CAPTCHA: criterion 1.4
      bt[test].applicable++;
      bt['1.3.9'].applicable++;
      r.applicable++;
      const lower = alt.toLowerCase();
      const base = (src.split(/[?#]/)[0].split('/').pop() || '').replace(/\.[a-z0-9]+$/i, '').toLowerCase();
      let why: MessageRef | null = null;
      if (fileRe.test(alt)) why = { id: 'is-file' };
      else if (urlRe.test(alt)) why = { id: 'is-url' };
      else if (placeholders.has(lower)) why = { id: 'is-placeholder' };
      else if (base && base.length > 3 && lower === base && /[-_\d]/.test(base)) why = { id: 'repeats-file-name' };
      if (why) add('failures', test, el, 'irrelevant', { alt: alt.slice(0, 80), why });
      else if (alt.length > 80) add('doubts', '1.3.9', el, 'too-long', { n: alt.length });
    }
  }
  // 1.3.9 covers every kind of image with an alternative.
  for (const el of h.all('svg[role=img], object[type^="image/" i], embed[type^="image/" i], canvas').slice(0, 200)) {
    if (h.hiddenFromAT(el)) continue;
    const alt = h.name(el).trim();
    if (!alt) continue;
    bt['1.3.9'].applicable++;
    r.applicable++;
    if (alt.length > 80) add('doubts', '1.3.9', el, 'too-long', { n: alt.length });
  }
  return r;
}
