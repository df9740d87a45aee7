/**
 * `--format ods` without LibreOffice (see ods-libreoffice.test.ts for the round trip): the
 * template survives our XML round trip byte for byte, the zip is a valid ODF package, and the
 * cells an auditor fills hold what the report says, page text kept as text.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { OdsDocument, buildXml, parseXml } from '../../src/report/ods-doc.js';
import { FINDINGS_IN_CELL, PAGES_PER_GRID, changesText, gridParts, renderOds } from '../../src/report/ods.js';
import { GRID_TEMPLATE } from '../../src/report/official.js';
import { FILE_FORMATS, filesOnly, renderFiles } from '../../src/report/formats.js';
import type { ProcedureReport, Status } from '../../src/model/types.js';
import { ctx, finding, makeProcedure, makeReport, rules, sampleProcedure, type PageSpec } from './factory.js';
import { XSS } from './hostile.js';

const template = readFileSync(GRID_TEMPLATE);

/** The ids read before the cached formula results are dropped: from the template itself. */
function criterionRowsOfTemplate(): Map<string, number> {
  const s = OdsDocument.open(template).sheet('P01');
  const m = new Map<string, number>();
  for (let r = 4; r <= 109; r++) m.set(s.text(`B${r}`), r);
  return m;
}
const ROWS = criterionRowsOfTemplate();

function written(p: ProcedureReport, options: Record<string, unknown> = {}): OdsDocument[] {
  return renderOds(makeReport([p], options), rules).map((f) => OdsDocument.open(f.data));
}

function statusesOf(doc: OdsDocument, sheet: string): Record<string, string> {
  const s = doc.sheet(sheet);
  return Object.fromEntries([...ROWS].map(([id, r]) => [id, s.text(`D${r}`)]));
}

