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
  },
});
