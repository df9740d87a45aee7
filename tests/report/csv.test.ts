import { describe, it, expect } from 'vitest';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { neutraliseFormula, toCsv } from '../../src/report/csv.js';
import { ctx, finding, makeDeclaration, makeProcedure, makeReport, sampleProcedure } from './factory.js';
import { officialCriteria } from '../../src/report/official.js';
import { BOM, expectNoFormula, hostileProcedure, parseCsv, XSS } from './hostile.js';

const payloads = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '@SUM(1)', '-2+3', '\t=1+1', '\r=1', '  =1+1', '＝1+1', "'already quoted"];

describe('neutraliseFormula', () => {
  it('prefixes a quote to every cell a spreadsheet would read as a formula', () => {
    for (const p of payloads.slice(0, -1)) expect(neutraliseFormula(p), JSON.stringify(p)).toBe(`'${p}`);
    for (const ok of ['', 'abc', '1.1', '<img src=x>', "'already quoted", 'a=b', '#id']) expect(neutraliseFormula(ok)).toBe(ok);
  });
  it('toCsv writes the BOM, ";" and CRLF, and quotes what needs it', () => {
    const text = toCsv([['a', 'b;c', 'line\nbreak', '"q"'], [1.5, null, '=1+1', true]]);
    expect(text).toBe(`${BOM}a;"b;c";"line\nbreak";"""q"""\r\n1,5;;'=1+1;1\r\n`);
  });
});

describe('findings CSV', () => {
  it('one row per finding: procedure, page, criterion, test, status, selector, message, snippet', () => {
    const report = makeReport([sampleProcedure('proc-a')]);
    const rows = parseCsv(FILE_FORMATS.csv.render(report, ctx('en')));
    expect(rows[0].slice(0, 8)).toEqual(['procedure', 'page', 'criterion', 'test', 'status', 'selector', 'message', 'snippet']);
    expect(rows).toHaveLength(1 + 3);
    expect(rows[1].slice(0, 8)).toEqual(['proc-a', 'https://www.example.gouv.fr/', '1.1', '1.1.1', 'NC', 'img.logo', 'Failure of test 1.1.1', '<img src="/x-1.1.1.png">']);
    const fr = parseCsv(FILE_FORMATS.csv.render(report, ctx('fr')));
    expect(fr[0][0]).toBe('démarche');
  });

  it('neutralises formula payloads in every column', () => {
    const findings = payloads.map((p, i) => finding(`1.1.${(i % 8) + 1}`, { selector: p, message: p, snippet: p, source: `axe:${i}` }));
    const p = makeProcedure({ id: '=HYPERLINK("http://evil.example","id")', pages: [{ url: 'https://x.example/', findings: { '1.1': findings } }] });
    const rows = parseCsv(FILE_FORMATS.csv.render(makeReport([p]), ctx()));
    expect(rows.length).toBe(1 + payloads.length);
    expectNoFormula(rows);
    expect(rows[1][5]).toBe(`'${payloads[0]}`);
  });
});

describe('hostile page content in every CSV format', () => {
  it('payloads stay data: no formula, no row or column split, text kept as it was', () => {
    const p = hostileProcedure();
    p.name = `=HYPERLINK("http://evil.example","x");${XSS[0]}\r\n-1+1`;
    p.administration = '@SUM(A1)\n;;;';
    const report = makeReport([p, sampleProcedure('b')]);
    for (const f of ['csv', 'grid', 'batch-csv'] as const) {
      for (const lang of ['en', 'fr'] as const) {
        const rows = parseCsv(FILE_FORMATS[f].render(report, ctx(lang)));
        expectNoFormula(rows);
        // Rows of one table all have the header's width (a ; or a line break in a value splits nothing).
        if (f !== 'grid') for (const r of rows) expect(r.length, `${f}: ${JSON.stringify(r).slice(0, 80)}`).toBe(rows[0].length);
        const cells = rows.flat();
        if (f !== 'grid') expect(cells.some((c) => c.includes('<script>window.__pwned=1</script>')), f).toBe(true);
        if (f === 'batch-csv') {
          expect(cells).toContain(`'=HYPERLINK("http://evil.example","x");${XSS[0]}\r\n-1+1`);
          expect(cells).toContain(`'@SUM(A1)\n;;;`);
        }
      }
    }
  });
});

describe('criteria grid CSV', () => {
  it('one row per criterion in the official wording, a column per page (P01…), the sample; French headers whatever --lang', () => {
    const report = makeReport([sampleProcedure('proc-a')]);
    const official = officialCriteria();
    for (const lang of ['en', 'fr'] as const) {
      const rows = parseCsv(FILE_FORMATS.grid.render(report, ctx(lang)));
      expect(rows[0]).toEqual(['Thématique', 'Critère', 'Recommandation', 'Niveau', 'P01', 'P02', 'Échantillon']);
      expect(rows[1]).toEqual(['', '', 'Titre de la page', '', 'Page', 'Page', '']);
      expect(rows[2]).toEqual(['', '', 'URL', '', 'https://www.example.gouv.fr/', 'https://www.example.gouv.fr/form', '']);
      expect(rows).toHaveLength(3 + 106);
      const r11 = rows.find((r) => r[1] === '1.1')!;
      expect(r11).toEqual(['Images', '1.1', 'Chaque image porteuse d’information a-t-elle une alternative textuelle ?', 'A', 'NC', 'NT', 'NC']);
      expect(rows.find((r) => r[1] === '2.1')!.slice(4)).toEqual(['NA', 'NA', 'NA']);
      expect(rows.find((r) => r[1] === '3.1')!.slice(4)).toEqual(['C', 'C', 'C']);
      // Every criterion in the official wording, in RGAA order.
      expect(rows.slice(3).map((r) => [r[1], r[2]])).toEqual([...official.values()].map((o) => [o.id, o.title]));
      for (const r of rows.slice(3)) for (const s of r.slice(4)) expect(['C', 'NC', 'NA', 'NT']).toContain(s);
    }
  });

  it('several procedures give several blocks; a page in error has empty cells and its error as title', () => {
    const report = makeReport([sampleProcedure('a'), makeProcedure({ id: 'b', pages: [{ url: 'https://b/' }, { url: 'https://b/x', error: 'HTTP 500' }] })]);
    const rows = parseCsv(FILE_FORMATS.grid.render(report, ctx('en')));
    const starts = rows.map((r, i) => (r[0] === 'Démarche' ? i : -1)).filter((i) => i >= 0);
    expect(starts).toHaveLength(2);
    const b = rows.slice(starts[1]);
    expect(b[0]).toEqual(['Démarche', 'b', 'b']);
    expect(b[2].slice(4)).toEqual(['Page', '[non auditée : HTTP 500]', '']);
    expect(b[4].slice(4)).toEqual(['NT', '', 'NT']);
    expectNoFormula(rows);
  });
});

