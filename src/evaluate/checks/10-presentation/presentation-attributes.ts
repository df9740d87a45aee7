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
    messages: {
      presentational: {
        en: 'presentational {n|attribute|attributes} {attrs} on <{tag}>: presentation must be done with CSS',
        fr: '{n|attribut|attributs} de présentation {attrs} sur <{tag}> : la présentation doit être faite avec CSS',
      },
      'glossary-presentational': {
        en: '{attrs} on <{tag}>: valid HTML5, but the RGAA glossary lists it as presentational (allowed only on img, object, embed, canvas, svg, and size on select)',
        fr: '{attrs} sur <{tag}> : valide en HTML5, mais le glossaire du RGAA le classe parmi les attributs de présentation (permis seulement sur img, object, embed, canvas, svg, et size sur select)',
      },
    },
  },
});
