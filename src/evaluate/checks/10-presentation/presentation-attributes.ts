import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-attributes',
    decides: ['10.1.2'],
    scopes: [],
    returns: ['NC', 'C', 'review'],
    needs: ['dom'],
    description:
      '10.1.2: presentational attributes (align, alink, background, bgcolor, border, cellpadding, cellspacing, char, charoff, clear, color, compact, frameborder, hspace, link, marginheight, marginwidth, text, valign, vlink, vspace, size, width, height) on the HTML elements where browsers give them a presentational effect (HTML 4 / obsolete HTML; the same attribute on an element it does nothing on is ignored). size is allowed on select; width/height on img, object, embed, canvas, svg. The RGAA glossary also forbids size on input and width/height on iframe, video, source and input[type=image], which HTML5 allows: these are doubts for a human. Custom elements, SVG and MathML are not concerned.',
  },
});
