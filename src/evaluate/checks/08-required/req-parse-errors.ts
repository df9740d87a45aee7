import type { CheckNode, CheckResult } from '../define.js';
import type { MessageParams, MessageRef } from '../../../model/message.js';
import { defineCheck } from '../define.js';
import { isHtml5Doctype, loadParseErrorTable, parseSource, type FoundError } from './parse-errors.js';

const TABLE = loadParseErrorTable();
const MAX = 20;

/** The source line of an error, trimmed around its column. */
function excerpt(lines: string[], e: FoundError): string {
  const line = lines[e.line - 1] ?? '';
  const from = Math.max(0, e.col - 60);
  return (from ? '…' : '') + line.slice(from, e.col + 80).trim() + (line.length > e.col + 80 ? '…' : '');
}

/** 8.2.1 from the document as served: see the meta's description and rules/html-parse-errors.yaml. */
export function parseErrorsResult(html: string, contentType: string): CheckResult {
  const r: CheckResult = { applicable: 1, failures: [], doubts: [] };
  const at = (e: FoundError, messageId: string, params: MessageParams, lines: string[]): CheckNode => ({ selector: `line ${e.line}, column ${e.col}`, snippet: excerpt(lines, e), messageId, params });
  if (contentType && !/^\s*text\/html/i.test(contentType)) {
    r.doubts.push({ selector: 'html', snippet: `Content-Type: ${contentType.slice(0, 80)}`, messageId: 'not-html', params: { type: contentType.split(';')[0].trim() } });
    return r;
  }
  const { errors, doctype } = parseSource(html);
  if (doctype && !isHtml5Doctype(doctype)) {
    const written = `<!DOCTYPE ${doctype.name}${doctype.publicId ? ` PUBLIC "${doctype.publicId}"` : ''}${doctype.systemId ? ` "${doctype.systemId}"` : ''}>`;
    r.doubts.push({ selector: 'html', snippet: written.slice(0, 200), messageId: 'other-doctype' });
    return r;
  }
  const lines = html.split(/\r\n?|\n/);
  for (const e of errors) {
    const rule = TABLE[e.code];
    const what: MessageRef = e.code === 'unclosed-element' ? { id: 'unclosed', params: { tag: e.tag ?? '' } } : { id: 'parse-error', params: { code: e.code } };
    const where = { what, line: e.line, col: e.col };
    if (!rule) {
      if (r.doubts.length < MAX) r.doubts.push(at(e, 'unknown-code', where, lines));
      continue;
    }
    if (rule.decision === 'ignore') continue;
    const list = rule.decision === 'nc' ? r.failures : r.doubts;
    // The reason is data (rules/html-parse-errors.yaml) quoting the RGAA's French text: one wording for both languages.
    if (list.length < MAX) list.push(at(e, 'error', { ...where, reason: rule.reason }, lines));
  }
  return r;
}

export default defineCheck({
  meta: {
    id: 'req-parse-errors',
    decides: ['8.2.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['served'],
    description:
      '8.2.1, the part of validity only the source shows: the HTML as served (the main response body) parsed by parse5, an HTML5 parser; each parse error is decided by rules/html-parse-errors.yaml (NC: a duplicate attribute, a missing quote or space between attributes, a tag without >, a stray or misnested end tag, an element whose required end tag is missing; a doubt: character references, comments and other syntax errors the test does not name; the doctype is 8.1’s). A document of another type (HTML 4, XHTML, not text/html) is a doubt.',
    messages: {
      'parse-error': { en: 'HTML parse error « {code} »', fr: 'Erreur d’analyse HTML « {code} »' },
      unclosed: { en: '<{tag}> is not closed by its own end tag', fr: '<{tag}> n’est pas fermé par sa propre balise de fin' },
      error: {
        en: '{what} at line {line}, column {col} of the HTML as served: {reason}.',
        fr: '{what} à la ligne {line}, colonne {col} du HTML tel que servi : {reason}.',
      },
      'unknown-code': {
        en: '{what} at line {line}, column {col}, not in rules/html-parse-errors.yaml: check it.',
        fr: '{what} à la ligne {line}, colonne {col}, absente de rules/html-parse-errors.yaml : à vérifier.',
      },
      'not-html': {
        en: 'The document is served as {type}, not text/html: its validity is for a validator of that type.',
        fr: 'Le document est servi en {type}, pas en text/html : sa validité relève d’un validateur de ce type.',
      },
      'other-doctype': {
        en: 'The document declares a type other than HTML (HTML 4, XHTML…): the HTML syntax errors are not its rules, check it with a validator for that type.',
        fr: 'Le document déclare un autre type que HTML (HTML 4, XHTML…) : les erreurs de syntaxe HTML ne sont pas ses règles, le vérifier avec un validateur de ce type.',
      },
    },
  },
  run({ served }) {
    return parseErrorsResult(served.html, served.contentType);
  },
});
