import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { scanSheets } from '../lib/sheets.page.js';

/** The rotation, in degrees (0–360), a transform and a rotate declaration give; null when it cannot be read. */
function angle(transform: string, rotate: string): number | null {
  try {
    let m = new DOMMatrix(transform && transform !== 'none' ? transform : undefined);
    if (rotate && rotate !== 'none') {
      // `rotate: 90deg` or `rotate: z 90deg` / `rotate: 0 0 1 90deg`: as rotate()/rotate3d().
      const parts = rotate.trim().split(/\s+/);
      const a = parts[parts.length - 1];
      const axis = parts.length === 1 || parts[0] === 'z' ? 'rotate(' + a + ')' : parts.length === 4 ? `rotate3d(${parts.slice(0, 3).join(',')},${a})` : null;
      if (!axis) return null;
      m = new DOMMatrix(axis).multiply(m);
    }
    const deg = (Math.atan2(m.b, m.a) * 180) / Math.PI;
    return (deg + 360) % 360;
  } catch {
    return null;
  }
}

/** In the page: see ./consult-orientation-lock.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  const scan = scanSheets();
  const hasOwnText = (el: Element) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue || '').trim());
  // The page's content as a whole: the root, the body, the main region or a box holding it, or
  // half of the text. A smaller part turned sideways (a badge, a notice) may still be readable:
  // whether the content stays « consultable » is a human's call.
  let bodyText: number | undefined; // read once, and only when an orientation query rotates something
  const half = (el: Element) => {
    bodyText ??= (document.body?.innerText || '').trim().length;
    return bodyText > 0 && ((el as HTMLElement).innerText || '').trim().length >= bodyText / 2;
  };
  const holdsContent = (el: Element) =>
    el === document.documentElement ||
    el === document.body ||
    el.matches('main, [role=main]') ||
    !!el.querySelector('main, [role=main]') ||
    half(el);
  for (const { rule, media } of scan.rules) {
    if (!media.some((m) => /orientation\s*:/i.test(m))) continue;
    const transform = rule.style.getPropertyValue('transform');
    const rotate = rule.style.getPropertyValue('rotate');
    if (!transform && !rotate) continue;
    const a = angle(transform, rotate);
    let els: Element[];
    try {
      els = h.all(rule.selectorText).slice(0, 50);
    } catch {
      continue;
    }
    const where = `@media ${media.find((m) => /orientation/i.test(m))} { ${rule.selectorText.slice(0, 60)} { ${transform ? 'transform: ' + transform : ''}${rotate ? ' rotate: ' + rotate : ''} } }`;
    for (const el of els) {
      const whole = holdsContent(el);
      if (!whole && !(hasOwnText(el) && h.visible(el))) continue;
      if (a === null) {
        if (r.doubts.length < h.max) r.doubts.push(h.node(el, 'unreadable-rotation', { rule: where.slice(0, 200) }));
      } else if (Math.abs((a % 180) - 90) < 1) {
        if (!whole) {
          if (r.doubts.length < h.max) r.doubts.push(h.node(el, 'rotated-part', { angle: Math.round(a), rule: where.slice(0, 200) }));
        } else if (r.failures.length < h.max) r.failures.push(h.node(el, 'rotated', { angle: Math.round(a), rule: where.slice(0, 200) }));
      }
    }
  }
  for (const sheet of scan.unreadable.slice(0, 5)) {
    const owner = sheet.ownerNode instanceof Element ? sheet.ownerNode : document.documentElement;
    if (r.doubts.length < h.max) r.doubts.push(h.node(owner, 'unreadable-sheet', { href: (sheet.href || '').slice(0, 120) }));
  }
  return r;
}
