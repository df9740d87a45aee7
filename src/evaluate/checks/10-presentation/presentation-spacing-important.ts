import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-spacing-important',
    decides: ['10.12.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '10.12.1: spacing the user cannot redefine. A style attribute declaring letter-spacing, word-spacing or line-height !important wins over any author style, which is what the methodology’s style changes, bookmarklets and most browser extensions add: NC when its value is below the test’s (letter 0.12, word 0.16, line 1.5 times the font size) on visible text of its own (for line-height, text on more than one line), as ACT rules 24afc2, 9e45ec and 78fd32 say (assumed: the page offers no spacing setting of its own). The same !important in a style sheet is a doubt: a more specific user style can still override it.',
  },
});
