import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-valid-markup',
    decides: ['8.2.1'],
    scopes: [],
    returns: ['NC'],
    needs: ['dom'],
    description:
      '8.2.1, the part of validity the generated DOM shows: duplicate, empty or space-containing id values; block elements directly inside elements that accept only phrasing content (<span>, <button>, <label>, <p>, headings…); <li> outside a list; list children other than <li>; interactive content nested in <a> or <button>; <main> inside <article>, <aside>, <header>, <footer> or <nav>.',
  },
});
