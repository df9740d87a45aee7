import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';

/**
 * The valid document types of the W3C list the methodology of 8.1.2 refers to
 * (https://www.w3.org/QA/2002/04/valid-dtd-list.html): public identifier → its system identifier,
 * null where we do not check it. HTML (SGML) DTDs may be declared without their system identifier,
 * XHTML (XML) ones may not. Lower case.
 */
const KNOWN = new Map<string, string | null>([
  ['-//w3c//dtd html 4.01//en', 'http://www.w3.org/tr/html4/strict.dtd'],
  ['-//w3c//dtd html 4.01 transitional//en', 'http://www.w3.org/tr/html4/loose.dtd'],
  ['-//w3c//dtd html 4.01 frameset//en', 'http://www.w3.org/tr/html4/frameset.dtd'],
  ['-//w3c//dtd html 4.0//en', null],
  ['-//w3c//dtd html 4.0 transitional//en', null],
  ['-//w3c//dtd html 4.0 frameset//en', null],
  ['-//w3c//dtd html 3.2 final//en', null],
  ['-//w3c//dtd html 3.2//en', null],
  ['-//ietf//dtd html 2.0//en', null],
  ['-//ietf//dtd html//en', null],
  ['-//w3c//dtd xhtml 1.0 strict//en', 'http://www.w3.org/tr/xhtml1/dtd/xhtml1-strict.dtd'],
  ['-//w3c//dtd xhtml 1.0 transitional//en', 'http://www.w3.org/tr/xhtml1/dtd/xhtml1-transitional.dtd'],
  ['-//w3c//dtd xhtml 1.0 frameset//en', 'http://www.w3.org/tr/xhtml1/dtd/xhtml1-frameset.dtd'],
  ['-//w3c//dtd xhtml 1.1//en', 'http://www.w3.org/tr/xhtml11/dtd/xhtml11.dtd'],
  ['-//w3c//dtd xhtml basic 1.0//en', 'http://www.w3.org/tr/xhtml-basic/xhtml-basic10.dtd'],
  ['-//w3c//dtd xhtml basic 1.1//en', 'http://www.w3.org/tr/xhtml-basic/xhtml-basic11.dtd'],
  ['-//w3c//dtd xhtml+rdfa 1.0//en', 'http://www.w3.org/markup/dtd/xhtml-rdfa-1.dtd'],
  ['-//w3c//dtd xhtml+rdfa 1.1//en', 'http://www.w3.org/markup/dtd/xhtml-rdfa-2.dtd'],
  ['-//w3c//dtd xhtml 1.1 plus mathml 2.0//en', 'http://www.w3.org/math/dtd/mathml2/xhtml-math11-f.dtd'],
  ['-//w3c//dtd xhtml 1.1 plus mathml 2.0 plus svg 1.1//en', 'http://www.w3.org/2002/04/xhtml-math-svg/xhtml-math-svg.dtd'],
  ['-//wapforum//dtd xhtml mobile 1.0//en', null],
  ['-//wapforum//dtd xhtml mobile 1.1//en', null],
  ['-//wapforum//dtd xhtml mobile 1.2//en', null],
  ['-//w3c//dtd html 4.01 plus rdfa 1.1//en', null],
]);

/** In the page: see ./req-doctype.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt } = h.perTest(['8.1.1', '8.1.2', '8.1.3']);
  bt['8.1.1'].applicable = 1;
  r.applicable = 1;
  const root = h.doc.documentElement;
  const dt = h.doc.doctype;
  if (!dt) {
    const n = h.node(root, h.doc.compatMode === 'BackCompat' ? 'missing-quirks' : 'missing');
    bt['8.1.1'].failures.push(n);
    r.failures.push(n);
    return r;
  }
  bt['8.1.2'].applicable = 1;
  bt['8.1.3'].applicable = 1;
  const text = `<!DOCTYPE ${dt.name}${dt.publicId ? ` PUBLIC "${dt.publicId}"` : ''}${dt.systemId ? ` "${dt.systemId}"` : ''}>`;
  const kids = Array.from(h.doc.childNodes);
  if (kids.indexOf(dt) > kids.indexOf(root)) {
    const n = h.node(root, 'after-html', { doctype: text });
    bt['8.1.3'].failures.push(n);
    r.failures.push(n);
  }
  const name = dt.name.toLowerCase();
  const pub = dt.publicId.trim().toLowerCase();
  const sys = dt.systemId.trim().toLowerCase();
  let problem: MessageRef | null = null;
  let doubt: MessageRef | null = null;
  const known = KNOWN.get(pub);
  if (name !== 'html') problem = { id: 'name-not-html', params: { name: dt.name } };
  else if (!pub) {
    if (sys && sys !== 'about:legacy-compat') doubt = { id: 'system-only', params: { system: dt.systemId } };
    // <!DOCTYPE html> never renders in quirks mode: the declaration in the source was malformed
    // (<!DOCTYPE html "x">, a typo after the name) and the parser kept only its name.
    else if (h.doc.compatMode === 'BackCompat') doubt = { id: 'quirks' };
  } else if (known === undefined) doubt = { id: 'unknown-public', params: { public: dt.publicId } };
  else if (known && !sys && pub.includes('xhtml')) doubt = { id: 'no-system', params: { public: dt.publicId, system: known } };
  else if (known && sys && sys !== known) doubt = { id: 'wrong-system', params: { public: dt.publicId, system: dt.systemId, expected: known } };
  if (problem) {
    const n = h.node(root, 'invalid', { doctype: text, problem });
    bt['8.1.2'].failures.push(n);
    r.failures.push(n);
  } else if (doubt) {
    const n = h.node(root, 'doubtful', { doctype: text, doubt });
    bt['8.1.2'].doubts.push(n);
    r.doubts.push(n);
  }
  return r;
}
