/**
 * The HTML parse errors of the document as served, with what each means for 8.2.1
 * (rules/html-parse-errors.yaml): parse5's error list, plus the elements whose required end tag is
 * missing or misplaced, read from parse5's source locations (parse5 reports the tree-construction
 * errors of the head only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { RULES_DIR } from '../../../model/rules.js';

export type ParseDecision = 'nc' | 'review' | 'ignore';
export interface ParseRule {
  decision: ParseDecision;
  reason: string;
}

export const PARSE_ERRORS_FILE = join(RULES_DIR, 'html-parse-errors.yaml');

/** The table, checked as it loads: a code without a decision or a reason fails, naming the file. */
export function loadParseErrorTable(file = PARSE_ERRORS_FILE): Record<string, ParseRule> {
  const doc = parseYaml(readFileSync(file, 'utf8')) as { codes?: Record<string, Partial<ParseRule>> };
  const out: Record<string, ParseRule> = {};
  for (const [code, v] of Object.entries(doc?.codes ?? {})) {
    if (!v || !['nc', 'review', 'ignore'].includes(v.decision as string) || typeof v.reason !== 'string' || !v.reason)
      throw new Error(`${file}: ${code}: a decision (nc, review or ignore) and a reason are required`);
    out[code] = { decision: v.decision as ParseDecision, reason: v.reason };
  }
  return out;
}

/** Elements whose end tag the HTML syntax lets authors omit (and void elements, which have none). */
const OPTIONAL_END = new Set(
  'html head body p li dt dd rt rp rb rtc optgroup option colgroup caption thead tbody tfoot tr td th area base br col embed hr img input link meta source track wbr basefont bgsound frame keygen param image'.split(' '),
);

export interface FoundError {
  code: string;
  line: number;
  col: number;
  offset: number;
  /** The element concerned, for unclosed-element. */
  tag?: string;
}

export interface ParsedSource {
  errors: FoundError[];
  /** The doctype as written: name, public and system identifiers; null without one. */
  doctype: { name: string; publicId: string; systemId: string } | null;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export function parseSource(html: string): ParsedSource {
  const errors: FoundError[] = [];
  const doc = parse(html, {
    sourceCodeLocationInfo: true,
    onParseError: (e: ParserError) => void errors.push({ code: e.code, line: e.startLine, col: e.startCol, offset: e.startOffset }),
  });
  let doctype: ParsedSource['doctype'] = null;
  const stack: Node[] = [...doc.childNodes].reverse();
  let seen = 0;
  while (stack.length && seen++ < 200_000) {
    const n = stack.pop()!;
    if (n.nodeName === '#documentType') {
      const d = n as DefaultTreeAdapterMap['documentType'];
      doctype ??= { name: d.name, publicId: d.publicId, systemId: d.systemId };
      continue;
    }
    if (!('tagName' in n)) continue;
    const el = n as Element;
    const loc = el.sourceCodeLocation;
    // Written with a start tag (not implied by the parser), HTML, an end tag required, none matched.
    if (loc?.startTag && !loc.endTag && el.namespaceURI === 'http://www.w3.org/1999/xhtml' && !OPTIONAL_END.has(el.tagName))
      errors.push({ code: 'unclosed-element', line: loc.startTag.startLine, col: loc.startTag.startCol, offset: loc.startTag.startOffset, tag: el.tagName });
    const kids = el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content.childNodes : el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  errors.sort((a, b) => a.offset - b.offset);
  return { errors, doctype };
}

/** The HTML (living standard) doctype: `<!DOCTYPE html>`, optionally with the legacy-compat system identifier. */
export function isHtml5Doctype(d: ParsedSource['doctype']): boolean {
  return !!d && d.name.toLowerCase() === 'html' && !d.publicId && (!d.systemId || d.systemId === 'about:legacy-compat');
}
