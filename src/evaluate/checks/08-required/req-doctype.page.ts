import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import type { MessageRef } from '../../../model/message.js';

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
  const known = [
    '-//W3C//DTD HTML 4.01//EN', '-//W3C//DTD HTML 4.01 Transitional//EN', '-//W3C//DTD HTML 4.01 Frameset//EN',
    '-//W3C//DTD HTML 4.0//EN', '-//W3C//DTD HTML 4.0 Transitional//EN', '-//W3C//DTD HTML 4.0 Frameset//EN',
    '-//W3C//DTD HTML 3.2 Final//EN', '-//W3C//DTD HTML 3.2//EN', '-//IETF//DTD HTML 2.0//EN', '-//IETF//DTD HTML//EN',
    '-//W3C//DTD XHTML 1.0 Strict//EN', '-//W3C//DTD XHTML 1.0 Transitional//EN', '-//W3C//DTD XHTML 1.0 Frameset//EN',
    '-//W3C//DTD XHTML 1.1//EN', '-//W3C//DTD XHTML Basic 1.0//EN', '-//W3C//DTD XHTML Basic 1.1//EN',
    '-//W3C//DTD XHTML+RDFa 1.0//EN', '-//W3C//DTD XHTML+RDFa 1.1//EN', '-//W3C//DTD XHTML 1.1 plus MathML 2.0//EN',
    '-//W3C//DTD XHTML 1.1 plus MathML 2.0 plus SVG 1.1//EN', '-//WAPFORUM//DTD XHTML Mobile 1.0//EN',
    '-//WAPFORUM//DTD XHTML Mobile 1.1//EN', '-//WAPFORUM//DTD XHTML Mobile 1.2//EN', '-//W3C//DTD HTML 4.01 plus RDFa 1.1//EN',
  ].map((s) => s.toLowerCase());
  const name = dt.name.toLowerCase();
  const pub = dt.publicId.trim().toLowerCase();
  const sys = dt.systemId.trim().toLowerCase();
  let problem: MessageRef | null = null;
  let doubt: MessageRef | null = null;
  if (name !== 'html') problem = { id: 'name-not-html', params: { name: dt.name } };
  else if (!pub) {
    if (sys && sys !== 'about:legacy-compat') doubt = { id: 'system-only', params: { system: dt.systemId } };
  } else if (!known.includes(pub)) doubt = { id: 'unknown-public', params: { public: dt.publicId } };
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
