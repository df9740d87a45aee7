/**
 * Findings a developer can act on: those that share one cause are shown once with their elements
 * (console, HTML, Markdown), axe's whole fix summary and help link are kept, and « N more in the
 * JSON report » is said only when a JSON report is written.
 */
import { describe, it, expect } from 'vitest';
import { load } from 'cheerio';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { renderConsole } from '../../src/report/console.js';
import { groupFindings, messageShape, findingsOf } from '../../src/report/view.js';
import { ctx, finding, makeProcedure, makeReport, rules } from './factory.js';
import type { Finding } from '../../src/model/types.js';

const ORIGIN = 'http://127.0.0.1:4000';
const colour = (selector: string, rgb: string): Finding =>
  finding('10.5.1', {
    source: 'check:presentation-colour-declarations',
    selector,
    snippet: `<${selector}>`,
    message: `text colour rgb(${rgb}) is declared but no background colour is declared on this element or any ancestor`,
    impact: undefined,
  });
const FIX = 'Fix any of the following:\n  Element does not have an alt attribute\n  aria-label attribute does not exist or is empty\n  Element has no title attribute';
const imageAlt = (selector: string): Finding =>
  finding('1.1.1', { selector, message: 'Element does not have an alt attribute', fix: FIX, helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/image-alt?application=axeAPI' });

/** The demo's case: no `body { background }`: the skip link and h1 on every page, a hint on one. */
function demoLike() {
  return makeProcedure({
    id: 'demo-like',
    pages: [
      { url: `${ORIGIN}/`, findings: { '10.5': [colour('a.skip', '0, 0, 145'), colour('h1', '30, 30, 30')], '1.1': [imageAlt('img.a'), imageAlt('img.b')] } },
      { url: `${ORIGIN}/demarche`, findings: { '10.5': [colour('a.skip', '0, 0, 145'), colour('h1', '30, 30, 30'), colour('.hint', '170, 170, 170')] } },
      { url: `${ORIGIN}/accessibilite`, findings: { '10.5': [colour('a.skip', '0, 0, 145'), colour('h1', '30, 30, 30')] } },
    ],
  });
}

describe('findings that share one cause', () => {
  it('seven 10.5 findings (same check, messages differing only by their colour) are one group of 3 elements on 3 pages', () => {
    const p = demoLike();
    const groups = groupFindings(findingsOf(p, '10.5'));
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g).toMatchObject({ test: '10.5.1', source: 'check:presentation-colour-declarations', count: 7, varied: true });
    expect(g.text).toBe('text colour … is declared but no background colour is declared on this element or any ancestor');
    expect(g.pages).toEqual([`${ORIGIN}/`, `${ORIGIN}/demarche`, `${ORIGIN}/accessibilite`]);
    expect(g.elements.map((e) => [e.selector, e.pages.length])).toEqual([
      ['a.skip', 3],
      ['h1', 3],
      ['.hint', 1],
    ]);
    // Each element keeps its own message.
    expect(g.elements[2].message).toContain('rgb(170, 170, 170)');
  });

  it('another test, another source or another message is another group', () => {
    const fs = [
      { ...colour('h1', '1, 2, 3'), page: 'a', criterion: '10.5' },
      { ...colour('h1', '1, 2, 3'), test: '10.5.2', page: 'a', criterion: '10.5' },
      { ...colour('h1', '1, 2, 3'), source: 'check:other', page: 'a', criterion: '10.5' },
      { ...colour('h1', '1, 2, 3'), message: 'background colour declared without a text colour', page: 'a', criterion: '10.5' },
    ];
    expect(groupFindings(fs)).toHaveLength(4);
  });

  it('axe findings keep axe’s whole fix summary and help URL', () => {
    const [g] = groupFindings(findingsOf(demoLike(), '1.1'));
    expect(g).toMatchObject({ text: FIX, varied: false, helpUrl: expect.stringContaining('image-alt'), count: 2 });
  });

  it('messageShape elides numbers, colours and quoted text only', () => {
    expect(messageShape('contrast of 2.32 (foreground color: #aaaaaa, background color: rgb(1, 2, 3)) for "Envoyer"')).toBe('contrast of … (foreground color: …, background color: …) for …');
    expect(messageShape('Element has no title attribute')).toBe('Element has no title attribute');
  });
});

describe('grouped findings in the console', () => {
  const report = makeReport([demoLike()]);
  it('once per group, every element once with its pages, axe’s fix summary with its lines, its help link', () => {
    const out = renderConsole(report, rules, { color: false, threshold: 75 });
    const block = out.slice(out.indexOf('NC 10.5'));
    expect(block.match(/10\.5\.1 check:presentation-colour-declarations/g)).toHaveLength(1);
    expect(block).toContain('10.5.1 check:presentation-colour-declarations · 3 elements on 3 pages');
    expect(block).toContain('text colour … is declared but no background colour');
    expect(block).toMatch(/› a\.skip · \/, \/demarche, \/accessibilite\n/);
    expect(block).toMatch(/› \.hint · \/demarche\n/);
    const img = out.slice(out.indexOf('NC 1.1'));
    expect(img).toContain('1.1.1 axe:image-alt · 2 elements on 1 page\n       Fix any of the following:\n         Element does not have an alt attribute\n         aria-label attribute does not exist or is empty\n');
    expect(img).toContain('How to fix it (axe-core): https://dequeuniversity.com/rules/axe/4.14/image-alt?application=axeAPI');
  });

  it('« N more in the JSON report » only when a JSON report is written', () => {
    const many = makeProcedure({ id: 'm', pages: [{ url: `${ORIGIN}/`, findings: { '10.5': Array.from({ length: 8 }, (_, i) => colour(`p.x${i}`, `${i}, 0, 0`)) } }] });
    const r = makeReport([many]);
    const without = renderConsole(r, rules, { color: false, threshold: 75 });
    expect(without).toContain('… 3 more\n');
    expect(without).not.toContain('JSON');
    const withJson = renderConsole(r, rules, { color: false, threshold: 75, jsonWritten: true });
    expect(withJson).toContain('… 3 more in the JSON report');
    const md = FILE_FORMATS.markdown.render(r, { ...ctx('en') });
    expect(md).not.toContain('JSON');
  });

  it('in French, plurals included', () => {
    const out = renderConsole(report, rules, { color: false, threshold: 75, lang: 'fr' });
    expect(out).toContain('10.5.1 check:presentation-colour-declarations · 3 éléments sur 3 pages');
    expect(out).toContain('Comment corriger (axe-core) : https://dequeuniversity.com/rules/axe/4.14/image-alt');
    const one = renderConsole(makeReport([makeProcedure({ id: 'o', pages: [{ url: `${ORIGIN}/`, findings: { '1.1': [imageAlt('img.a')] } }, { url: `${ORIGIN}/b` }] })]), rules, { color: false, threshold: 75, lang: 'fr' });
    expect(one).toContain('1.1.1 axe:image-alt · 1 élément sur 1 page');
  });
});

describe('grouped findings in the HTML report', () => {
  it('one block per group: the fix summary, axe’s help link, each element once with its pages, code and own message', () => {
    const doc = FILE_FORMATS.html.render(makeReport([demoLike()]), ctx('en'));
    const $ = load(doc);
    const art = $('article').filter((_, a) => $(a).find('h4').text().includes('10.5'));
    expect(art.find('.finding').length).toBe(1);
    const items = art.find('ul.elements > li');
    expect(items.length).toBe(3);
    expect(items.first().find('a').map((_, a) => $(a).text()).get()).toEqual(['/', '/demarche', '/accessibilite']);
    expect(items.last().text()).toContain('rgb(170, 170, 170)');
    const img = $('article').filter((_, a) => $(a).find('h4').text().includes('1.1 '));
    expect(img.find('pre.fix').text()).toBe(FIX);
    expect(img.find('a[href^="https://dequeuniversity.com"]').text()).toBe('How to fix it (axe-core)');
  });
});
