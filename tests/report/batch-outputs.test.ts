/**
 * The batch outputs that need no browser: the observatory export (columns, fractions, labels),
 * the per-procedure report names (never a path from the input), the terminal table, the
 * dashboard's facts per procedure, and the README's column-by-column tables against the code.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { OBSERVATORY_COLUMNS, fraction } from '../../src/report/observatory.js';
import { procedureFileNames, safeFileName } from '../../src/report/procedure-files.js';
import { renderBatchTable } from '../../src/report/batch-table.js';
import type { ProcedureReport } from '../../src/model/types.js';
import { ctx, makeDeclaration, makeProcedure, makePage, makeReport, sampleProcedure } from './factory.js';
import { expectNoFormula, hostileProcedure, parseCsv, XSS } from './hostile.js';

const input = (ref: string, over: Partial<NonNullable<ProcedureReport['input']>> = {}) => ({ ref, name: `Démarche ${ref}`, url: `https://${ref}.example.gouv.fr/`, administration: 'Préfecture', ministry: 'Ministère de l’Intérieur', ...over });

/** A procedure none of whose pages could be audited, as the batch records it. */
function failed(id: string, error: string): ProcedureReport {
  const p = makeProcedure({ id, pages: [{ url: `https://${id}/`, error: 'connection refused' }], declaration: null });
  return { ...p, input: input(id), verdict: null, declaration: null, error };
}

describe('observatory export', () => {
  const full = { ...sampleProcedure('a', { declaration: makeDeclaration({ rate: 100, state: 'totalement' }) }), input: input('A-12') };
  const partial = { ...sampleProcedure('b'), input: input('B-7', { name: null }) };
  const down = failed('c', 'unreachable: connection refused (ERR_CONNECTION_REFUSED)');
  const invalid = failed('d', 'invalid input: p.csv:5: URL_Demarche: is required');
  const report = makeReport([full, partial, down, invalid], { asOf: '2025-06-01', method: '2023', threshold: 75 });
  const rows = parseCsv(FILE_FORMATS.observatory.render(report, ctx('en')));
  const at = (row: string[], col: (typeof OBSERVATORY_COLUMNS)[number]) => row[rows[0].indexOf(col)];

  it('has the documented columns, in order, whatever the language', () => {
    expect(rows[0]).toEqual([...OBSERVATORY_COLUMNS]);
    expect(parseCsv(FILE_FORMATS.observatory.render(report, ctx('fr')))).toEqual(rows);
  });

  it('the procedure columns as given; the rates as fractions from 0 to 1 (decimal comma), like Taux_RGAA_Publie', () => {
    const a = rows[1];
    expect(a.slice(0, 5)).toEqual(['A-12', 'Démarche A-12', 'https://A-12.example.gouv.fr/', 'Préfecture', 'Ministère de l’Intérieur']);
    expect(at(a, 'Taux_RGAA_Publie')).toBe('1');
    expect(at(rows[2], 'Taux_RGAA_Publie')).toBe('0,7826');
    // Measured 33.3 % → 0.333; bounds floored to one decimal (0.9 %, 98.0 %) → 0.009, 0.98.
    expect([at(a, 'Taux_RGAA_Mesure'), at(a, 'Taux_RGAA_Officiel_Min'), at(a, 'Taux_RGAA_Officiel_Max')]).toEqual(['0,333', '0,009', '0,98']);
    // An empty Nom_Demarche: the procedure's name (the batch sets it to the Ref_Demarche).
    expect(at(rows[2], 'Nom_Demarche')).toBe('Procédure b');
    expect(fraction(67.16)).toBe(0.6716);
    expect(fraction(51.06)).toBe(0.5106);
    expect(fraction(null)).toBeNull();
  });

  it('the label under the chosen method with the declaration URL and date; « À venir » for a procedure not evaluated, with why', () => {
    expect([at(rows[1], 'Prise_En_Compte_Handicap'), at(rows[1], 'Methode_Observatoire')]).toEqual(['Oui', '2020']);
    expect(at(rows[1], 'Etat_Declaration')).toBe('totalement conforme');
    expect(at(rows[1], 'URL_Declaration')).toBe('https://www.example.gouv.fr/accessibilite');
    expect(at(rows[1], 'Date_Declaration')).toBe('2024-03-12');
    for (const [row, why] of [
      [rows[3], /^unreachable: connection refused \(ERR_CONNECTION_REFUSED\)$/],
      [rows[4], /^invalid input: p\.csv:5: URL_Demarche: is required$/],
    ] as const) {
      expect(at(row, 'Prise_En_Compte_Handicap')).toBe('À venir');
      expect(at(row, 'Methode_Observatoire')).toBe('2023'); // the run's --method
      expect(at(row, 'Taux_RGAA_Mesure')).toBe('');
      expect(at(row, 'Motif_Non_Evalue')).toMatch(why);
    }
    expect(at(rows[1], 'Motif_Non_Evalue')).toBe('');
  });

  it('a hostile procedure: no formula, one row, every cell a string', () => {
    const evil = { ...hostileProcedure(), input: input('x', { ref: '=HYPERLINK("http://evil.example","x")', name: `+${XSS[0]}`, url: '@SUM(1+1)' }) };
    const r = parseCsv(FILE_FORMATS.observatory.render(makeReport([evil]), ctx('en')));
    expect(r).toHaveLength(2);
    expect(r[1]).toHaveLength(OBSERVATORY_COLUMNS.length);
    expectNoFormula(r);
    expect(r[1][0]).toBe('\'=HYPERLINK("http://evil.example","x")');
  });
});

