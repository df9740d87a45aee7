import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-doctype',
    decides: ['8.1.1', '8.1.2', '8.1.3'],
    scopes: [],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '8.1.1: a document type is declared; 8.1.2: it is the HTML5 doctype or a known public DTD; 8.1.3: it comes before <html>.',
  },
});
