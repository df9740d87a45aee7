import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-label-hidden',
    decides: [],
    scopes: ['11.1.3'],
    returns: ['NA', 'review'],
    needs: ['dom'],
    description:
      '11.1.3 scope: fields whose label is not a visible <label> (aria-label, aria-labelledby, title only, or a visually hidden <label>). Each is listed for a human, who checks for a title or a visible text next to the field. None → NA.',
  },
});
