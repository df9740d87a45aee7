import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-optgroup-label',
    decides: ['11.8.2'],
    scopes: [],
    returns: ['NC', 'C'],
    needs: ['dom'],
    description:
      '11.8.2: each <optgroup> must have a non-empty label attribute.',
    messages: {
      'no-label': {
        en: 'optgroup without a label attribute: the group of options has no name',
        fr: 'optgroup sans attribut label : le groupe d’options n’a pas de nom',
      },
    },
  },
});
