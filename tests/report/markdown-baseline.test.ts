import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { escapeMarkdown, renderMarkdown, writeStepSummary } from '../../src/report/markdown.js';
import { compareWithBaseline, renderBaselineText } from '../../src/report/baseline.js';
import { ctx, finding, makeProcedure, makeReport, sampleProcedure, type PageSpec } from './factory.js';
import { EVIL_URL, hostileProcedure } from './hostile.js';

/** Any HTML tag, comment or declaration. */
const RAW_HTML = /<[a-zA-Z!/?]/;

describe('markdown', () => {
  it('the rate with its denominator, the counts, the verdict and the NC table', () => {
    const report = makeReport([sampleProcedure('proc-a')]);
    const md = FILE_FORMATS.markdown.render(report, ctx('en'));
    expect(md).toContain('33\\.3 % \\(1 C / 3 decided, ');
    expect(md).toMatch(/C 1 · NC 2 · NA \d+ · NT \d+/);
    expect(md).toContain('**Oui**');
    // The two images with the same failure: one row, both elements.
    expect(md).toContain('| [1.1](https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#1.1) Informative images have a text alternative | 1\\.1\\.1 | / | img\\.logo, img\\.hero | Failure of test 1\\.1\\.1 \\(2 elements\\) |');
    expect(md).not.toMatch(RAW_HTML);
    const fr = FILE_FORMATS.markdown.render(report, ctx('fr'));
    expect(fr).toContain('Critères non conformes');
    expect(fr).toContain('33,3 %');
  });

  it('escapes page content: pipes, backticks, brackets, HTML, leading # and *, mentions', () => {
    const nasty = '# Title | `code` **bold** [x](javascript:alert(1)) <img src=x onerror=alert(1)> @octocat #12\n- item\n> quote';
    const e = escapeMarkdown(nasty);
    expect(e).not.toMatch(RAW_HTML);
    expect(e).not.toMatch(/(^|[^\\])[|`*[\]#]/);
    expect(e).not.toContain('\n');
    expect(e).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
    expect(e).toContain('@\u2060octocat');
    expect(e.startsWith('\\#')).toBe(true);
    const p = makeProcedure({ id: 'evil', name: nasty, pages: [{ url: 'https://x.example/a|b', findings: { '1.1': [finding('1.1.1', { selector: nasty, message: nasty, snippet: '<script>alert(1)</script>' })] } }] });
    const md = renderMarkdown(makeReport([p]), ctx());
    expect(md).not.toMatch(RAW_HTML);
    // Every table row keeps its 6 columns: no pipe from the page splits a cell.
    for (const line of md.split('\n').filter((l) => l.startsWith('| [1.1]'))) expect(line.split(/(?<!\\)\|/).length - 2).toBe(6);
    // No heading, list or quote line comes from the page.
    expect(md.split('\n').filter((l) => /^#{1,6} /.test(l)).every((l) => /^#{2,4} (RGAA|Procedure|Non)/.test(l))).toBe(true);
  });

  it('the hostile procedure (payloads in every field): no raw HTML, no link or image from the page, tables intact', () => {
    for (const lang of ['en', 'fr'] as const) {
      const md = renderMarkdown(makeReport([hostileProcedure(), sampleProcedure('b')]), ctx(lang));
      expect(md).not.toMatch(RAW_HTML);
      // The payloads are there, inert (entities, escaped punctuation).
      expect(md).toContain('&lt;script&gt;window\\.\\_\\_pwned\\=1&lt;/script&gt;');
      // No Markdown link, image or autolink whose target comes from a page: only the official criteria links.
      for (const m of md.matchAll(/!?\[[^\]]*\]\(([^)]*)\)/g)) expect(m[1], m[0]).toMatch(/^https:\/\/accessibilite\.numerique\.gouv\.fr\//);
      expect(md).not.toMatch(/(^|[^\\])<https?:/);
      expect(md).not.toContain(EVIL_URL);
      expect(md).not.toMatch(/(^|[^\\])javascript:/);
      // Every finding row keeps its 6 columns; every heading is ours.
      const rows = md.split('\n').filter((l) => l.startsWith('| [1.1]'));
      expect(rows.length).toBeGreaterThan(0);
      for (const line of rows) expect(line.split(/(?<!\\)\|/).length - 2, line).toBe(6);
      for (const l of md.split('\n').filter((x) => /^#{1,6} /.test(x))) expect(l).toMatch(/^#{2,4} (RGAA|Procedure|Démarche|Non|Critères|Audit)/);
      // No line of page text starts a list, a quote or a code block on its own.
      for (const l of md.split('\n')) expect(l, l).not.toMatch(/^( {4}|\t|> |```)/);
    }
  });

  it('writeStepSummary appends to $GITHUB_STEP_SUMMARY when it is set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rgaa-md-'));
    const file = join(dir, 'summary.md');
    writeFileSync(file, 'before\n');
    expect(writeStepSummary('## one', { GITHUB_STEP_SUMMARY: file })).toBe(true);
    expect(writeStepSummary('## two\n', { GITHUB_STEP_SUMMARY: file })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('before\n## one\n## two\n');
    expect(writeStepSummary('x', {})).toBe(false);
  });
});

