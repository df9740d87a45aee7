import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-text-spacing',
    decides: ['10.12.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '10.12.1: apply the WCAG text-spacing values (line-height 1.5, paragraph spacing 2em, letter-spacing 0.12em, word-spacing 0.16em) with an injected style, then look for containers with overflow hidden/clip that did not overflow before and now cut text off: NC when a line of text is proven to lie beyond the bottom edge of the clipping box, a doubt for horizontal truncation or unclear cases. The style is removed after (transitions disabled meanwhile).',
  },
});
