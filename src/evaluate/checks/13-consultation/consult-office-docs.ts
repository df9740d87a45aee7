import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-office-docs',
    decides: [],
    scopes: ['13.3', '13.4'],
    returns: ['NA', 'review'],
    needs: ['dom'],
    description:
      '13.3 / 13.4 scope: links to office documents (pdf, doc(x), odt, rtf, xls(x), ods, ppt(x), pps(x), odp, odg, epub) by URL path, query string, type or download attribute, or a link text naming the format (« PDF, 2 Mo »). Each one is listed for a human (the document itself is not opened).',
  },
});