describe('baseline', () => {
  const pages = (extra: Partial<Record<string, ReturnType<typeof finding>[]>> = {}, status: Record<string, 'C' | 'NA'> = {}): PageSpec[] => [
    { url: 'https://www.example.gouv.fr/', status: { '3.1': 'C', ...status }, findings: { '1.1': [finding('1.1.1', { selector: 'img.logo' })], ...extra } as Record<string, ReturnType<typeof finding>[]> },
  ];

  it('an unchanged report is not failed', () => {
    const base = makeReport([makeProcedure({ id: 'p', pages: pages() })]);
    const cur = makeReport([makeProcedure({ id: 'p', pages: pages() })]);
    const cmp = compareWithBaseline(cur, base);
    expect(cmp.failed).toBe(false);
    expect(cmp.procedures[0]).toMatchObject({ newNC: [], newFindings: [], fixed: [], improved: [], failed: false, inBaseline: true });
    expect(renderBaselineText(cmp)).toContain('Nothing new since the baseline.');
  });

  it('findings match on the page path: another host or port is the same page', () => {
    const base = makeReport([makeProcedure({ id: 'p', pages: [{ url: 'http://127.0.0.1:41000/form', findings: { '1.1': [finding('1.1.1')] } }] })]);
    const cur = makeReport([makeProcedure({ id: 'p', pages: [{ url: 'http://127.0.0.1:52000/form', findings: { '1.1': [finding('1.1.1')] } }] })]);
    expect(compareWithBaseline(cur, base).failed).toBe(false);
  });

  it('one added NC criterion fails, and lists it with its new finding', () => {
    const base = makeReport([makeProcedure({ id: 'p', pages: pages() })]);
    const cur = makeReport([makeProcedure({ id: 'p', pages: pages({ '11.1': [finding('11.1.1', { selector: 'input#nom', source: 'axe:label' })] }) })]);
    const cmp = compareWithBaseline(cur, base);
    expect(cmp.failed).toBe(true);
    expect(cmp.procedures[0].newNC).toEqual(['11.1']);
    expect(cmp.procedures[0].newFindings).toEqual([expect.objectContaining({ criterion: '11.1', test: '11.1.1', selector: 'input#nom', page: '/' })]);
    const text = renderBaselineText(cmp);
    expect(text).toContain('New non-compliant criteria: 11.1');
    expect(text).toContain('Baseline gate: fail');
  });

  it('a new finding in a criterion already NC fails too', () => {
    const base = makeReport([makeProcedure({ id: 'p', pages: pages() })]);
    const cur = makeReport([makeProcedure({ id: 'p', pages: pages({ '1.1': [finding('1.1.1', { selector: 'img.logo' }), finding('1.1.1', { selector: 'img.new' })] }) })]);
    const cmp = compareWithBaseline(cur, base);
    expect(cmp.procedures[0].newNC).toEqual([]);
    expect(cmp.procedures[0].newFindings.map((f) => f.selector)).toEqual(['img.new']);
    expect(cmp.failed).toBe(true);
  });

  it('a fixed NC is listed as fixed and improved, and does not fail', () => {
    const base = makeReport([makeProcedure({ id: 'p', pages: pages({ '11.1': [finding('11.1.1', { selector: 'input#nom' })] }) })]);
    const cur = makeReport([makeProcedure({ id: 'p', pages: pages({}, { '11.1': 'C' }) })]);
    const cmp = compareWithBaseline(cur, base);
    expect(cmp.failed).toBe(false);
    expect(cmp.procedures[0].fixed).toEqual(['11.1']);
    expect(cmp.procedures[0].improved).toContain('11.1');
    expect(cmp.procedures[0].fixedFindings.map((f) => f.selector)).toEqual(['input#nom']);
    const fr = renderBaselineText(cmp, { lang: 'fr' });
    expect(fr).toContain('Corrigés (NC dans la référence, plus NC) : 11.1');
    expect(fr).toContain('En progrès : 11.1');
  });

  it('a page that failed to load is not a fix', () => {
    const base = makeReport([makeProcedure({ id: 'p', pages: [{ url: 'https://x/a', findings: { '1.1': [finding('1.1.1')] } }, { url: 'https://x/b', status: { '3.1': 'C' } }] })]);
    const cur = makeReport([makeProcedure({ id: 'p', pages: [{ url: 'https://x/a', error: 'HTTP 500' }, { url: 'https://x/b', status: { '3.1': 'C' } }] })]);
    const cmp = compareWithBaseline(cur, base);
    expect(cmp.procedures[0].fixed).toEqual([]);
    expect(cmp.procedures[0].notAudited).toEqual(['/a']);
  });

  it('a procedure absent from the baseline: its NCs are new; one absent now is listed', () => {
    const base = makeReport([makeProcedure({ id: 'old', pages: pages() })]);
    const cur = makeReport([makeProcedure({ id: 'new', pages: pages() })]);
    const cmp = compareWithBaseline(cur, base);
    expect(cmp.procedures[0].inBaseline).toBe(false);
    expect(cmp.procedures[0].newNC).toEqual(['1.1']);
    expect(cmp.failed).toBe(true);
    expect(cmp.missing).toEqual(['old']);
  });

  it('the Markdown and HTML reports show the comparison when given a baseline', () => {
    const base = makeReport([makeProcedure({ id: 'p', pages: pages({ '11.1': [finding('11.1.1')] }) })]);
    const cur = makeReport([makeProcedure({ id: 'p', pages: pages({ '8.5': [finding('8.5.1')] }) })]);
    const md = FILE_FORMATS.markdown.render(cur, ctx('en', base));
    expect(md).toContain('New non\\-compliant criteria\\: 8\\.5');
    expect(md).toContain('Fixed');
    const html = FILE_FORMATS.html.render(cur, ctx('en', base));
    expect(html).toContain('New non-compliant criteria: 8.5');
  });
});
