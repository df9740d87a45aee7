/**
 * The page part of the `reflow` gatherer, at 320 × 256 CSS px: how wide the document is, and the
 * innermost elements reaching beyond the right edge, each with what decides its case.
 */
import type { ReflowArtifact } from '../artifacts.js';
import { describe } from '../page/describe.page.js';

/** Content the RGAA exempts from reflow: data tables, images, video, maps, diagrams, toolbars, carousels. */
const EXEMPT =
  'table:not([role=presentation]):not([role=none]), img, picture, svg, canvas, video, audio, iframe, object, embed, map, math, [role=img], [role=toolbar], [role=grid], [role=treegrid], [role=table], [role=application], [role=math], [role=figure], [aria-roledescription=carousel], [aria-roledescription=slide], .swiper, .slick-slider, .splide, .glide, .owl-carousel, .leaflet-container, .mapboxgl-map, .ol-viewport, .gm-style';

function measureReflow(): ReflowArtifact {
  const se = (document.scrollingElement || document.documentElement) as HTMLElement;
  const W = se.clientWidth;
  const clips = (el: Element) => /hidden|clip/.test(getComputedStyle(el).overflowX);
  const out: ReflowArtifact = { width: W, scrollWidth: se.scrollWidth, rootClips: false, body: document.body ? describe(document.body) : null, leaves: [] };
  if (!document.body || se.scrollWidth <= W + 1) return out;
  out.rootClips = clips(document.documentElement) || clips(document.body);
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
    const he = leaf as HTMLElement;
    const exempt = !!leaf.closest(EXEMPT);
    const visible = typeof he.checkVisibility !== 'function' || he.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    out.leaves.push({
      // Only what may be reported is described.
      element: !contained && !exempt && visible ? describe(leaf) : null,
      contained,
      exempt,
      visible,
      ownText: Array.from(leaf.childNodes).some((c) => c.nodeType === 3 && (c.nodeValue || '').trim()),
      control: leaf.matches('a[href], button, input, select, textarea, [role=button], [role=link]'),
      pre: !!leaf.closest('pre, code'),
      left: leaf.getBoundingClientRect().left + sx,
      right: right.get(leaf)!,
    });
  }
  return out;
}

export const probes = { measureReflow };
