import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./req-dir.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['8.10.1', '8.10.2']);
  const root = h.doc.documentElement;
  const body = h.doc.body;
  const RTL = '\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF';
  const hasRtl = new RegExp(`[${RTL}]`);
  const hasLtr = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;
  const changes = h.all('[dir]');
  if (changes.length > 1000) add('doubts', '8.10.2', changes[1000], 'dir-beyond-cap', { n: changes.length - 1000 });
  for (const el of changes.slice(0, 1000)) {
    const v = (el.getAttribute('dir') || '').trim().toLowerCase();
    const valid = v === 'ltr' || v === 'rtl' || v === 'auto';
    if ((el === root || el === body) && valid) continue; // the default direction, not a change
    bt['8.10.2'].applicable++;
    if (!valid) add('failures', '8.10.2', el, 'invalid-dir', { dir: el.getAttribute('dir') || '' });
    else if (v === 'auto') add('doubts', '8.10.2', el, 'dir-auto');
    else {
      // Relevant when the passage is written in the direction it declares, and only in it.
      const text = el.textContent || '';
      const ok = v === 'rtl' ? hasRtl.test(text) && !hasLtr.test(text) : hasLtr.test(text) && !hasRtl.test(text);
      if (!ok) add('doubts', '8.10.2', el, 'dir-irrelevant', { dir: v });
    }
  }
  const dirOf = (el: Element | null) => ((el && el.getAttribute('dir')) || '').trim().toLowerCase();
  const lang = (root.getAttribute('lang') || '').trim().toLowerCase().split('-')[0];
  const rtlPage = dirOf(body) === 'rtl' || dirOf(root) === 'rtl' || (!dirOf(root) && !dirOf(body) && ['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr'].includes(lang));
  if (rtlPage) {
    bt['8.10.1'].applicable = 1; // left-to-right passages in a right-to-left page: a human looks
    add('doubts', '8.10.1', body ?? root, 'rtl-page');
  } else if (body) {
    const rtl = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
    const words = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]{2,}[\s\u00a0\u060C،:;,.-]+[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u0780-\u07BF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]{2,}/;
    const w = h.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    let count = 0;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (++count > 30000) {
        add('doubts', '8.10.1', body, 'text-beyond-cap');
        break;
      }
      const v = n.nodeValue || '';
      if (!rtl.test(v)) continue;
      const p = n.parentElement;
      if (!p || seen.has(p) || p.closest('script, style, noscript, template, textarea')) continue;
      seen.add(p);
      if (seen.size > 200) {
        add('doubts', '8.10.1', p, 'rtl-beyond-cap');
        break;
      }
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
      if (marked) {
        // Marked by its nearest dir: right only when that says rtl (8.10.2 judges the value itself).
        if (dirOf(e) !== 'rtl') add('doubts', '8.10.1', p, 'rtl-in-other-dir', { dir: e!.getAttribute('dir') || '' });
        continue;
      }
      const sample = v.trim().slice(0, 40);
      if (words.test(v)) add('failures', '8.10.1', p, 'rtl-text', { sample });
      else add('doubts', '8.10.1', p, 'rtl-word', { sample });
    }
  }
  r.applicable = bt['8.10.1'].applicable + bt['8.10.2'].applicable;
  return r;
}