describe('per-procedure report names', () => {
  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'procedure'],
    ['.hidden', 'hidden'],
    ['a/b\\c', 'a-b-c'],
    ['CON', 'procedure-CON'],
    ['nul.txt', 'procedure-nul.txt'],
    ['Démarche n° 12 « état civil »', 'Demarche-n-12-etat-civil'],
    ['', 'procedure'],
    ['%2e%2e%2f', '2e-2e-2f'],
    ['x'.repeat(300), 'x'.repeat(80)],
  ])('%j → %j', (ref, name) => {
    expect(safeFileName(ref)).toBe(name);
  });

  it('every name is a plain file name, unique case-insensitively, stable in report order', () => {
    const procs = ['A-1', 'a-1', 'A/1', '../A-1', 'b'].map((ref, i) => ({ ...sampleProcedure(`p${i}`), input: input(ref) }));
    const names = [...procedureFileNames(procs).values()];
    expect(names).toEqual(['A-1', 'a-1-2', 'A-1-3', 'A-1-4', 'b']);
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
  });
});

describe('terminal table at the end of a batch', () => {
  const report = makeReport([
    { ...sampleProcedure('a'), input: input('A-1', { name: `Très longue démarche ${'x'.repeat(200)}` }) },
    failed('down', 'unreachable: connection refused (ERR_CONNECTION_REFUSED)'),
    { ...failed('evil', `error: \u001b[31mred\u001b[0m \u0007bell`), input: input('E\u001b]0;title\u0007') },
  ]);

  it('a line per procedure (rate, bounds, verdict), the failed ones named with why; fits the width', () => {
    const text = renderBatchTable(report, { lang: 'en', color: false, width: 100 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Ref\s+Procedure\s+measured rate\s+official\s+verdict$/);
    expect(lines[1]).toMatch(/^A-1\s+Très longue démarche x+…\s+33\.3 %\s+0\.9 %–98\.0 %\s+Oui \(2020\)$/);
    expect(lines[2]).toMatch(/^down\s+Démarche down\s+—\s+—\s+unreachable$/);
    for (const l of lines.slice(0, 4)) expect([...l].length, l).toBeLessThanOrEqual(100);
    expect(text).toContain('2 not audited:');
    expect(text).toContain('  down Démarche down: unreachable — unreachable: connection refused (ERR_CONNECTION_REFUSED)');
    // Nothing from the input or the pages reaches the terminal as a control sequence.
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('in French, with colours only when asked', () => {
    const fr = renderBatchTable(report, { lang: 'fr', color: false, width: 120 });
    expect(fr).toMatch(/^Réf\.\s+Démarche\s+taux mesuré\s+officiel\s+verdict$/m);
    expect(fr).toContain('33,3 %');
    expect(fr).toContain('2 non auditées :');
    expect(fr).toContain('injoignable');
    expect(renderBatchTable(report, { lang: 'en', color: true, width: 100 })).toContain('\u001b[');
  });
});

describe('a procedure that could not be audited', () => {
  it('its own HTML and Markdown reports say why, never « no non-compliant criterion found »', () => {
    const report = makeReport([failed('down', 'unreachable: connection refused (ERR_CONNECTION_REFUSED)')]);
    for (const f of ['html', 'markdown', 'dashboard'] as const) {
      // (Markdown escapes its punctuation: « Not audited\: unreachable ».)
      const unescape = (x: string) => x.replace(/\\(.)/g, '$1');
      const en = unescape(FILE_FORMATS[f].render(report, ctx('en')));
      expect(en, f).toContain('Not audited: unreachable');
      expect(en, f).not.toMatch(/No non-compliant criterion/);
      const fr = unescape(FILE_FORMATS[f].render(report, ctx('fr')));
      expect(fr, f).toContain('Non auditée : injoignable');
      expect(fr, f).not.toMatch(/Aucun critère non conforme/);
    }
    // An audited procedure without NC still says so.
    expect(FILE_FORMATS.html.render(makeReport([makeProcedure({ id: 'ok', pages: [{ url: 'https://ok/', status: { '3.1': 'C' } }] })]), ctx('en'))).toContain('No non-compliant criterion found by the tool.');
  });
});

describe('dashboard: the facts of each procedure', () => {
  // Declares 100 % where the tool found NC criteria; one page of three in error.
  const base = sampleProcedure('a', { declaration: makeDeclaration({ rate: 100, state: 'totalement' }) });
  const claimed = { ...base, pages: [...base.pages, makePage({ url: 'https://www.example.gouv.fr/500', error: 'HTTP 500' })], input: input('A-12') };
  const down = failed('c', 'unreachable: connection refused (ERR_CONNECTION_REFUSED)');
  const report = makeReport([claimed, down]);
  const $ = load(FILE_FORMATS.dashboard.render(report, ctx('fr')));
  $('br').replaceWith(' ');
  const row = (i: number) => $('#dash-table tbody tr').eq(i);
  const cells = (i: number) => row(i).children().map((_, c) => $(c).text().replace(/\s+/g, ' ').trim()).get();

  it('the table: who, verdict and method, measured rate and bounds, declared state, rate and date, pages audited and in error, contradictions, its reports', () => {
    const [who, verdict, rate, , declared, valid, pages, notes, reports] = cells(0);
    expect(who).toBe('Démarche A-12 A-12 · Préfecture · Ministère de l’Intérieur');
    expect(verdict).toBe('Oui 2020');
    expect(rate).toMatch(/^33,3 % officiel 0,9 %–98,0 %$/);
    expect(declared).toBe('totalement conforme 100 % 2024-03-12');
    expect(valid).toMatch(/^valide 2027-03-12$/);
    expect(pages).toBe('2 (1)');
    expect(notes).toMatch(/affirme 100 % mais l’outil a trouvé 2 critères non conformes/);
    expect(reports).toBe('HTML · JSON');
    expect(row(0).find('a[href="procedures/A-12.html"]').length).toBe(1);
  });

  it('the detail section gives the verdict’s reasons and the contradictions', () => {
    const section = $('#dash-details').parent().find('section').first();
    const reasons = section.find('ul.reasons li').map((_, li) => $(li).text()).get();
    expect(reasons.length).toBeGreaterThanOrEqual(3);
    expect(reasons.some((r) => /Méthode 2020 : Oui/.test(r))).toBe(true);
    expect(section.find('ul.reasons li.contradiction').text()).toMatch(/affirme 100 % mais l’outil a trouvé 2 critères non conformes/);
  });

  it('a procedure that could not be audited: no verdict, its failure kind and error', () => {
    const [, verdict, rate, , , , pages, notes] = cells(1);
    expect(verdict).toBe('Non auditée : injoignable');
    expect(rate).toBe('—');
    expect(pages).toBe('0 (1)');
    expect(notes).toContain('unreachable: connection refused (ERR_CONNECTION_REFUSED)');
  });
});

describe('the README documents the batch columns, in order', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  /** The rows of the first Markdown table after `heading`: its cells, the `\|` of a cell kept. */
  const table = (heading: string) => {
    const after = readme.slice(readme.indexOf(heading));
    const lines = after.split('\n');
    const start = lines.findIndex((l) => l.startsWith('| '));
    const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
    return lines.slice(start + 2, end).map((l) => l.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  };
  /** The column names a README cell gives: its `code` spans, `the same` standing for the first cell's. */
  const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  const header = (lang: 'en' | 'fr') => parseCsv(FILE_FORMATS['batch-csv'].render(makeReport([sampleProcedure('a')]), ctx(lang)))[0];

  it('batch CSV: every column in English and in French', () => {
    const rows = table('**Batch CSV**');
    expect(rows.flatMap((r) => names(r[0]))).toEqual(header('en'));
    expect(rows.flatMap((r) => (r[1] === 'the same' ? names(r[0]) : names(r[1])))).toEqual(header('fr'));
  });

  it('observatory export: every column', () => {
    expect(table('**Observatory export**').flatMap((r) => names(r[0]))).toEqual([...OBSERVATORY_COLUMNS]);
  });
});
