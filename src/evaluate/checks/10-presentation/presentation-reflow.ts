import type { RawNode } from '../define.js';
import { defineCheck, emptyResult } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-reflow',
    decides: ['10.11.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['reflow'],
    description:
      '10.11.1: at 320 × 256 CSS px (the 400 % zoom of 1280 × 1024), the horizontal scrolling of the document (scrollWidth > clientWidth + 1) and the elements reaching beyond the right edge. NC when visible text or a control causes it; nothing when only content the RGAA exempts overflows (data tables, images, video, maps, diagrams, toolbars, carousels); doubt otherwise.',
  },
  run({ reflow: a }) {
    const out = emptyResult(1);
    const W = a.width;
    if (!a.body || a.scrollWidth <= W + 1) return out;
    const node = (e: { selector: string; snippet: string }, message: string): RawNode => ({ ...e, message });
    let exemptOnly = true;
    let anyExempt = false;
    for (const leaf of a.leaves) {
      if (leaf.contained) continue;
      if (leaf.exempt) {
        anyExempt = true;
        continue;
      }
      exemptOnly = false;
      if (!leaf.visible || !leaf.element) continue;
      const msg = `at 320 CSS px wide, this ${leaf.control ? 'control' : 'content'} reaches ${Math.round(leaf.right)} px`;
      if ((leaf.ownText || leaf.control) && !leaf.pre && !a.rootClips && leaf.left < W - 1) {
        // Text or a control cut by the right edge of the viewport: reading it needs horizontal scrolling.
        if (out.failures.length < 20) out.failures.push(node(leaf.element, `${msg}: the page scrolls horizontally (${a.scrollWidth} px for ${W} px)`));
      } else if (out.doubts.length < 20) {
        const why = a.rootClips
          ? 'the page hides horizontal overflow: check that no content is cut off'
          : leaf.pre
            ? 'preformatted text: check that it needs two dimensions'
            : leaf.left >= W - 1
              ? 'it lies entirely off-screen (an off-canvas panel?): check whether it holds information'
              : 'it has no text of its own: check what it holds';
        out.doubts.push(node(leaf.element, `${msg}; ${why}`));
      }
    }
    // Only content the RGAA exempts overflows (data tables, images, maps, carousels…).
    if (exemptOnly && anyExempt) return out;
    if (!out.failures.length && !out.doubts.length && !a.rootClips) {
      out.doubts.push(node(a.body, `at 320 CSS px wide the page scrolls horizontally (${a.scrollWidth} px for ${W} px) but the cause was not found`));
    }
    return out;
  },
});
