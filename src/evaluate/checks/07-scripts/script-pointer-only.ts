import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'script-pointer-only',
    decides: ['7.1.1', '7.3.1'],
    scopes: [],
    returns: ['review'],
    needs: ['dom'],
    description:
      '7.1.1, 7.3.1: elements with an inline mouse handler (onclick, onmousedown…) that are neither natively interactive nor given a role and a tabindex: listed for a human (they may lack a role and keyboard access, unless an equivalent control exists in the page).',
  },
});
