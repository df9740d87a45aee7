import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-author-styles',
    decides: [],
    scopes: ['10.2', '10.3', '10.5'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      'Scope of 10.2, 10.3 and 10.5: the page’s own presentation (glossary « Feuille de style »: external, embedded or inline CSS). Style sheets (<style>, <link rel=stylesheet>, adopted), style attributes, presentational attributes and elements (bgcolor, <font>, <center>…) and SVG. None → there is no style sheet to turn off (10.2, 10.3) and no CSS colour declaration (10.5) → NA.',
    // A scope: it counts and lists nothing.
    messages: {},
  },
});
