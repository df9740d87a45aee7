import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./presentation-text-spacing.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const body = document.body;
  if (!body) return r;
  r.applicable = 1;
  const skip = /^(script|style|noscript|template|br|wbr|input|select|textarea|option|optgroup|svg|math|img|video|audio|canvas|iframe|object|embed|picture|source)$/;
  // Only a box that clips (overflow hidden or clip on an axis) and holds text can cut text off, and
  // the injected style changes no overflow value: the other elements are not read, and a page
  // without such a box gets no second layout (the style is not injected; ~40 ms of a page's CPU).
  const clips = /hidden|clip/;
  const els = (
    Array.from(body.querySelectorAll('*'))
      .filter((e) => !skip.test(e.localName) && e.namespaceURI === 'http://www.w3.org/1999/xhtml')
      .slice(0, 4000) as HTMLElement[]
  ).filter((e) => {
    const cs = getComputedStyle(e);
    return (clips.test(cs.overflowX) || clips.test(cs.overflowY)) && /\S/.test(e.textContent ?? '');
  });
  if (!els.length) return r;
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
      if (cut && r.failures.length < h.max) r.failures.push(h.node(e, 'cut-off', { height: ch, overflow: cs.overflowY }));
      else if (!cut && r.doubts.length < h.max)
        r.doubts.push(h.node(e, vOver ? 'clipped-vertically' : 'truncated-horizontally'));
    }
  } finally {
    spacing.remove();
    void body.offsetHeight;
    freeze.remove();
  }
  return r;
}
