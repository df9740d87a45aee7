import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-colour-declarations',
    decides: ['10.5.1', '10.5.3'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '10.5.1 / 10.5.3: text whose colour is set by the author (computed colour other than the browser defaults) while neither its element nor any ancestor declares a background colour or image → NC 10.5.1 (the user’s default background may make it unreadable). Text over a CSS background image with no background colour declared up the tree: NC 10.5.3 when the text colour would be unreadable on the default white background (contrast < 3:1), a doubt when it is between 3 and 4.5:1. Pages declaring a dark colour-scheme are left to a human.',
  },
});
