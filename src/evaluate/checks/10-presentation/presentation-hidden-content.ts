import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-hidden-content',
    decides: [],
    scopes: ['10.8'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      '10.8 scope: hidden content as the RGAA glossary defines it (hidden, aria-hidden="true", display:none, visibility:hidden, font-size:0; closed details and dialog). None → NA.',
    // A scope: it counts elements and lists none.
    messages: {},
  },
});
