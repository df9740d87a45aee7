/** Checks of our own for theme 10 (presentation of information). See ./types.ts for the contract. */
import type { Page } from 'playwright';
import { withDescribe, type Describe } from '../../gather/dom.js';
import type { CheckResult, InPageCheck, RawNode } from './types.js';
import type { InteractiveCheck } from './types.js';
import { probePage, listenerNode } from './consultation.js';

export const inPage: InPageCheck[] = [
  {
    id: 'presentation-tags',
    description:
      '10.1.1: presentational elements in the generated source: basefont, big, blink, center, font, marquee, s, strike, tt, and u when the doctype is not HTML5 (RGAA methodology and glossary). HTML elements only (SVG <font> is not concerned).',
    run: (h) => {
      const r = h.result();
      r.applicable = 1;
      const dt = document.doctype;
      const html5 = !!dt && dt.name.toLowerCase() === 'html' && !dt.publicId && (!dt.systemId || dt.systemId === 'about:legacy-compat');
      const tags = ['basefont', 'big', 'blink', 'center', 'font', 'marquee', 's', 'strike', 'tt'];
      if (!html5) tags.push('u');
      for (const el of h.all(tags.join(','))) {
        if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
        if (r.failures.length >= h.max) break;
        const extra = el.localName === 'u' ? ' (allowed only with an HTML5 doctype)' : '';
        r.failures.push(h.node(el, `<${el.localName}> is a presentational element${extra}: presentation must be done with CSS`));
      }
      return r;
    },
  },
  {
    id: 'presentation-attributes',
    description:
      '10.1.2: presentational attributes (align, alink, background, bgcolor, border, cellpadding, cellspacing, char, charoff, clear, color, compact, frameborder, hspace, link, marginheight, marginwidth, text, valign, vlink, vspace, size, width, height) on the HTML elements where browsers give them a presentational effect (HTML 4 / obsolete HTML; the same attribute on an element it does nothing on is ignored). size is allowed on select; width/height on img, object, embed, canvas, svg. The RGAA glossary also forbids size on input and width/height on iframe, video, source and input[type=image], which HTML5 allows: these are doubts for a human. Custom elements, SVG and MathML are not concerned.',
    run: (h) => {
      const r = h.result();
      r.applicable = 1;
      const T = 'table,thead,tbody,tfoot,tr,td,th,col,colgroup';
      const map: Record<string, string> = {
        align: 'caption,col,colgroup,div,h1,h2,h3,h4,h5,h6,hr,iframe,img,input,legend,object,p,table,tbody,thead,tfoot,td,th,tr,embed,applet',
        alink: 'body',
        link: 'body',
        vlink: 'body',
        text: 'body',
        background: 'body,' + T,
        bgcolor: 'body,' + T,
        border: 'img,object,table,iframe,frameset',
        cellpadding: 'table',
        cellspacing: 'table',
        char: T,
        charoff: T,
        clear: 'br',
        color: 'font,basefont,hr',
        compact: 'dl,menu,ol,ul,dir',
        frameborder: 'iframe,frame',
        hspace: 'img,iframe,embed,object,input,applet',
        vspace: 'img,iframe,embed,object,input,applet',
        marginheight: 'body,iframe,frame',
        marginwidth: 'body,iframe,frame',
        valign: T,
        size: 'hr,font,basefont',
        width: 'hr,pre,table,td,th,col,colgroup,applet,spacer',
        height: 'td,th,tr,table,applet,spacer',
      };
      const doubtful: Record<string, string> = { size: 'input', width: 'iframe,video,source,input', height: 'iframe,video,source,input' };
      const names = Object.keys(map);
      const seen = new Set<Element>();
      for (const el of h.all(names.map((a) => `[${a}]`).join(','))) {
        if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || el.localName.includes('-') || seen.has(el)) continue;
        seen.add(el);
        if (r.failures.length + r.doubts.length >= 2 * h.max) break;
        const bad: string[] = [];
        const odd: string[] = [];
        for (const a of names) {
          if (!el.hasAttribute(a)) continue;
          if (map[a].split(',').includes(el.localName)) bad.push(a);
          else if (doubtful[a] && doubtful[a].split(',').includes(el.localName)) odd.push(a);
        }
        if (bad.length) r.failures.push(h.node(el, `presentational attribute${bad.length > 1 ? 's' : ''} ${bad.join(', ')} on <${el.localName}>: presentation must be done with CSS`));
        else if (odd.length)
          r.doubts.push(h.node(el, `${odd.join(', ')} on <${el.localName}>: valid HTML5, but the RGAA glossary lists it as presentational (allowed only on img, object, embed, canvas, svg, and size on select)`));
      }
      return r;
    },
  },
  {
    id: 'presentation-colour-declarations',
    description:
      '10.5.1 / 10.5.3: text whose colour is set by the author (computed colour other than the browser defaults) while neither its element nor any ancestor declares a background colour or image → NC 10.5.1 (the user’s default background may make it unreadable). Text over a CSS background image with no background colour declared up the tree: NC 10.5.3 when the text colour would be unreadable on the default white background (contrast < 3:1), a doubt when it is between 3 and 4.5:1. Pages declaring a dark colour-scheme are left to a human.',
    run: (h) => {
      const r = h.result();
      const t1 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const t3 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      r.byTest = { '10.5.1': t1, '10.5.3': t3 };
      const body = document.body;
      if (!body) return r;
      const rootScheme = getComputedStyle(document.documentElement).colorScheme || 'normal';
      if (/dark/.test(rootScheme)) {
        t1.applicable = 1;
        t1.doubts.push(h.node(document.documentElement, `the page declares color-scheme: ${rootScheme}: check colour and background declarations by hand`));
        return r;
      }
      const DEFAULTS = new Set(['rgb(0, 0, 0)', 'rgb(0, 0, 238)', 'rgb(85, 26, 139)', 'rgb(255, 0, 0)', 'rgba(16, 16, 16, 0.3)', 'rgb(109, 109, 109)', 'rgb(84, 84, 84)', 'rgb(128, 128, 128)', 'rgba(0, 0, 0, 0)']);
      const bgCache = new Map<Element, { color: boolean; image: boolean; url: boolean }>();
      const ownBg = (el: Element) => {
        let v = bgCache.get(el);
        if (!v) {
          const cs = getComputedStyle(el);
          const c = cs.backgroundColor;
          const img = cs.backgroundImage || 'none';
          v = { color: !!c && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c), image: img !== 'none', url: /url\(/.test(img) };
          bgCache.set(el, v);
        }
        return v;
      };
      const chainBg = (el: Element, what: 'color' | 'any'): boolean => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const b = ownBg(e);
          if (b.color || (what === 'any' && b.image)) return true;
        }
        return false;
      };
      const lum = (c: string): number | null => {
        const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(c);
        if (!m) return null;
        const ch = [m[1], m[2], m[3]].map((x) => {
          const v = parseFloat(x) / 255;
          return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
      };
      // Elements holding text directly (capped), in document order.
      const holders: Element[] = [];
      const seen = new Set<Element>();
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let n: Node | null;
      let steps = 0;
      while ((n = walker.nextNode()) && holders.length < 400 && steps++ < 5000) {
        if (!n.nodeValue || !n.nodeValue.trim()) continue;
        const p = n.parentElement;
        if (!p || seen.has(p)) continue;
        seen.add(p);
        if (p.closest('script, style, noscript, template, svg, math, select, option, textarea, button, input')) continue;
        if (!h.visible(p)) continue;
        holders.push(p);
      }
      const reported = new Set<string>();
      for (const el of holders) {
        const color = getComputedStyle(el).color;
        if (DEFAULTS.has(color)) continue;
        t1.applicable++;
        if (!chainBg(el, 'any') && !reported.has(color) && t1.failures.length < h.max) {
          reported.add(color);
          t1.failures.push(h.node(el, `text colour ${color} is declared but no background colour is declared on this element or any ancestor`));
        }
      }
      // 10.5.3: elements with a background image (url) that hold text.
      const all = Array.from(body.querySelectorAll('*')).slice(0, 3001);
      all.unshift(body);
      for (const el of all) {
        if (!ownBg(el).url) continue;
        const text = (el as HTMLElement).innerText;
        if (!text || !text.trim()) continue;
        t3.applicable++;
        if (chainBg(el, 'color')) continue;
        // The text colour of the first text holder inside.
        const holder = holders.find((x) => el === x || el.contains(x)) || el;
        const L = lum(getComputedStyle(holder).color);
        if (L === null) continue;
        const ratio = 1.05 / (L + 0.05);
        if (ratio < 3 && t3.failures.length < h.max)
          t3.failures.push(h.node(el, `text over a background image with no background colour declared: without the image, its colour ${getComputedStyle(holder).color} on the default white background has a contrast of ${ratio.toFixed(2)}:1`));
        else if (ratio < 4.5 && t3.doubts.length < h.max) t3.doubts.push(h.node(el, 'text over a background image with no background colour declared: check that it stays readable without the image'));
      }
      // Without a declared colour the test is not proven out of scope (black may be declared): keep it applicable.
      if (!t1.applicable && holders.length) t1.applicable = 1;
      // Background images are looked for on the first 3000 elements only: beyond, the scope is unknown.
      if (!t3.applicable && all.length > 3000) t3.applicable = 1;
      r.applicable = t1.applicable + t3.applicable;
      r.failures = [...t1.failures, ...t3.failures];
      r.doubts = [...t1.doubts, ...t3.doubts];
      return r;
    },
  },
  {
    id: 'presentation-hidden-content',
    doubtsOnly: true,
    description:
      '10.8 scope: hidden content as the RGAA glossary defines it (hidden, aria-hidden="true", display:none, visibility:hidden, font-size:0; closed details and dialog). None → NA.',
    run: (h) => {
      const r = h.result();
      r.applicable = h.all('body [hidden], body [aria-hidden=true], details:not([open]), dialog:not([open])').length;
      if (r.applicable || !document.body) return r;
      const skip = /^(script|style|noscript|template|link|meta|title|br|wbr|datalist|option|optgroup|param|source|track|area|rp|noembed|noframes|base)$/;
      const els = Array.from(document.body.querySelectorAll('*')).slice(0, 4000);
      for (const el of els) {
        if (skip.test(el.localName) || (el.localName === 'input' && (el as HTMLInputElement).type === 'hidden')) continue;
        const cs = getComputedStyle(el);
        if (cs.display === 'none' || cs.visibility === 'hidden' || cs.fontSize === '0px') {
          r.applicable++;
          if (r.applicable >= 5) break;
        }
      }
      return r;
    },
  },
  {
    id: 'presentation-text-spacing',
    description:
      '10.12.1: apply the WCAG text-spacing values (line-height 1.5, paragraph spacing 2em, letter-spacing 0.12em, word-spacing 0.16em) with an injected style, then look for containers with overflow hidden/clip that did not overflow before and now cut text off: NC when a line of text is proven to lie beyond the bottom edge of the clipping box, a doubt for horizontal truncation or unclear cases. The style is removed after (transitions disabled meanwhile).',
    run: (h) => {
      const r = h.result();
      const body = document.body;
      if (!body) return r;
      r.applicable = 1;
      const skip = /^(script|style|noscript|template|br|wbr|input|select|textarea|option|optgroup|svg|math|img|video|audio|canvas|iframe|object|embed|picture|source)$/;
      const els = Array.from(body.querySelectorAll('*'))
        .filter((e) => !skip.test(e.localName) && e.namespaceURI === 'http://www.w3.org/1999/xhtml')
        .slice(0, 4000) as HTMLElement[];
      const before = els.map((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1);
      const freeze = document.createElement('style');
      freeze.textContent = '*, *::before, *::after { transition: none !important; }';
      const spacing = document.createElement('style');
      spacing.textContent =
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
      const host = document.head || document.documentElement;
      host.appendChild(freeze);
      host.appendChild(spacing);
      try {
        for (let i = 0; i < els.length; i++) {
          if (before[i]) continue;
          const e = els[i];
          const ch = e.clientHeight;
          const cw = e.clientWidth;
          if (ch < 4 || cw < 4) continue;
          const vOver = e.scrollHeight > ch + 1;
          const hOver = e.scrollWidth > cw + 1;
          if (!vOver && !hOver) continue;
          const cs = getComputedStyle(e);
          const clipY = /hidden|clip/.test(cs.overflowY);
          const clipX = /hidden|clip/.test(cs.overflowX);
          if (!(vOver && clipY) && !(hOver && clipX)) continue;
          if (!h.visible(e) || !(e.innerText || '').trim()) continue;
          const box = e.getBoundingClientRect();
          let cut = false;
          if (vOver && clipY) {
            const tw = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let t: Node | null;
            let k = 0;
            while (!cut && (t = tw.nextNode()) && k++ < 60) {
              if (!t.nodeValue || !t.nodeValue.trim()) continue;
              const p = t.parentElement;
              if (!p || getComputedStyle(p).visibility === 'hidden') continue;
              range.selectNodeContents(t);
              for (const rc of Array.from(range.getClientRects())) {
                if (rc.width > 0 && rc.height > 0 && rc.bottom > box.bottom + 3 && rc.left < box.right && rc.right > box.left) {
                  cut = true;
                  break;
                }
              }
            }
          }
          if (cut && r.failures.length < h.max) r.failures.push(h.node(e, `with increased text spacing, text is cut off at the bottom of this box (fixed height ${ch}px, overflow ${cs.overflowY})`));
          else if (!cut && r.doubts.length < h.max)
            r.doubts.push(h.node(e, `with increased text spacing, the content of this box overflows it and is ${vOver ? 'clipped vertically' : 'truncated horizontally'} (overflow hidden): check that no text is lost`));
        }
      } finally {
        spacing.remove();
        void body.offsetHeight;
        freeze.remove();
      }
      return r;
    },
  },
];

