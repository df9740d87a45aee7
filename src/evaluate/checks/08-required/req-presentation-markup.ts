import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-presentation-markup',
    decides: ['8.9.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '8.9.1: markup used only for presentation: runs of <br> simulating paragraphs or spacing (two or more between text, three or more anywhere), and empty paragraphs (<p>&nbsp;</p>, <p><br></p>) used as spacers. Two <br> at the edge of a block are listed for a human.',
  },
});
