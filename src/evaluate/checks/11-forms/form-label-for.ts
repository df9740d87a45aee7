import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-for',
    decides: ['11.1.2'],
    scopes: [],
    returns: ['NC', 'C', 'review'],
    needs: ['dom'],
    description:
      '11.1.2: each <label for> must point to the id of a form field. NC when no element has that id, when it points to an element that cannot be labelled (not input/select/textarea/button/meter/output/progress, or a hidden input), or when for is empty; a doubt when the id is used by several elements or points to an ARIA widget (label for does not label it).',
  },
});
