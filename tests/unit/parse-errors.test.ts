/** 8.2.1 from the HTML as served: rules/html-parse-errors.yaml against parse5, and the check on sources. */
import { describe, it, expect } from 'vitest';
import { ErrorCodes } from 'parse5';
import { loadParseErrorTable } from '../../src/evaluate/checks/08-required/parse-errors.js';
import { parseErrorsResult } from '../../src/evaluate/checks/08-required/req-parse-errors.js';

const page = (body: string, doctype = '<!DOCTYPE html>') => `${doctype}\n<html lang="fr"><head><meta charset="utf-8"><title>t</title></head>\n<body>\n${body}\n</body></html>\n`;
const run = (body: string, doctype?: string, type = 'text/html; charset=utf-8') => parseErrorsResult(page(body, doctype), type);
/** The parse5 code, or the tag of an unclosed element, of each finding. */
const codes = (r: ReturnType<typeof run>, kind: 'failures' | 'doubts') =>
  r[kind].map((n) => {
    const what = ('params' in n ? n.params?.what : undefined) as { params: { code?: string; tag?: string } } | undefined;
    return what?.params.code ?? what?.params.tag;
  });

describe('rules/html-parse-errors.yaml', () => {
  const table = loadParseErrorTable();
  it('decides every parse5 error code, and lists nothing else but our unclosed-element', () => {
    const known = Object.values(ErrorCodes) as string[];
    expect(known.filter((c) => !table[c])).toEqual([]);
    expect(Object.keys(table).filter((c) => !known.includes(c))).toEqual(['unclosed-element']);
  });
  it('leaves the doctype to 8.1 and makes NC only what the test names', () => {
    expect(table['missing-doctype'].decision).toBe('ignore');
    expect(table['duplicate-attribute'].decision).toBe('nc');
    expect(table['missing-semicolon-after-character-reference'].decision).toBe('review');
  });
});

describe('req-parse-errors (8.2.1 on the source)', () => {
  it('passes a valid document, optional end tags and foreign self-closing tags included', () => {
    const r = run('<main><p>a<p>b<ul><li>x<li>y</ul><table><tr><td>1<td>2</table><svg><path d="M0 0"/></svg><br/><img src="a.png" alt=""><template><div>t</div></template></main>');
    expect(r.failures).toEqual([]);
    expect(r.doubts).toEqual([]);
  });
  it('fails a duplicate attribute, with its line and the source around it', () => {
    const r = run('<p id="a" class="x" class="y">x</p>');
    expect(codes(r, 'failures')).toEqual(['duplicate-attribute']);
    expect(r.failures[0].selector).toMatch(/^line 4, column \d+$/);
    expect(r.failures[0].snippet).toContain('class="y"');
  });
  it('fails the glossary’s writing rules: a missing space between attributes, a missing value, a quote in an unquoted value', () => {
    expect(codes(run('<img alt="x"title="y" src="a.png">'), 'failures')).toEqual(['missing-whitespace-between-attributes']);
    expect(codes(run('<a href=>x</a> <a href=a"b>y</a>'), 'failures')).toEqual(['missing-attribute-value', 'unexpected-character-in-unquoted-attribute-value']);
  });
  it('fails misnested and unclosed elements whose end tag is required', () => {
    expect(codes(run('<p><b><i>x</b></i></p>'), 'failures')).toEqual(['i']);
    expect(codes(run('<div><span>x</div>'), 'failures')).toEqual(['span']);
    expect(codes(run('<div/>x'), 'failures')).toEqual(['non-void-html-element-start-tag-with-trailing-solidus', 'div']);
  });
  it('only lists what the test does not name (character references, a < in text)', () => {
    const r = run('<p>&copy 2024 a<3 &foo;</p>');
    expect(r.failures).toEqual([]);
    expect(codes(r, 'doubts')).toEqual(['missing-semicolon-after-character-reference', 'invalid-first-character-of-tag-name', 'unknown-named-character-reference']);
  });
  it('does not judge another document type with the HTML syntax: HTML 4, XHTML, or served as XML', () => {
    const html4 = run('<p id="a" id="b">x</p>', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">');
    expect(html4.failures).toEqual([]);
    expect(html4.doubts[0].snippet).toContain('HTML 4.01');
    const xml = run('<p id="a" id="b">x</p>', undefined, 'application/xhtml+xml');
    expect(xml.failures).toEqual([]);
    expect(xml.doubts).toHaveLength(1);
  });
  it('leaves the doctype to 8.1: a page without one has no 8.2 failure for it', () => {
    expect(run('<p>x</p>', '').failures).toEqual([]);
  });
});
