import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./struct-landmarks.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const dt = h.doc.doctype;
  const html5 = !!dt && dt.name.toLowerCase() === 'html' && !dt.publicId && (!dt.systemId || dt.systemId.toLowerCase() === 'about:legacy-compat');
  if (!html5) {
    r.byTest = { '9.2.1': { applicable: 0, failures: [], doubts: [] } };
    return r;
  }
  r.applicable = 1;
  const body = h.doc.body || h.doc.documentElement;
  const mains = h.all('main');
  const shown = mains.filter((m) => !m.closest('[hidden]'));
  const roleMain = h.all('[role=main]').filter((e) => e.localName !== 'main');
  const text = (body.innerText || '').trim();
  if (!mains.length) {
    if (roleMain.length) r.doubts.push(h.node(roleMain[0], 'role-main', { tag: roleMain[0].localName }));
    else if (text.length > 0) r.failures.push(h.node(body, 'no-main'));
    else r.doubts.push(h.node(body, 'no-main-no-text'));
  }
  if (shown.length > 1) {
    for (const m of shown.slice(1, h.max)) r.failures.push(h.node(m, 'several-main', { n: shown.length }));
  }
  if (!h.all('header, [role=banner]').length && text.length > 0) r.doubts.push(h.node(body, 'no-header'));
  if (!h.all('footer, [role=contentinfo]').length && text.length > 0) r.doubts.push(h.node(body, 'no-footer'));
  if (!h.all('nav, [role=navigation]').length && h.all('a[href]').length >= 5) r.doubts.push(h.node(body, 'no-nav'));
  r.byTest = { '9.2.1': { applicable: 1, failures: r.failures.slice(0, h.max), doubts: r.doubts.slice(0, h.max) } };
  return r;
}