/* ---------------- interactive checks ---------------- */

/** In the page, at 320 × 256 CSS px: measure horizontal scrolling and find what causes it. Self-contained. */
function measureReflow(describe: Describe): CheckResult {
  const out: CheckResult = { applicable: 1, failures: [], doubts: [] };
  const se = (document.scrollingElement || document.documentElement) as HTMLElement;
  const W = se.clientWidth;
  if (!document.body || se.scrollWidth <= W + 1) return out;
  const clips = (el: Element) => /hidden|clip/.test(getComputedStyle(el).overflowX);
  const rootClips = clips(document.documentElement) || clips(document.body);
  const node = (el: Element, message: string): RawNode => describe(el, message);
  const sx = window.scrollX;
  const all = Array.from(document.body.querySelectorAll('*')).slice(0, 5000);
  const over = new Set<Element>();
  const right = new Map<Element, number>();
  for (const el of all) {
    const rc = el.getBoundingClientRect();
    if (rc.width > 2 && rc.height > 2 && rc.right + sx > W + 1) {
      over.add(el);
      right.set(el, rc.right + sx);
    }
  }
  const leaves = [...over].filter((el) => !Array.from(el.children).some((c) => over.has(c))).slice(0, 300);
  const EXEMPT =
    'table:not([role=presentation]):not([role=none]), img, picture, svg, canvas, video, audio, iframe, object, embed, map, math, [role=img], [role=toolbar], [role=grid], [role=treegrid], [role=table], [role=application], [role=math], [role=figure], [aria-roledescription=carousel], [aria-roledescription=slide], .swiper, .slick-slider, .splide, .glide, .owl-carousel, .leaflet-container, .mapboxgl-map, .ol-viewport, .gm-style';
  let exemptOnly = true;
  const seen = new Set<Element>();
  for (const leaf of leaves) {
    // Fixed boxes never scroll the document; boxes inside a clipping or scrolling container that
    // ends inside the viewport do not either.
    let contained = false;
    for (let a: Element | null = leaf; a && a !== document.body; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.position === 'fixed') {
        contained = true;
        break;
      }
      if (a !== leaf && cs.overflowX !== 'visible' && a.getBoundingClientRect().right + sx <= W + 1) {
        contained = true;
        break;
      }
    }
    if (contained) continue;
    const exempt = leaf.closest(EXEMPT);
    if (exempt) {
      if (!seen.has(exempt)) {
        seen.add(exempt);
      }
      continue;
    }
    exemptOnly = false;
    const he = leaf as HTMLElement;
    if (typeof he.checkVisibility === 'function' && !he.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) continue;
    const ownText = Array.from(leaf.childNodes).some((c) => c.nodeType === 3 && (c.nodeValue || '').trim());
    const control = leaf.matches('a[href], button, input, select, textarea, [role=button], [role=link]');
    const pre = leaf.closest('pre, code');
    const left = leaf.getBoundingClientRect().left + sx;
    const msg = `at 320 CSS px wide, this ${control ? 'control' : 'content'} reaches ${Math.round(right.get(leaf)!)} px`;
    if ((ownText || control) && !pre && !rootClips && left < W - 1) {
      // Text or a control cut by the right edge of the viewport: reading it needs horizontal scrolling.
      if (out.failures.length < 20) out.failures.push(node(leaf, `${msg}: the page scrolls horizontally (${se.scrollWidth} px for ${W} px)`));
    } else if (out.doubts.length < 20) {
      const why = rootClips
        ? 'the page hides horizontal overflow: check that no content is cut off'
        : pre
          ? 'preformatted text: check that it needs two dimensions'
          : left >= W - 1
            ? 'it lies entirely off-screen (an off-canvas panel?): check whether it holds information'
            : 'it has no text of its own: check what it holds';
      out.doubts.push(node(leaf, `${msg}; ${why}`));
    }
  }
  if (exemptOnly && seen.size) {
    // Only content the RGAA exempts overflows (data tables, images, maps, carousels…).
    return out;
  }
  if (!out.failures.length && !out.doubts.length && !rootClips) {
    out.doubts.push(node(document.body, `at 320 CSS px wide the page scrolls horizontally (${se.scrollWidth} px for ${W} px) but the cause was not found`));
  }
  return out;
}