describe('the template through our XML and zip libraries', () => {
  it('content.xml parses and serialises back byte for byte (fast-xml-parser, order preserved)', () => {
    const xml = new TextDecoder().decode(unzipSync(template)['content.xml']);
    // Only the line break after the XML declaration is not kept (it is not part of the document).
    expect(buildXml(parseXml(xml))).toBe(xml.replace('?>\n', '?>'));
  });

  it('the template has the 106 criteria in the rules’ order on every page sheet, P01 to P20', () => {
    expect([...ROWS.keys()]).toEqual(rules.criteria.map((c) => c.id));
    const doc = OdsDocument.open(template);
    expect(doc.sheets().map((s) => s.name)).toEqual(['Mode_d\'emploi', 'Échantillon', 'Critères', 'Synthèse', 'BaseDeCalcul', ...Array.from({ length: 20 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`)]);
  });

  it('writes a valid ODF package: mimetype first, stored, readable at offset 38; the other entries kept', () => {
    const [file] = renderOds(makeReport([sampleProcedure('a')]), rules);
    const bytes = file.data;
    expect(new TextDecoder().decode(bytes.slice(30, 38))).toBe('mimetype');
    expect(new TextDecoder().decode(bytes.slice(38, 38 + 46))).toBe('application/vnd.oasis.opendocument.spreadsheet');
    // Compression method 0 (stored) in the first local header.
    expect(bytes[8] | (bytes[9] << 8)).toBe(0);
    expect(Object.keys(unzipSync(bytes))).toEqual(Object.keys(unzipSync(template)));
    // Same bytes for the same report: the zip's dates come from the report.
    expect(Buffer.from(renderOds(makeReport([sampleProcedure('a')]), rules)[0].data).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the filled grid', () => {
  it('Échantillon: date, context, site, and each page’s number, title and URL; unused rows emptied', () => {
    const [doc] = written(sampleProcedure('a'));
    const s = doc.sheet('Échantillon');
    expect(s.text('B3')).toBe('01/06/2025');
    expect(s.text('B5')).toBe('Audit automatisé rgaa-audit 0.1.0');
    expect(s.text('B6')).toBe('Procédure a');
    expect(s.text('B4')).toMatch(/^\[À COMPLÉTER/);
    expect([s.text('A9'), s.text('B9'), s.text('C9')]).toEqual(['P01', 'Page', 'https://www.example.gouv.fr/']);
    expect([s.text('A10'), s.text('C10')]).toEqual(['P02', 'https://www.example.gouv.fr/form']);
    for (let r = 11; r <= 28; r++) expect([s.text(`A${r}`), s.text(`B${r}`), s.text(`C${r}`)], `row ${r}`).toEqual(['', '', '']);
    // The page count formula of « Mode d'emploi » is kept (it counts column A).
    expect(doc.sheet('Mode_d\'emploi').cell('C6')[':@']).toMatchObject({ 'table:formula': 'of:=COUNTA([Échantillon.A9:.A49])' });
  });

  it('Statut: C, NC, NA where the tool decided, NT elsewhere; unused sheets NA; Dérogation stays N', () => {
    const p = sampleProcedure('a');
    const [doc] = written(p);
    p.pages.forEach((pg, i) => {
      const got = statusesOf(doc, `P0${i + 1}`);
      for (const c of rules.criteria) expect(got[c.id], `P0${i + 1} ${c.id}`).toBe(pg.criteria[c.id].status);
    });
    expect(statusesOf(doc, 'P01')['1.1']).toBe('NC');
    expect(statusesOf(doc, 'P01')['3.1']).toBe('C');
    expect(statusesOf(doc, 'P01')['2.1']).toBe('NA');
    expect(statusesOf(doc, 'P01')['13.1']).toBe('NT');
    for (const sheet of ['P03', 'P20']) expect(new Set(Object.values(statusesOf(doc, sheet)))).toEqual(new Set(['NA']));
    for (const sheet of ['P01', 'P02', 'P03']) for (const r of ROWS.values()) expect(doc.sheet(sheet).text(`E${r}`)).toBe('N');
    // The template's validation (the status list) and style stay on the cell.
    expect(doc.sheet('P01').cell(`D${ROWS.get('1.1')}`)[':@']).toMatchObject({ 'table:content-validation-name': 'val1', 'office:value-type': 'string' });
  });

  it('Modifications à apporter: the NC findings in short (source · selector · message), capped', () => {
    const many = Array.from({ length: FINDINGS_IN_CELL + 3 }, (_, i) => finding('1.1.1', { selector: `img.n${i}` }));
    const p = makeProcedure({ id: 'm', pages: [{ url: 'https://m/', findings: { '1.1': many } }] });
    const [doc] = written(p);
    const cell = doc.sheet('P01').text(`F${ROWS.get('1.1')}`).split('\n');
    expect(cell).toHaveLength(FINDINGS_IN_CELL + 1);
    expect(cell[0]).toBe('axe:image-alt · img.n0 · Failure of test 1.1.1');
    expect(cell.at(-1)).toBe('… et 3 autres');
    // Nothing for a criterion that is not NC.
    expect(doc.sheet('P01').text(`F${ROWS.get('3.1')}`)).toBe('');
  });

  it('a page in error: listed with its error, NT everywhere (a human must audit it)', () => {
    const p = makeProcedure({ id: 'e', pages: [{ url: 'https://e/', status: { '3.1': 'C' } }, { url: 'https://e/x', error: 'HTTP 500' }] });
    const [doc] = written(p);
    expect(doc.sheet('Échantillon').text('B10')).toBe('[non auditée : HTTP 500]');
    expect(new Set(Object.values(statusesOf(doc, 'P02')))).toEqual(new Set(['NT']));
  });

  it('with --process, a criterion NC on one step is NC on every step, pointing at the step', () => {
    const p = makeProcedure({ id: 'proc', pages: [{ url: 'https://p/1', findings: { '11.1': [finding('11.1.1')] } }, { url: 'https://p/2', status: { '11.1': 'C' } }] });
    expect(statusesOf(written(p)[0], 'P02')['11.1']).toBe('C');
    const [doc] = written(p, { process: true });
    expect(statusesOf(doc, 'P02')['11.1']).toBe('NC');
    expect(doc.sheet('P02').text(`F${ROWS.get('11.1')}`)).toBe('Non conforme sur une autre étape du processus : P01');
  });

  it('page text stays text: markup, formulas and characters XML forbids', () => {
    const evil = `${XSS[0]}</text:p><table:table-cell table:formula="of:=1+1">=HYPERLINK("http://evil.example";"x")\u0001\ud800`;
    const p = makeProcedure({ id: 'x', name: evil, pages: [{ url: 'https://x/?q=<b>&amp;', title: evil, findings: { '1.1': [finding('1.1.1', { selector: evil, message: evil })] } }] });
    const [file] = renderOds(makeReport([p]), rules);
    const doc = OdsDocument.open(file.data);
    const s = doc.sheet('Échantillon');
    const clean = evil.replace('\u0001', '\ufffd').replace('\ud800', '\ufffd');
    expect(s.text('B6')).toBe(clean);
    expect(s.text('B9')).toBe(clean);
    expect(s.text('C9')).toBe('https://x/?q=<b>&amp;');
    expect(s.cell('B6')[':@']).not.toHaveProperty('table:formula');
    // One more sheet cell or formula would show in the page sheet's structure.
    expect(doc.sheet('P01').text(`F${ROWS.get('1.1')}`)).toContain('</text:p><table:table-cell');
  });
});

describe('more than 20 pages, several procedures', () => {
  const pages = (n: number, host: string): PageSpec[] => Array.from({ length: n }, (_, i) => ({ url: `https://${host}/${i + 1}`, title: `Page ${i + 1}`, status: { '3.1': (i % 2 ? 'C' : 'NA') as Status } }));

  it('one grid per 20 pages, each saying which pages it holds', () => {
    const p = makeProcedure({ id: 'big', pages: pages(PAGES_PER_GRID + 3, 'big') });
    const files = renderOds(makeReport([p]), rules);
    expect(files.map((f) => f.part + f.ext)).toEqual(['.p1-20.ods', '.p21-23.ods']);
    const second = OdsDocument.open(files[1].data);
    const s = second.sheet('Échantillon');
    expect(s.text('B5')).toBe('Audit automatisé rgaa-audit 0.1.0 ; pages 21 à 23 sur 23 (grille 2 sur 2)');
    expect([s.text('A9'), s.text('B9'), s.text('C9')]).toEqual(['P01', 'Page 21', 'https://big/21']);
    expect(s.text('A12')).toBe('');
    expect(statusesOf(second, 'P01')['3.1']).toBe('NA'); // page 21: i = 20, even
    expect(statusesOf(second, 'P02')['3.1']).toBe('C');
    expect(new Set(Object.values(statusesOf(second, 'P04')))).toEqual(new Set(['NA']));
  });

  it('several procedures: a grid each, named after the procedure id (made safe for a file name)', () => {
    const report = makeReport([sampleProcedure('a'), makeProcedure({ id: '../b c', pages: pages(2, 'b') })]);
    expect(gridParts(report)).toHaveLength(2);
    expect(renderOds(report, rules).map((f) => f.part + f.ext)).toEqual(['.a.ods', '.b_c.ods']);
  });
});

describe('ods as a file format', () => {
  it('is a files-only format (it needs --output); the text formats are not', () => {
    expect(filesOnly('ods')).toBe(true);
    expect(filesOnly('json')).toBe(false);
    expect(FILE_FORMATS.ods.ext).toBe('.ods');
    const [f] = renderFiles('ods', makeReport([sampleProcedure('a')]), ctx());
    expect(f).toMatchObject({ part: '', ext: '.ods' });
    expect(f.data).toBeInstanceOf(Uint8Array);
    expect(changesText([], [])).toEqual([]);
  });
});
