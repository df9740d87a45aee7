import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./presentation-author-styles.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const adopted = (document as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [];
  // Whatever the browser would drop when the author's styles are turned off, counted generously:
  // a count too high only leaves a test NT.
  const PRESENTATIONAL = ['align', 'valign', 'bgcolor', 'background', 'color', 'face', 'size', 'text', 'link', 'vlink', 'alink', 'border', 'cellpadding', 'cellspacing', 'width', 'height', 'hspace', 'vspace', 'nowrap', 'clear', 'noshade', 'frameborder', 'marginwidth', 'marginheight', 'leftmargin', 'topmargin', 'compact'];
  const attrs = h.all(PRESENTATIONAL.map((a) => `[${a}]`).join(', ')).filter((el) => !el.matches('img, video, canvas, iframe, embed, object, input, source, meta, link, script'));
  r.applicable =
    document.styleSheets.length +
    adopted.length +
    h.all('style, link[rel~="stylesheet" i], [style], font, basefont, center, big, tt, strike, blink, marquee, svg').length +
    attrs.length;
  return r;
}
