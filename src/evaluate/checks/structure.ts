/**
 * Theme 9 (structure). Runs in the page: only `h`, the DOM and `axe` (see ./types.ts).
 *
 * Heading levels that skip (h2 then h4) do not fail 9.1.1: the RGAA glossary (« Titre ») says a
 * looser hierarchy is fine while it stays coherent, so gaps are listed for a human. A heading with
 * no text fails 9.1.2 (its content cannot be relevant). A page without <main> fails 9.2.1.
 */
import type { InPageCheck } from './types.js';

export const inPage: InPageCheck[] = [
  {
    id: 'struct-headings',
    description:
      '9.1.2: headings exposed to assistive technologies with no text fail; 9.1.1: gaps in heading levels and role="heading" without aria-level are listed for a human; 9.1.3: a page with text but no heading at all is listed for a human. Scope of 9.1.1 and 9.1.2: headings.',
    run: (h) => {
      const { r, bt, add } = h.perTest(['9.1.1', '9.1.2', '9.1.3']);
      bt['9.1.3'].applicable = 1;
      const all = Array.from(h.doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role=heading]')).slice(0, 1000);
      let prev = 0;
      let prevEl: Element | null = null;
      for (const el of all) {
        const role = (el.getAttribute('role') || '').trim().toLowerCase().split(/\s+/)[0];
        const native = /^h[1-6]$/.test(el.localName);
        if (native && role && role !== 'heading') continue; // semantics removed or replaced
        if (h.hiddenFromAT(el)) continue;
        r.applicable++;
        bt['9.1.1'].applicable++;
        bt['9.1.2'].applicable++;
        let level = native ? Number(el.localName[1]) : 2;
        const al = el.getAttribute('aria-level');
        if (role === 'heading' && al !== null && /^\d+$/.test(al.trim()) && Number(al) > 0) level = Number(al);
        else if (!native) add('doubts', '9.1.1', el, 'Element with role="heading" but no valid aria-level: the RGAA asks for both.');
        const plain = !el.hasAttribute('aria-label') && !el.hasAttribute('aria-labelledby') && !!(el.textContent || '').trim() && !el.querySelector('[aria-hidden], [hidden], [style*="display"]');
        const name = plain ? 'text' : h.name(el).trim();
        if (!name) add('failures', '9.1.2', el, `Empty heading (level ${level}): it announces a heading with no content.`);
        if (prev && level > prev + 1 && prevEl) add('doubts', '9.1.1', el, `Heading level ${level} follows a level ${prev} heading: check the hierarchy stays coherent (a gap alone is not a failure).`);
        prev = level;
        prevEl = el;
      }
      if (!r.applicable && h.doc.body && (h.doc.body.innerText || '').trim().length > 200) {
        add('doubts', '9.1.3', h.doc.body, 'The page has no heading (h1–h6 or role="heading"): check that no passage of text acts as a heading.');
      }
      r.applicable = Math.max(r.applicable, 1);
      return r;
    },
  },
  {
    id: 'struct-landmarks',
    description:
      '9.2.1: a page with an HTML5 doctype structures its main content with a <main> element, and only one <main> without the hidden attribute; missing <header>, <nav> or <footer>, and role="main" on another element, are listed for a human. Scope of 9.2: pages with the HTML5 doctype (particular case of 9.2).',
    run: (h) => {
      const r = h.result();
      const dt = h.doc.doctype;
      const html5 = !!dt && dt.name.toLowerCase() === 'html' && !dt.publicId && (!dt.systemId || dt.systemId.toLowerCase() === 'about:legacy-compat');
      if (!html5) {
        r.byTest = { '9.2.1': { applicable: 0, failures: [], doubts: [] } };
        return r;
      }
      r.applicable = 1;
      const body = h.doc.body || h.doc.documentElement;
      const mains = h.all('main');
      const shown = mains.filter((m) => !m.closest('[hidden]'));
      const roleMain = h.all('[role=main]').filter((e) => e.localName !== 'main');
      const text = (body.innerText || '').trim();
      if (!mains.length) {
        if (roleMain.length) r.doubts.push(h.node(roleMain[0], `The main content is marked with role="main" on <${roleMain[0].localName}>: the RGAA asks for a <main> element.`));
        else if (text.length > 0) r.failures.push(h.node(body, 'No <main> element: the main content zone is not structured with <main>.'));
        else r.doubts.push(h.node(body, 'No <main> element and no visible text: check the page rendered.'));
      }
      if (shown.length > 1) {
        for (const m of shown.slice(1, h.max)) r.failures.push(h.node(m, `${shown.length} <main> elements without the hidden attribute: only one may be visible.`));
      }
      if (!h.all('header, [role=banner]').length && text.length > 0) r.doubts.push(h.node(body, 'No <header> element: check whether the page has a header zone, which must be a <header>.'));
      if (!h.all('footer, [role=contentinfo]').length && text.length > 0) r.doubts.push(h.node(body, 'No <footer> element: check whether the page has a footer zone, which must be a <footer>.'));
      if (!h.all('nav, [role=navigation]').length && h.all('a[href]').length >= 5) r.doubts.push(h.node(body, 'No <nav> element although the page has links: check whether its navigation menus are structured with <nav>.'));
      r.byTest = { '9.2.1': { applicable: 1, failures: r.failures.slice(0, h.max), doubts: r.doubts.slice(0, h.max) } };
      return r;
    },
  },
  {
    id: 'struct-fake-list',
    description:
      '9.3.1: lines or sibling paragraphs starting with the same bullet (•, -, *, ▪…) are an unordered list not marked up as one; 9.3.2: lines numbered 1., 2.… in one block fail, numbered sibling paragraphs are listed for a human.',
    run: (h) => {
      const lists = h.all('ul, ol, [role=list]').length;
      const { r, bt, add } = h.perTest(['9.3.1', '9.3.2']);
      // Visual lists may exist beyond what markup and these patterns show: never 0, never NA from here.
      bt['9.3.1'].applicable = bt['9.3.2'].applicable = r.applicable = 1 + lists;
      const bullet = /^([•·▪◦‣●■►▸✓✔\-*–])[\s\u00a0]+\S/u;
      const number = /^(\d{1,2})[.)][\s\u00a0]+\S/;
      const skip = 'pre, code, textarea, [contenteditable], svg, script, style';
      const block = 'div, p, ul, ol, dl, table, section, article, aside, nav, header, footer, form, blockquote, figure, h1, h2, h3, h4, h5, h6, li, pre';
      // Lines inside one block, separated by <br>.
      for (const el of Array.from(h.doc.querySelectorAll('p, div, td, dd, li, span')).slice(0, 3000)) {
        if (!Array.from(el.children).some((c) => c.localName === 'br')) continue;
        if (el.querySelector(block) || el.closest(skip)) continue;
        const lines: string[] = [''];
        for (const n of Array.from(el.childNodes)) {
          if (n.nodeType === 1 && (n as Element).localName === 'br') lines.push('');
          else lines[lines.length - 1] += n.textContent || '';
        }
        const ls = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
        const marks = ls.map((l) => (bullet.exec(l) || [])[1]).filter(Boolean);
        const sameMark = marks.length >= 2 && marks.filter((m) => m === marks[0]).length >= 2;
        const nums = ls.map((l) => Number((number.exec(l) || [])[1] || 0));
        const start = nums.indexOf(1);
        const numbered = start >= 0 && nums[start + 1] === 2;
        if ((!sameMark && !numbered) || !h.visible(el)) continue;
        if (sameMark) {
          add('failures', '9.3.1', el, `${marks.length} lines start with "${marks[0]}" and are separated by <br>: an unordered list that is not marked up with <ul>/<li>.`);
          continue;
        }
        if (numbered) add('failures', '9.3.2', el, 'Lines numbered 1., 2.… separated by <br>: an ordered list that is not marked up with <ol>/<li>.');
      }
      // Sibling paragraphs starting with the same bullet, or numbered 1, 2…
      const seen = new Set<Element>();
      for (const p of Array.from(h.doc.querySelectorAll('p')).slice(0, 3000)) {
        if (seen.has(p) || p.closest(skip)) continue;
        const text = (e: Element) => (e.textContent || '').replace(/\s+/g, ' ').trim();
        const m = bullet.exec(text(p));
        const k = number.exec(text(p));
        if (!m && !(k && k[1] === '1')) continue;
        const run: Element[] = [p];
        for (let x = p.nextElementSibling; x && x.localName === 'p'; x = x.nextElementSibling) {
          if (m ? (bullet.exec(text(x)) || [])[1] === m[1] : Number((number.exec(text(x)) || [])[1]) === run.length + 1) run.push(x);
          else break;
        }
        run.forEach((e) => seen.add(e));
        if (run.length < 2 || !h.visible(p)) continue;
        if (m) add('failures', '9.3.1', p, `${run.length} consecutive paragraphs start with "${m[1]}": an unordered list that is not marked up with <ul>/<li>.`);
        else add('doubts', '9.3.2', p, `${run.length} consecutive paragraphs numbered 1, 2…: check whether they form an ordered list (<ol>/<li>).`);
      }
      return r;
    },
  },
];
