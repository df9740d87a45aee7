import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageParams } from '../../../model/message.js';

/** In the page: see ./req-valid-markup.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  const fail = (el: Element, messageId: string, params?: MessageParams) => {
    if (r.failures.length < h.max) r.failures.push(h.node(el, messageId, params));
  };
  const byId = new Map<string, Element[]>();
  const withId = Array.from(h.doc.querySelectorAll('[id]')).slice(0, 20000);
  for (const el of withId) {
    const id = el.getAttribute('id') || '';
    if (!id) {
      fail(el, 'empty-id');
      continue;
    }
    if (/\s/.test(id)) fail(el, 'id-space', { id });
    const list = byId.get(id);
    if (list) list.push(el);
    else byId.set(id, [el]);
  }
  for (const [id, els] of byId) {
    if (els.length > 1) fail(els[1], 'duplicate-id', { id, n: els.length });
  }
  const phrasingOnly = 'span, button, label, p, h1, h2, h3, h4, h5, h6, strong, em, b, i, small, abbr, cite, code, q, sub, sup, time, dfn, kbd, samp, var, mark, s, u, bdi, bdo, data, pre';
  const flow = 'div, p, ul, ol, dl, table, section, article, aside, nav, header, footer, form, blockquote, figure, h1, h2, h3, h4, h5, h6, hr, main, fieldset, address, pre, details, dialog, menu, hgroup, search';
  for (const el of Array.from(h.doc.querySelectorAll(flow)).slice(0, 20000)) {
    const parent = el.parentElement;
    if (parent && parent.namespaceURI === 'http://www.w3.org/1999/xhtml' && parent.matches(phrasingOnly)) fail(el, 'flow-in-phrasing', { tag: el.localName, parent: parent.localName });
  }
  for (const el of Array.from(h.doc.querySelectorAll('li')).slice(0, 5000)) {
    const p = el.parentElement;
    if (p && !p.matches('ul, ol, menu')) fail(el, 'li-outside-list', { parent: p.localName });
  }
  for (const el of Array.from(h.doc.querySelectorAll('ul > *, ol > *, menu > *')).slice(0, 5000)) {
    if (!el.matches('li, script, template')) fail(el, 'list-child', { tag: el.localName, parent: el.parentElement!.localName });
  }
  for (const el of Array.from(h.doc.querySelectorAll('dl > *')).slice(0, 2000)) {
    if (!el.matches('dt, dd, div, script, template')) fail(el, 'dl-child', { tag: el.localName });
  }
  const interactive = 'a[href], button, input:not([type=hidden]), select, textarea, iframe, embed, details, label, [tabindex]';
  for (const ctl of Array.from(h.doc.querySelectorAll('a[href], button')).slice(0, 3000)) {
    const inner = ctl.querySelector(interactive);
    if (inner) fail(inner, 'nested-interactive', { tag: inner.localName + (inner.hasAttribute('tabindex') && !inner.matches('a[href], button, input, select, textarea, iframe, embed, details, label') ? ' tabindex' : ''), parent: ctl.localName });
  }
  for (const el of Array.from(h.doc.querySelectorAll('article main, aside main, header main, footer main, nav main')).slice(0, 20)) {
    const anc = el.parentElement!.closest('article, aside, header, footer, nav');
    fail(el, 'main-inside', { parent: anc ? anc.localName : 'article' });
  }
  return r;
}
