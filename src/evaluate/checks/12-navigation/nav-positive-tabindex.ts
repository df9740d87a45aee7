import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'nav-positive-tabindex',
    decides: ['12.8.1'],
    scopes: [],
    returns: ['review'],
    needs: ['dom'],
    description:
      '12.8.1: elements with a positive tabindex come first in the tab order, whatever their place in the page: listed as doubts (the order may still be coherent).',
    messages: {
      positive: {
        en: 'tabindex="{value}" moves this element ahead of the natural tab order: check that the order stays coherent',
        fr: 'tabindex="{value}" place cet élément avant l’ordre de tabulation naturel : vérifier que l’ordre reste cohérent',
      },
    },
  },
});