export const interactive: InteractiveCheck[] = [
  {
    id: 'presentation-reflow',
    description:
      '10.11.1: resize the viewport to 320 × 256 CSS px (the 400 % zoom of 1280 × 1024), measure horizontal scrolling of the document (scrollWidth > clientWidth + 1) and find the elements reaching beyond the right edge. NC when visible text or a control causes it; nothing when only content the RGAA exempts overflows (data tables, images, video, maps, diagrams, toolbars, carousels); doubt otherwise. One resize, one evaluation, one resize back.',
    async run(page: Page) {
      const size = page.viewportSize() ?? { width: 1280, height: 800 };
      await page.setViewportSize({ width: 320, height: 256 });
      try {
        // Media queries apply at once: layout is computed when the measurement reads it.
        return (await page.evaluate(withDescribe(measureReflow))) as CheckResult;
      } finally {
        await page.setViewportSize(size);
      }
    },
  },
  {
    id: 'presentation-hover-content',
    doubtsOnly: true,
    description:
      '10.13 scope: content that may appear on hover or focus: mouseover/mouseenter/pointerover/pointerenter/focus/focusin listeners, CSS :hover/:focus rules showing another element or a pseudo-element, tooltip markup, unreadable style sheets, embedded frames. None → NA (title tooltips and dialogs are exempt anyway).',
    async run(page: Page) {
      const p = await probePage(page);
      const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
      const types = new Set(['mouseover', 'mouseenter', 'pointerover', 'pointerenter', 'focus', 'focusin']);
      if (p.listenerError) r.doubts.push({ selector: 'html', snippet: '<html>', message: `event listeners could not be read (${p.listenerError})` });
      const hits = p.listeners.filter((l) => types.has(l.type));
      r.applicable = hits.length + p.css.hover.length + p.css.focus.length + p.css.unreadable.length + p.dom.tooltips + p.dom.frames + (p.listenerError ? 1 : 0);
      for (const l of hits.slice(0, 5)) r.doubts.push(listenerNode(l, `listens to '${l.type}': if content appears, check it can be dismissed, hovered and stays visible`));
      for (const c of [...p.css.hover, ...p.css.focus].slice(0, 5)) r.doubts.push({ selector: c.selector, snippet: `${c.selector} { … }`, message: 'CSS shows content on hover or focus: check it can be dismissed, hovered and stays visible' });
      return r;
    },
  },
  {
    id: 'presentation-css-hover-content',
    doubtsOnly: true,
    description:
      '10.14.1 / 10.14.2: CSS rules showing another element or a pseudo-element on :hover (10.14.1) or :focus/:focus-within/:focus-visible (10.14.2). None in readable style sheets (font-only hosts excepted) → NA. A :hover rule with no :focus counterpart for the same target (or the reverse) is listed as a doubt (a script may still show it).',
    async run(page: Page) {
      const p = await probePage(page);
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      const hovers = p.css.hover.map((c) => norm(c.selector));
      const focuses = p.css.focus.map((c) => norm(c.selector));
      const focusSet = new Set(focuses);
      const hoverSet = new Set(hovers);
      const t1: CheckResult = { applicable: hovers.length + p.css.unreadable.length, failures: [], doubts: [] };
      const t2: CheckResult = { applicable: focuses.length + p.css.unreadable.length, failures: [], doubts: [] };
      const seen = new Set<string>();
      for (const s of hovers) {
        if (seen.has(s)) continue;
        seen.add(s);
        const twins = [':focus', ':focus-within', ':focus-visible'].map((f) => s.replace(/:hover/gi, f));
        if (twins.some((t) => focusSet.has(t))) continue;
        if (t1.doubts.length < 20) t1.doubts.push({ selector: s, snippet: `${s} { … }`, message: 'content shown on hover by CSS with no matching :focus rule: check it also appears on keyboard focus or activation' });
      }
      for (const s of focuses) {
        if (seen.has(s)) continue;
        seen.add(s);
        const twin = s.replace(/:focus(-within|-visible)?/gi, ':hover');
        if (hoverSet.has(twin)) continue;
        if (t2.doubts.length < 20) t2.doubts.push({ selector: s, snippet: `${s} { … }`, message: 'content shown on focus by CSS with no matching :hover rule: check it also appears on hover or activation' });
      }
      for (const u of p.css.unreadable.slice(0, 5)) {
        const d = { selector: `link[href="${u}"]`, snippet: `<link rel="stylesheet" href="${u}">`, message: 'style sheet not readable (cross-origin): its :hover/:focus rules could not be checked' };
        t1.doubts.push(d);
        t2.doubts.push(d);
      }
      return {
        applicable: t1.applicable + t2.applicable,
        failures: [],
        doubts: [...t1.doubts, ...t2.doubts].slice(0, 20),
        byTest: { '10.14.1': t1, '10.14.2': t2 },
      };
    },
  },
];
