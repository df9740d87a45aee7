/**
 * Our checks' findings in the report's language: rendered by the report layer from their message
 * id and parameters with the checks' templates the pipeline hands over (CHECK_MESSAGES), in the
 * console, HTML, Markdown and the other formats that print messages; the JSON keeps the English
 * text with the id and parameters; findings of one message id are one group whatever their values.
 */
import { describe, it, expect } from 'vitest';
import { load } from 'cheerio';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { renderConsole } from '../../src/report/console.js';
import { findingMessage, localizeFindings } from '../../src/report/messages.js';
import { findingsOf, groupFindings } from '../../src/report/view.js';
import { CHECK_MESSAGES } from '../../src/evaluate/checks/registry.js';
import { ctx, finding, makeProcedure, makeReport, rules } from './factory.js';
import type { Finding } from '../../src/model/types.js';

const ORIGIN = 'http://127.0.0.1:4000';
const EN = 'SVG with role="group": check that it is not an image (an informative SVG needs role="img").';
const FR = 'SVG avec role="group" : vérifier que ce n’est pas une image (un SVG porteur d’information doit avoir role="img").';
/** An NC of check:img-svg, as evaluation writes it: the English text, the id and its parameters. */
const svg = (selector: string, why: Finding['params']): Finding =>
  finding('1.1.5', { source: 'check:img-svg', selector, snippet: '<svg>', messageId: 'informative-no-role', params: why, impact: undefined, message: 'set below' });
const withText = (f: Finding): Finding => ({ ...f, message: findingMessage(f, 'en', CHECK_MESSAGES) });

function report() {
  const other = finding('1.1.5', { source: 'check:img-svg', selector: '#group', snippet: '<svg role="group">', messageId: 'other-role', params: { role: 'group' }, message: EN, impact: undefined });
  const alt = withText(svg('#logo', { why: { id: 'with-alternative', params: { text: 'Logo' } } }));
  const text = withText(svg('#chart', { why: { id: 'with-text' } }));
  const axe = finding('1.1.1', { selector: 'img.a', message: 'Element does not have an alt attribute' });
  return makeReport([makeProcedure({ id: 'p', pages: [{ url: `${ORIGIN}/`, findings: { '1.1': [other, alt, text, axe] } }] })]);
}

describe('check messages in the report language', () => {
  it('findingMessage renders the id and parameters in the language; a finding whose id the templates lack keeps its text', () => {
    const [other] = findingsOf(report().procedures[0], '1.1');
    expect(findingMessage(other, 'en', CHECK_MESSAGES)).toBe(EN);
    expect(findingMessage(other, 'fr', CHECK_MESSAGES)).toBe(FR);
    expect(findingMessage({ ...other, messageId: 'gone-in-this-version' }, 'fr', CHECK_MESSAGES)).toBe(EN);
    expect(findingMessage({ ...other, source: 'check:no-such-check' }, 'fr', CHECK_MESSAGES)).toBe(EN);
    expect(findingMessage({ ...other, params: {} }, 'fr', CHECK_MESSAGES)).toBe(EN);
    expect(findingMessage(other, 'fr', undefined)).toBe(EN);
  });

  it('console: French with --lang fr, English with --lang en; axe’s text as axe wrote it', () => {
    const fr = renderConsole(report(), rules, { color: false, threshold: 75, lang: 'fr', messages: CHECK_MESSAGES });
    expect(fr).toContain(FR);
    expect(fr).not.toContain(EN);
    expect(fr).toContain('Element does not have an alt attribute');
    const en = renderConsole(report(), rules, { color: false, threshold: 75, lang: 'en', messages: CHECK_MESSAGES });
    expect(en).toContain(EN);
    expect(en).not.toContain(FR);
  });

  it('HTML and Markdown: French with --lang fr, English with --lang en', () => {
    const text = (lang: 'en' | 'fr') => load(FILE_FORMATS.html.render(report(), ctx(lang)))('main').text();
    expect(text('fr')).toContain(FR);
    expect(text('fr')).not.toContain(EN);
    expect(text('en')).toContain(EN);
    // Markdown escapes punctuation with backslashes.
    const md = (lang: 'en' | 'fr') => FILE_FORMATS.markdown.render(report(), ctx(lang)).replace(/\\/g, '');
    expect(md('fr')).toContain('SVG avec role="group" : vérifier que ce n’est pas une image');
    expect(md('fr')).not.toContain('check that it is not an image');
    expect(md('en')).toContain('SVG with role="group": check that it is not an image');
  });

  it('CSV, JUnit, SARIF in French; the JSON keeps the English text with the id and parameters', () => {
    for (const f of ['csv', 'junit', 'sarif'] as const) {
      const out = FILE_FORMATS[f].render(report(), ctx('fr'));
      expect(out, f).toContain('vérifier que ce n’est pas une image');
      expect(out, f).not.toContain('check that it is not an image');
    }
    const json = JSON.parse(FILE_FORMATS.json.render(report(), ctx('fr')));
    const other = json.procedures[0].criteria['1.1'].findings.find((f: Finding) => f.selector === '#group');
    expect(other).toMatchObject({ message: EN, messageId: 'other-role', params: { role: 'group' } });
  });

  it('localizeFindings leaves the report it is given as it was', () => {
    const r = report();
    const before = JSON.stringify(r);
    const fr = localizeFindings(r, 'fr', CHECK_MESSAGES);
    expect(JSON.stringify(r)).toBe(before);
    expect(fr.procedures[0].pages[0].criteria['1.1'].findings[0].message).toBe(FR);
  });
});

describe('grouping by message id', () => {
  it('findings of one message id are one group whatever their parameters, its text what they say in common; another id is another group', () => {
    const groups = groupFindings(findingsOf(localizeFindings(report(), 'fr', CHECK_MESSAGES).procedures[0], '1.1'));
    const svgGroups = groups.filter((g) => g.source === 'check:img-svg');
    expect(svgGroups).toHaveLength(2);
    const informative = svgGroups.find((g) => g.elements.length === 2)!;
    expect(informative.varied).toBe(true);
    expect(informative.text).toBe('SVG avec … mais sans role=… : un SVG porteur d’information doit avoir role=… et une alternative.');
    expect(informative.elements.map((e) => e.message)).toEqual([
      'SVG avec une alternative textuelle (« Logo ») mais sans role="img" : un SVG porteur d’information doit avoir role="img" et une alternative.',
      'SVG avec du contenu textuel mais sans role="img" : un SVG porteur d’information doit avoir role="img" et une alternative.',
    ]);
  });
});
