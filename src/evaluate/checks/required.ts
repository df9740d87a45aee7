/**
 * Theme 8 (required elements). In-page checks run in the page: only `h`, the DOM and `axe`
 * (see ./types.ts). The cross-page check `req-title-relevance` is pure Node code over the facts
 * gathered on each page (`facts.title`, always gathered, and `titleContext` below).
 *
 * The checks read the generated DOM, not the source: a doctype written after <html> is dropped by
 * the parser, so it shows up as a missing doctype (8.1.1, whose methodology also checks placement);
 * duplicated attributes and unclosed tags are repaired by the parser and cannot be seen.
 */
import type { CheckResult, InPageCheck } from './types.js';
import type { CrossPageCheck } from './types.js';
import type { FactGatherer } from '../../gather/inpage.js';

export const inPage: InPageCheck[] = [
  {
    id: 'req-doctype',
    description: '8.1.1: a document type is declared; 8.1.2: it is the HTML5 doctype or a known public DTD; 8.1.3: it comes before <html>.',
    run: (h) => {
      const { r, bt } = h.perTest(['8.1.1', '8.1.2', '8.1.3']);
      bt['8.1.1'].applicable = 1;
      r.applicable = 1;
      const root = h.doc.documentElement;
      const dt = h.doc.doctype;
      if (!dt) {
        const n = h.node(root, 'No document type declaration (such as <!DOCTYPE html>) before <html>' + (h.doc.compatMode === 'BackCompat' ? ': the page renders in quirks mode.' : '.'));
        bt['8.1.1'].failures.push(n);
        r.failures.push(n);
        return r;
      }
      bt['8.1.2'].applicable = 1;
      bt['8.1.3'].applicable = 1;
      const text = `<!DOCTYPE ${dt.name}${dt.publicId ? ` PUBLIC "${dt.publicId}"` : ''}${dt.systemId ? ` "${dt.systemId}"` : ''}>`;
      const kids = Array.from(h.doc.childNodes);
      if (kids.indexOf(dt) > kids.indexOf(root)) {
        const n = h.node(root, `The document type declaration ${text} comes after <html>.`);
        bt['8.1.3'].failures.push(n);
        r.failures.push(n);
      }
      const known = [
        '-//W3C//DTD HTML 4.01//EN', '-//W3C//DTD HTML 4.01 Transitional//EN', '-//W3C//DTD HTML 4.01 Frameset//EN',
        '-//W3C//DTD HTML 4.0//EN', '-//W3C//DTD HTML 4.0 Transitional//EN', '-//W3C//DTD HTML 4.0 Frameset//EN',
        '-//W3C//DTD HTML 3.2 Final//EN', '-//W3C//DTD HTML 3.2//EN', '-//IETF//DTD HTML 2.0//EN', '-//IETF//DTD HTML//EN',
        '-//W3C//DTD XHTML 1.0 Strict//EN', '-//W3C//DTD XHTML 1.0 Transitional//EN', '-//W3C//DTD XHTML 1.0 Frameset//EN',
        '-//W3C//DTD XHTML 1.1//EN', '-//W3C//DTD XHTML Basic 1.0//EN', '-//W3C//DTD XHTML Basic 1.1//EN',
        '-//W3C//DTD XHTML+RDFa 1.0//EN', '-//W3C//DTD XHTML+RDFa 1.1//EN', '-//W3C//DTD XHTML 1.1 plus MathML 2.0//EN',
        '-//W3C//DTD XHTML 1.1 plus MathML 2.0 plus SVG 1.1//EN', '-//WAPFORUM//DTD XHTML Mobile 1.0//EN',
        '-//WAPFORUM//DTD XHTML Mobile 1.1//EN', '-//WAPFORUM//DTD XHTML Mobile 1.2//EN', '-//W3C//DTD HTML 4.01 plus RDFa 1.1//EN',
      ].map((s) => s.toLowerCase());
      const name = dt.name.toLowerCase();
      const pub = dt.publicId.trim().toLowerCase();
      const sys = dt.systemId.trim().toLowerCase();
      let problem = '';
      let doubt = '';
      if (name !== 'html') problem = `document type name "${dt.name}" is not "html"`;
      else if (!pub) {
        if (sys && sys !== 'about:legacy-compat') doubt = `system identifier "${dt.systemId}" without a public identifier`;
      } else if (!known.includes(pub)) doubt = `unknown public identifier "${dt.publicId}"`;
      if (problem) {
        const n = h.node(root, `Invalid document type ${text}: ${problem}.`);
        bt['8.1.2'].failures.push(n);
        r.failures.push(n);
      } else if (doubt) {
        const n = h.node(root, `Document type ${text}: ${doubt}; check it is a valid document type.`);
        bt['8.1.2'].doubts.push(n);
        r.doubts.push(n);
      }
      return r;
    },
  },
  {
    id: 'req-lang-default',
    description: '8.3.1: a default language is given by lang or xml:lang on <html>, or else on every element holding text or one of its parents.',
    run: (h) => {
      const r = h.result();
      r.applicable = 1;
      const root = h.doc.documentElement;
      const has = (el: Element) => !!((el.getAttribute('lang') || '').trim() || (el.getAttribute('xml:lang') || '').trim());
      if (has(root)) return r;
      const body = h.doc.body;
      if (!body) {
        r.failures.push(h.node(root, 'No default language: <html> has no lang attribute.'));
        return r;
      }
      const w = h.doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = w.nextNode(); n && seen < 20000; n = w.nextNode()) {
        seen++;
        if (!(n.nodeValue || '').trim()) continue;
        const p = n.parentElement;
        if (!p || p.closest('script, style, noscript, template')) continue;
        let e: Element | null = p;
        let ok = false;
        while (e && e !== root) {
          if (has(e)) {
            ok = true;
            break;
          }
          e = e.parentElement;
        }
        if (!ok) {
          r.failures.push(h.node(root, `No default language: <html> has no lang attribute${root.hasAttribute('lang') ? ' value' : ''} and the text "${(n.nodeValue || '').trim().slice(0, 40)}" has no lang on it or on a parent.`));
          return r;
        }
      }
      // Every text of the body has a language, but not <html>: the page <title> has none.
      r.doubts.push(h.node(root, '<html> has no lang attribute; the body text has a language on its elements, but the page title and other head content have none: check the default language is given.'));
      return r;
    },
  },
  {
    id: 'req-title',
    description: '8.5.1: the page has a <title> element with text.',
    run: (h) => {
      const r = h.result();
      r.applicable = 1;
      const el = Array.from(h.doc.getElementsByTagName('title')).find((t) => t.namespaceURI === 'http://www.w3.org/1999/xhtml');
      if (!el) r.failures.push(h.node(h.doc.head || h.doc.documentElement, 'The page has no <title> element.'));
      else if (!h.doc.title.trim()) r.failures.push(h.node(el, 'The page <title> is empty.'));
      return r;
    },
  },
  {
    id: 'req-valid-markup',
    description:
      '8.2.1, the part of validity the generated DOM shows: duplicate, empty or space-containing id values; block elements directly inside elements that accept only phrasing content (<span>, <button>, <label>, <p>, headings…); <li> outside a list; list children other than <li>; interactive content nested in <a> or <button>; <main> inside <article>, <aside>, <header>, <footer> or <nav>.',
    run: (h) => {
      const r = h.result();
      r.applicable = 1;
      const fail = (el: Element, msg: string) => {
        if (r.failures.length < h.max) r.failures.push(h.node(el, msg));
      };
      const byId = new Map<string, Element[]>();
      const withId = Array.from(h.doc.querySelectorAll('[id]')).slice(0, 20000);
      for (const el of withId) {
        const id = el.getAttribute('id') || '';
        if (!id) {
          fail(el, 'Empty id attribute (id="").');
          continue;
        }
        if (/\s/.test(id)) fail(el, `id="${id}" contains white space.`);
        const list = byId.get(id);
        if (list) list.push(el);
        else byId.set(id, [el]);
      }
      for (const [id, els] of byId) {
        if (els.length > 1) fail(els[1], `Duplicate id: id="${id}" is used ${els.length} times in the page.`);
      }
      const phrasingOnly = 'span, button, label, p, h1, h2, h3, h4, h5, h6, strong, em, b, i, small, abbr, cite, code, q, sub, sup, time, dfn, kbd, samp, var, mark, s, u, bdi, bdo, data, pre';
      const flow = 'div, p, ul, ol, dl, table, section, article, aside, nav, header, footer, form, blockquote, figure, h1, h2, h3, h4, h5, h6, hr, main, fieldset, address, pre, details, dialog, menu, hgroup, search';
      for (const el of Array.from(h.doc.querySelectorAll(flow)).slice(0, 20000)) {
        const parent = el.parentElement;
        if (parent && parent.namespaceURI === 'http://www.w3.org/1999/xhtml' && parent.matches(phrasingOnly)) fail(el, `<${el.localName}> is not allowed as a child of <${parent.localName}> (which accepts only phrasing content).`);
      }
      for (const el of Array.from(h.doc.querySelectorAll('li')).slice(0, 5000)) {
        const p = el.parentElement;
        if (p && !p.matches('ul, ol, menu')) fail(el, `<li> is not allowed as a child of <${p.localName}> (only inside <ul>, <ol> or <menu>).`);
      }
      for (const el of Array.from(h.doc.querySelectorAll('ul > *, ol > *, menu > *')).slice(0, 5000)) {
        if (!el.matches('li, script, template')) fail(el, `<${el.localName}> is not allowed as a child of <${el.parentElement!.localName}> (only <li>, <script> or <template>).`);
      }
      for (const el of Array.from(h.doc.querySelectorAll('dl > *')).slice(0, 2000)) {
        if (!el.matches('dt, dd, div, script, template')) fail(el, `<${el.localName}> is not allowed as a child of <dl>.`);
      }
      const interactive = 'a[href], button, input:not([type=hidden]), select, textarea, iframe, embed, details, label, [tabindex]';
      for (const ctl of Array.from(h.doc.querySelectorAll('a[href], button')).slice(0, 3000)) {
        const inner = ctl.querySelector(interactive);
        if (inner) fail(inner, `<${inner.localName}${inner.hasAttribute('tabindex') && !inner.matches('a[href], button, input, select, textarea, iframe, embed, details, label') ? ' tabindex' : ''}> must not appear inside <${ctl.localName}> (interactive content nested in interactive content).`);
      }
      for (const el of Array.from(h.doc.querySelectorAll('article main, aside main, header main, footer main, nav main')).slice(0, 20)) {
        const anc = el.parentElement!.closest('article, aside, header, footer, nav');
        fail(el, `<main> must not appear inside <${anc ? anc.localName : 'a sectioning element'}>.`);
      }
      return r;
    },
  },
  {
    id: 'req-presentation-markup',
    description:
      '8.9.1: markup used only for presentation: runs of <br> simulating paragraphs or spacing (two or more between text, three or more anywhere), and empty paragraphs (<p>&nbsp;</p>, <p><br></p>) used as spacers. Two <br> at the edge of a block are listed for a human.',
    run: (h) => {
      const r = h.result();
      r.applicable = 1;
      const blank = (n: Node | null) => !!n && n.nodeType === 3 && !(n.nodeValue || '').replace(/[\s\u00a0]/g, '');
      const skip = 'pre, textarea, code, [contenteditable], address, svg';
      const next = (n: Node | null) => {
        let x = n ? n.nextSibling : null;
        while (x && (blank(x) || x.nodeType === 8)) x = x.nextSibling;
        return x;
      };
      const prev = (n: Node | null) => {
        let x = n ? n.previousSibling : null;
        while (x && (blank(x) || x.nodeType === 8)) x = x.previousSibling;
        return x;
      };
      const isBr = (n: Node | null) => !!n && n.nodeType === 1 && (n as Element).localName === 'br';
      let reported = 0;
      for (const br of Array.from(h.doc.querySelectorAll('br')).slice(0, 5000)) {
        if (reported >= h.max) break;
        if (isBr(prev(br))) continue; // not the first of its run
        let len = 1;
        let last: Node = br;
        for (let x = next(br); isBr(x); x = next(x)) {
          len++;
          last = x!;
        }
        if (len < 2) continue;
        const parent = br.parentElement;
        if (!parent || parent.closest(skip) || !h.visible(parent)) continue;
        const before = prev(br);
        const after = next(last);
        const between = !!before && !!after;
        if (between || len >= 3) {
          r.failures.push(h.node(parent, `${len} consecutive <br> ${between ? 'separate blocks of text: they simulate paragraphs (use <p>)' : 'create vertical space (use CSS margins)'}.`));
          reported++;
        } else if (r.doubts.length < h.max) r.doubts.push(h.node(parent, `${len} consecutive <br> at the ${before ? 'end' : 'start'} of a block: check they are not used only for spacing.`));
      }
      for (const p of Array.from(h.doc.querySelectorAll('p')).slice(0, 5000)) {
        if (r.failures.length >= h.max) break;
        if (p.children.length && Array.from(p.children).some((c) => c.localName !== 'br')) continue;
        const text = p.textContent || '';
        if (text.replace(/[\s\u00a0]/g, '')) continue;
        if (!p.children.length && !/\u00a0/.test(text)) continue; // truly empty <p>: often a script placeholder
        const role = (p.getAttribute('role') || '').trim();
        if (role === 'presentation' || role === 'none' || p.hasAttribute('aria-live') || p.closest(skip) || !h.visible(p)) continue;
        r.failures.push(h.node(p, 'Empty paragraph (only spaces or <br>) used as a spacer: use CSS margins.'));
      }
      return r;
    },
  },
  {
    id: 'req-dir',
    description:
      '8.10.1: text in a right-to-left script (Arabic, Hebrew…) in a left-to-right page sits in an element with a dir attribute (several words without one fail, a single word is listed for a human); 8.10.2: dir values are "rtl", "ltr" (or "auto"). Scope of 8.10.',
    run: (h) => {
      const { r, bt, add } = h.perTest(['8.10.1', '8.10.2']);
      const root = h.doc.documentElement;
      const body = h.doc.body;
      for (const el of h.all('[dir]').slice(0, 1000)) {
        const v = (el.getAttribute('dir') || '').trim().toLowerCase();
        const valid = v === 'ltr' || v === 'rtl' || v === 'auto';
        if ((el === root || el === body) && valid) continue; // the default direction, not a change
        bt['8.10.2'].applicable++;
        if (!valid) add('failures', '8.10.2', el, `Invalid dir="${el.getAttribute('dir')}": the reading direction must be "rtl" or "ltr".`);
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
          if (words.test(v)) add('failures', '8.10.1', p, `Right-to-left text ("${sample}") in a left-to-right page without a dir attribute on its element or a parent.`);
          else add('doubts', '8.10.1', p, `Right-to-left word ("${sample}") without a dir attribute: check whether its reading direction needs marking.`);
        }
      }
      r.applicable = bt['8.10.1'].applicable + bt['8.10.2'].applicable;
      return r;
    },
  },
];

