import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-tags',
    decides: ['10.1.1'],
    scopes: [],
    returns: ['NC', 'C'],
    needs: ['dom'],
    description:
      '10.1.1: presentational elements in the generated source: basefont, big, blink, center, font, marquee, s, strike, tt, and u when the doctype is not HTML5 (RGAA methodology and glossary). HTML elements only (SVG <font> is not concerned).',
    messages: {
      presentational: {
        en: '<{tag}> is a presentational element: presentation must be done with CSS',
        fr: '<{tag}> est un élément de présentation : la présentation doit être faite avec CSS',
      },
      'u-not-html5': {
        en: '<{tag}> is a presentational element (allowed only with an HTML5 doctype): presentation must be done with CSS',
        fr: '<{tag}> est un élément de présentation (permis seulement avec un doctype HTML5) : la présentation doit être faite avec CSS',
      },
    },
  },
});