describe('batch CSV', () => {
  it('a row per procedure: the observatory columns as given, rates and bounds, declaration, verdict with reasons, failure', () => {
    const expired = makeProcedure({ id: 'old', name: 'Ancienne', pages: [{ url: 'https://old/', status: { '3.1': 'C' } }], declaration: makeDeclaration({ establishedOn: '2019-01-01', rate: 50 }) });
    const none = makeProcedure({ id: 'none', pages: [{ url: 'https://none/', error: 'unreachable: connection refused' }], declaration: null });
    const given = { ...sampleProcedure('proc-a'), input: { ref: '=1+2 « 42 »', name: 'Démarche telle que donnée', url: 'www.example.gouv.fr/x https://b/', administration: 'DINUM', ministry: 'Ministère X' } };
    const report = makeReport([given, expired, none]);
    const rows = parseCsv(FILE_FORMATS['batch-csv'].render(report, ctx('fr')));
    expect(rows[0]).toEqual([
      'Ref_Demarche', 'Nom_Demarche', 'URL_Demarche', 'Nom_Administration', 'Nom_Ministere',
      'pages auditées', 'pages en erreur', 'taux mesuré (%)', 'taux officiel plancher (%)', 'taux officiel plafond (%)', 'C', 'C+NC', 'NT',
      'mention', 'état déclaré', 'taux déclaré (%)', 'date de la déclaration', 'déclaration valide', 'valide jusqu’au', 'URL de la déclaration',
      'verdict', 'méthode', 'raisons du verdict', 'contradictions',
      'taux déclaré lu dans', 'remarques sur les dates', 'schéma pluriannuel', 'plan d’action de l’année', 'échantillon sans',
      'pages sans la mention', 'pages sans lien vers la déclaration', 'non auditée car', 'erreur', 'rapport',
    ]);
    const col = (name: string) => rows[0].indexOf(name);
    const a = rows[1];
    // As given (a formula-looking Ref stays text, behind its quote), not the file-safe id.
    expect(a.slice(0, 5)).toEqual(["'=1+2 « 42 »", 'Démarche telle que donnée', 'www.example.gouv.fr/x https://b/', 'DINUM', 'Ministère X']);
    // C=1, NC=2, NT=102: floor 1/105, ceiling 103/105, floored to one decimal.
    expect(a.slice(5, 13)).toEqual(['2', '0', '33,3', '0,9', '98,0', '1', '3', '102']);
    expect(a.slice(13, 20)).toEqual(['partiellement conforme', 'partiellement conforme', '78,26', '2024-03-12', 'oui', '2027-03-12', 'https://www.example.gouv.fr/accessibilite']);
    expect(a.slice(20, 22)).toEqual(['Oui', '2020']);
    // What an accessibility lead checks, with its evidence.
    expect(a[col('taux déclaré lu dans')]).toBe('78,26 % des critères du RGAA version 4.1 sont respectés. (Résultats des tests)');
    expect(a[col('schéma pluriannuel')]).toBe('en cours 2023-2025');
    expect(a[col('plan d’action de l’année')]).toBe('non');
    expect(a[col('échantillon sans')]).toBe('contact, mentions légales, page accessibilité, aide, plan du site, authentification');
    expect(a[col('pages sans la mention')]).toBe('https://www.example.gouv.fr/form');
    expect(a[col('raisons du verdict')].split(' | ').length).toBeGreaterThanOrEqual(3);
    expect(a[col('raisons du verdict')]).toMatch(/^Déclaration trouvée .* \| Taux déclaré de 78,26 % : au moins 75 % \| Méthode 2020 : Oui/);
    expect(a.slice(col('non auditée car'))).toEqual(['', '', 'procedures/1-2-42.html']);
    expect(rows[2].slice(16, 21)).toEqual(['2019-01-01', 'non', '2022-01-01', 'https://www.example.gouv.fr/accessibilite', 'Non']);
    // Without input (an `audit` report): the id and the first page stand for the observatory's columns.
    expect(rows[2].slice(0, 3)).toEqual(['old', 'Ancienne', 'https://old/']);
    const n = rows[3];
    expect(n.slice(5, 8)).toEqual(['0', '1', '']);
    expect(n[col('mention')]).toBe('aucune');
    expect(n[col('non auditée car')]).toBe('erreur');
    expect(n[col('erreur')]).toBe('no page could be audited');
    expectNoFormula(rows);
  });
});