/** In-page facts for the cross-page title check: the first level-1 heading and the URL path. */
export const facts: Record<string, FactGatherer> = {
  titleContext: () => {
    // The main content's h1 first; dialogs and cookie banners are not the page's content.
    const h1 = document.querySelector('main h1, [role=main] h1') || Array.from(document.querySelectorAll('h1')).find((e) => !e.closest('dialog, [role=dialog], [role=alertdialog], [aria-modal]')) || null;
    const text = h1 ? (h1.textContent || '').replace(/\s+/g, ' ').trim() : '';
    return { h1: text || null, path: location.pathname + location.search };
  },
};

/** Framework and editor default titles: they never identify a page. */
const PLACEHOLDER_TITLES = new Set([
  'react app', 'vite app', 'vite + react', 'vite + react + ts', 'vite + vue', 'vite + vue + ts', 'vite + svelte', 'vue app',
  'angular', 'my app', 'app', 'document', 'untitled', 'untitled document', 'sans titre', 'new tab', 'nouvel onglet',
  'welcome to nginx!', 'apache2 ubuntu default page: it works', 'index', 'index.html', 'title', 'titre', 'page title',
  'titre de la page', 'test', 'home page', 'my website', 'mon site',
]);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * 8.6.1, pure. A page title is not relevant when it is a framework default ("React App",
 * "Document"), or when another page of the sample with different content (a different first
 * heading) has exactly the same title: a title must identify its page. Pages that share a title
 * and whose headings are equal or missing are listed for a human. A single page with a title of
 * its own is NT (a human judges relevance); a page without a title is out of scope (8.5).
 */
