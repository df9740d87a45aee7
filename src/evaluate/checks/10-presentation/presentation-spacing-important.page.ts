import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { scanSheets } from '../lib/sheets.page.js';

/** The spacing 10.12.1 has the user apply, as a factor of the font size. */
const PROPS = [
  { prop: 'letter-spacing', min: 0.12 },
  { prop: 'word-spacing', min: 0.16 },
  { prop: 'line-height', min: 1.5 },
] as const;

/** The element's own visible, non-blank text nodes (text in child elements gets the user's value: it is theirs). */
function ownText(el: Element): Text[] {
  return Array.from(el.childNodes).filter((n): n is Text => n.nodeType === 3 && !!(n.nodeValue || '').trim());
}

/** The text takes more than one line box (line-height only changes anything then). */
function wraps(texts: Text[]): boolean {
  const range = document.createRange();
  const tops = new Set<number>();
  for (const t of texts) {
    range.selectNodeContents(t);
    for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) tops.add(Math.round(r.top));
    if (tops.size > 1) return true;
  }
  return false;
}

/** The computed value as a factor of the font size; `normal` counts as no extra spacing (line-height: 1.2). */
function factor(cs: CSSStyleDeclaration, prop: string): number {
  const size = parseFloat(cs.fontSize) || 16;
  const v = cs.getPropertyValue(prop);
  if (v === 'normal') return prop === 'line-height' ? 1.2 : 0;
  return (parseFloat(v) || 0) / size;
}

/** In the page: see ./presentation-spacing-important.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  if (!document.body) return r;
  r.applicable = 1;
  const below = (el: Element, prop: string, min: number): number | null => {
    if (!h.visible(el)) return null;
    const texts = ownText(el);
    if (!texts.length) return null;
    const f = factor(getComputedStyle(el), prop);
    if (f >= min - 0.005) return null;
    if (prop === 'line-height' && !wraps(texts)) return null;
    return f;
  };
  const fmt = (f: number) => String(Math.round(f * 100) / 100);
  const seen = new Set<Element>();
  for (const el of h.all('[style]').slice(0, 5000)) {
    const style = (el as HTMLElement).style;
    if (!style) continue;
    for (const { prop, min } of PROPS) {
      if (style.getPropertyPriority(prop) !== 'important') continue;
      const f = below(el, prop, min);
      if (f === null) continue;
      seen.add(el);
      if (r.failures.length < h.max)
        r.failures.push(h.node(el, 'inline-important', { prop, value: style.getPropertyValue(prop), factor: fmt(f), min: String(min) }));
    }
  }
  for (const { rule } of scanSheets().rules) {
    for (const { prop, min } of PROPS) {
      if (rule.style.getPropertyPriority(prop) !== 'important') continue;
      let els: Element[];
      try {
        els = h.all(rule.selectorText).slice(0, 200);
      } catch {
        continue;
      }
      for (const el of els) {
        if (seen.has(el)) continue;
        const f = below(el, prop, min);
        if (f === null) continue;
        seen.add(el);
        if (r.doubts.length < h.max)
          r.doubts.push(h.node(el, 'sheet-important', { prop, value: rule.style.getPropertyValue(prop), rule: rule.selectorText.slice(0, 80), factor: fmt(f) }));
      }
    }
  }
  return r;
}
