import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./presentation-colour-declarations.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['10.5.1', '10.5.3']);
  const t1 = bt['10.5.1'];
  const t3 = bt['10.5.3'];
  const body = document.body;
  if (!body) return r;
  const rootScheme = getComputedStyle(document.documentElement).colorScheme || 'normal';
  if (/dark/.test(rootScheme)) {
    t1.applicable = 1;
    add('doubts', '10.5.1', document.documentElement, 'color-scheme', { scheme: rootScheme });
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
      add('failures', '10.5.1', el, 'colour-without-background', { color });
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
      add('failures', '10.5.3', el, 'image-without-colour', { color: getComputedStyle(holder).color, ratio: ratio.toFixed(2) });
    else if (ratio < 4.5 && t3.doubts.length < h.max) add('doubts', '10.5.3', el, 'image-without-colour-check');
  }
  // Without a declared colour the test is not proven out of scope (black may be declared): keep it applicable.
  if (!t1.applicable && holders.length) t1.applicable = 1;
  // Background images are looked for on the first 3000 elements only: beyond, the scope is unknown.
  if (!t3.applicable && all.length > 3000) t3.applicable = 1;
  r.applicable = t1.applicable + t3.applicable;
  return r;
}
