import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'link-has-name',
    decides: ['6.2.1'],
    scopes: [],
    returns: ['NC', 'C', 'review'],
    needs: ['dom'],
    description:
      '6.2.1: every link exposed to assistive technologies has a name (text, image alternative, aria-label or aria-labelledby). A link named only by its title attribute is listed for a human (the test asks for a name between <a> and </a>).',
  },
});
