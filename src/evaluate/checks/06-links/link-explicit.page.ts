import type { CheckNode, CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { links } from '../lib/links.page.js';

/** In the page: see ./link-explicit.ts. */
export default function run(h: PageContext): CheckResult {
  const ids = ['6.1.1', '6.1.2', '6.1.3', '6.1.4', '6.1.5'];
  const { r, bt } = h.perTest(ids);
  const doubt = (test: string, n: CheckNode) => {
    if (bt[test].doubts.length < h.max) bt[test].doubts.push(n);
    if (r.doubts.length < h.max) r.doubts.push(n);
  };
  const generic = new Set(['ici', 'cliquez ici', 'cliquer ici', 'clic ici', 'cliquez', 'lire la suite', 'lire plus', 'en savoir plus', 'savoir plus', 'plus', '+', 'suite', 'la suite', 'voir', 'voir plus', 'voir tout', 'voir la suite', 'découvrir', 'lien', 'link', 'here', 'click here', 'read more', 'more', 'learn more', 'détails', 'détail', 'plus de détails', 'consulter', 'accéder', 'télécharger', 'download', 'go', 'ok', '→', '>', '>>', '»', '...', '…', '›']);
  const fileOrUrl = /^((https?:)?\/\/|www\.)\S+$|^[^\s/]+\.(png|jpe?g|gif|svg|webp|pdf|docx?|xlsx?|odt|ods|zip)$/i;
  const textOf = (el: Element) => {
    let s = '';
    const w = h.doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const p = n.parentElement;
      if (p && p.closest('svg') && p.closest('svg') !== el.closest('svg')) continue;
      s += n.nodeValue || '';
    }
    return s.replace(/\s+/g, ' ').trim();
  };
  for (const el of links(h)) {
    r.applicable++;
    const inSvg = !!(el.parentElement && el.parentElement.closest('svg'));
    const text = textOf(el);
    const images = Array.from(el.querySelectorAll('img, [role=img], svg, canvas, object')).filter((i) => !(i.parentElement && i.parentElement.closest('svg')));
    const test = inSvg ? '6.1.4' : images.length && text ? '6.1.3' : images.length ? '6.1.2' : '6.1.1';
    bt[test].applicable++;
    // 6.1.5: links with a visible label; an image link's image may show text, so all count.
    bt['6.1.5'].applicable++;
    // The accessible name only matters when it may be generic, a URL or a file name.
    const aria = el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');
    const tkey = text.toLowerCase().replace(/[\s.:!?…»›>→]+$/u, '').trim();
    if (!aria && text && !generic.has(tkey) && !generic.has(text.toLowerCase()) && !fileOrUrl.test(text)) continue;
    const name = h.name(el).replace(/\s+/g, ' ').trim();
    if (!name) continue; // criterion 6.2
    const key = name.toLowerCase().replace(/[\s.:!?…»›>→]+$/u, '').trim() || name;
    if (generic.has(key) || generic.has(name.toLowerCase())) doubt(test, h.node(el, 'generic', { name: name.slice(0, 60) }));
    else if (fileOrUrl.test(name)) {
      const file = /\.(png|jpe?g|gif|svg|webp|pdf|docx?|xlsx?|odt|ods|zip)$/i.test(name) && !/^(https?:|\/\/|www\.)/i.test(name);
      doubt(test, h.node(el, file ? 'file-name' : 'url', { name: name.slice(0, 60) }));
    }
  }
  // Clickable zones of image maps are image links (glossary « Lien image »).
  for (const el of h.all('area[href]').slice(0, 200)) {
    r.applicable++;
    bt['6.1.2'].applicable++;
    bt['6.1.5'].applicable++;
    const name = h.name(el).replace(/\s+/g, ' ').trim();
    if (name && fileOrUrl.test(name)) doubt('6.1.2', h.node(el, 'file-name-or-url', { name: name.slice(0, 60) }));
  }
  return r;
}