export function titleRelevance(pages: { url: string; facts: Record<string, unknown> }[]): Record<string, CheckResult> {
  const info = pages.map((p) => {
    const title = typeof p.facts.title === 'string' ? norm(p.facts.title) : '';
    const ctx = (p.facts.titleContext ?? {}) as { h1?: string | null; path?: string };
    return { url: p.url, title, key: title.toLowerCase(), h1: ctx.h1 ? norm(ctx.h1).toLowerCase() : '', h1Text: ctx.h1 ? norm(ctx.h1) : '' };
  });
  const out: Record<string, CheckResult> = {};
  const snippet = (t: string) => `<title>${t.slice(0, 120)}</title>`;
  for (const p of info) {
    const res: CheckResult = { applicable: 0, failures: [], doubts: [] };
    out[p.url] = res;
    if (!p.title) continue;
    res.applicable = 1;
    if (PLACEHOLDER_TITLES.has(p.key)) {
      res.failures.push({ selector: 'title', snippet: snippet(p.title), message: `The page title "${p.title}" is a default placeholder: it does not identify the page.` });
      continue;
    }
    const peers = info.filter((q) => q.url !== p.url && q.key === p.key);
    if (!peers.length) continue;
    const different = peers.find((q) => p.h1 && q.h1 && q.h1 !== p.h1);
    if (different) {
      res.failures.push({
        selector: 'title',
        snippet: snippet(p.title),
        message: `The page title "${p.title}" is also the title of ${different.url}, whose content differs (first heading "${different.h1Text.slice(0, 60)}" here "${p.h1Text.slice(0, 60)}"): the title does not identify the page.`,
      });
    } else {
      res.doubts.push({ selector: 'title', snippet: snippet(p.title), message: `The page title "${p.title}" is shared with ${peers[0].url}${peers.length > 1 ? ` and ${peers.length - 1} other page(s)` : ''}: check it identifies each page.` });
    }
  }
  return out;
}

export const crossPage: CrossPageCheck[] = [
  {
    id: 'req-title-relevance',
    description: '8.6.1: default placeholder titles, and the same title on sample pages with different content (first heading). Scope of 8.6: pages with a title.',
    run: titleRelevance,
  },
];
