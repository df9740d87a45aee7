import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./req-dir.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['8.10.1', '8.10.2']);
  const root = h.doc.documentElement;
  const body = h.doc.body;
  for (const el of h.all('[dir]').slice(0, 1000)) {
    const v = (el.getAttribute('dir') || '').trim().toLowerCase();
    const valid = v === 'ltr' || v === 'rtl' || v === 'auto';
    if ((el === root || el === body) && valid) continue; // the default direction, not a change
    bt['8.10.2'].applicable++;
    if (!valid) add('failures', '8.10.2', el, 'invalid-dir', { dir: el.getAttribute('dir') || '' });
  }
  const dirOf = (el: Element | null) => ((el && el.getAttribute('dir')) || '').trim().toLowerCase();
  const lang = (root.getAttribute('lang') || '').trim().toLowerCase().split('-')[0];
  const rtlPage = dirOf(body) === 'rtl' || dirOf(root) === 'rtl' || (!dirOf(root) && !dirOf(body) && ['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr'].includes(lang));
  if (rtlPage) {
    bt['8.10.1'].applicable = 1; // left-to-right passages in a right-to-left page: a human looks
  } else if (body) {
    const rtl = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
    const words = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]{2,}[\s\u00a0\u060C،:;,.-]+[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]{2,}/;
    const w = h.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    let count = 0;
    for (let n = w.nextNode(); n && count < 30000; n = w.nextNode()) {
      count++;
      const v = n.nodeValue || '';
      if (!rtl.test(v)) continue;
      const p = n.parentElement;
      if (!p || seen.has(p) || p.closest('script, style, noscript, template, textarea')) continue;
      seen.add(p);
      if (seen.size > 200) break;
      if (!h.visible(p)) continue;
      bt['8.10.1'].applicable++;
      let e: Element | null = p;
      let marked = false;
      while (e && e !== root && e !== body) {
        if (e.hasAttribute('dir')) {
          marked = true;
          break;
        }
        e = e.parentElement;
      }
      if (marked) continue;
      const sample = v.trim().slice(0, 40);
      if (words.test(v)) add('failures', '8.10.1', p, 'rtl-text', { sample });
      else add('doubts', '8.10.1', p, 'rtl-word', { sample });
    }
  }
  r.applicable = bt['8.10.1'].applicable + bt['8.10.2'].applicable;
  return r;
}
