/**
 * Bad batch input, through the real CLI: exit 2 before any browser starts, every problem listed
 * (`file:line: field: problem`, one per line, capped with a count), then one line saying what to
 * do (`--skip-invalid`). Inputs as people save them: Windows-1252 or UTF-8 with or without BOM,
 * column names in any case. No site is needed; RGAA_AUDIT_BROWSER points at nothing, so a run
 * that reached the browser would exit 4, not 2.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from './util.js';
import { readBatchInput } from '../../src/batch/input.js';
import { decodeInput } from '../../src/batch/encoding.js';
import { MAX_PROBLEMS_SHOWN } from '../../src/batch/problems.js';

const tmp = mkdtempSync(join(tmpdir(), 'rgaa-batch-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const NO_BROWSER = { RGAA_AUDIT_BROWSER: join(tmp, 'no-such-browser') };
const BOM = '\uFEFF';
const HEADER = 'Ref_Demarche;Nom_Demarche;URL_Demarche;Nom_Administration;Nom_Ministere';
const lines = (text: string) => text.split('\n').filter((l) => l.trim());

interface Case {
  name: string;
  file: string;
  text: string;
  line: number;
  field: string;
  message: RegExp;
  /** A problem of one entry (followed by the summary line), not of the whole file. */
  entry: boolean;
}

const CASES: Case[] = [
  {
    name: 'YAML: a procedure without url',
    file: 'missing-url.yaml',
    text: ['procedures:', '  - id: a', '    url: http://127.0.0.1/a', '  - id: b', '    name: Sans adresse', ''].join('\n'),
    line: 4,
    field: 'procedures[1].url',
    message: /is required/,
    entry: true,
  },
  {
    name: 'YAML: a bad URL',
    file: 'bad-url.yaml',
    text: ['procedures:', '  - id: a', '    name: A', '    url: pas une adresse', ''].join('\n'),
    line: 4,
    field: 'procedures[0].url',
    message: /not a valid http\(s\) URL: "pas une adresse"/,
    entry: true,
  },
  {
    name: 'YAML: a bad URL among pages',
    file: 'bad-page.yaml',
    text: ['procedures:', '  - id: a', '    url: http://127.0.0.1/a', '    pages:', '      - http://127.0.0.1/b', '      - ftp://127.0.0.1/c', ''].join('\n'),
    line: 6,
    field: 'procedures[0].pages[1]',
    message: /not a valid http\(s\) URL/,
    entry: true,
  },
  {
    name: 'YAML: an unknown field',
    file: 'unknown-field.yaml',
    text: ['procedures:', '  - id: a', '    url: http://127.0.0.1/a', '    adresse: http://127.0.0.1/b', ''].join('\n'),
    line: 4,
    field: 'procedures[0].adresse',
    message: /unknown field \(known: id, name/,
    entry: true,
  },
  {
    name: 'YAML: a duplicate id',
    file: 'duplicate-id.yaml',
    text: ['procedures:', '  - id: a', '    url: http://127.0.0.1/a', '  - id: b', '    url: http://127.0.0.1/b', '  - id: a', '    url: http://127.0.0.1/c', ''].join('\n'),
    line: 6,
    field: 'procedures[2].id',
    message: /duplicate id "a" \(also procedures\[0\]\)/,
    entry: true,
  },
  {
    name: 'YAML: a host without scheme',
    file: 'no-scheme.yaml',
    text: ['procedures:', '  - id: a', '    url: localhost:8702', ''].join('\n'),
    line: 3,
    field: 'procedures[0].url[0]',
    message: /"localhost:8702": add http:\/\/ or https:\/\//,
    entry: true,
  },
  {
    name: 'CSV: no URL_Demarche column: named, with the columns found',
    file: 'no-url-column.csv',
    text: BOM + ['Ref_Demarche;Nom_Demarche;Nom_Administration;Nom_Ministere', '1;Démarche;Administration;Ministère', ''].join('\r\n'),
    line: 1,
    field: 'missing column URL_Demarche',
    message: /columns found, separated by ";": "Ref_Demarche", "Nom_Demarche", "Nom_Administration", "Nom_Ministere"/,
    entry: false,
  },
  {
    name: 'CSV: an empty URL_Demarche',
    file: 'empty-url.csv',
    text: BOM + [HEADER, '1;Une;http://127.0.0.1/a;Adm;Min', '2;Deux;;Adm;Min', ''].join('\r\n'),
    line: 3,
    field: 'URL_Demarche',
    message: /is required/,
    entry: true,
  },
  {
    name: 'CSV: a host and path without scheme',
    file: 'bad-url.csv',
    text: BOM + [HEADER, '1;Une;www.example.fr/demarche;Adm;Min', ''].join('\r\n'),
    line: 2,
    field: 'URL_Demarche',
    message: /not a valid http\(s\) URL: "www\.example\.fr\/demarche": add http:\/\/ or https:\/\//,
    entry: true,
  },
];

// Each case only spawns the CLI (no browser): run them at once.
describe.concurrent('batch input errors', () => {
  it.each(CASES)('$name → exit 2: file:line: field, then what to do', async (c) => {
    const file = join(tmp, c.file);
    writeFileSync(file, c.text);
    const r = await runCli(['batch', file, '--no-sample', '--output', join(tmp, 'out')], NO_BROWSER);
    expect(r.code, r.stderr).toBe(2);
    const l = lines(r.stderr);
    expect(l, r.stderr).toHaveLength(c.entry ? 2 : 1);
    expect(l[0].startsWith(`rgaa-audit: ${file}:${c.line}: `), l[0]).toBe(true);
    expect(l[0]).toContain(c.field);
    expect(l[0]).toMatch(c.message);
    if (c.entry) expect(l[1]).toMatch(new RegExp(`^rgaa-audit: .*: 1 invalid procedure of \\d+, nothing audited: fix it, or give --skip-invalid`));
    expect(r.stdout).toBe('');
    expect(existsSync(join(tmp, 'out', 'results.jsonl'))).toBe(false);
  });

  it('every bad row at once, one per line, capped with a count, then the summary', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `r${i};Démarche ${i};${i % 2 ? `www.site${i}.fr/demarche` : ''};Adm;Min`);
    const file = join(tmp, 'many.csv');
    writeFileSync(file, [HEADER, 'ok;Bonne;http://127.0.0.1:9/a;Adm;Min', ...rows, ''].join('\r\n'));
    const r = await runCli(['batch', file, '--no-sample', '--output', join(tmp, 'many-out')], NO_BROWSER);
    expect(r.code, r.stderr).toBe(2);
    const l = lines(r.stderr);
    expect(l).toHaveLength(MAX_PROBLEMS_SHOWN + 2);
    l.slice(0, MAX_PROBLEMS_SHOWN).forEach((x, i) => {
      expect(x).toMatch(new RegExp(`^rgaa-audit: ${file.replace(/[.]/g, '\\.')}:${i + 3}: URL_Demarche: `));
      expect(x).toMatch(i % 2 ? /add http:\/\/ or https:\/\// : /is required/);
    });
    expect(l[MAX_PROBLEMS_SHOWN]).toBe(`rgaa-audit: … and ${30 - MAX_PROBLEMS_SHOWN} more problems (30 in all)`);
    expect(l.at(-1)).toBe(`rgaa-audit: ${file}: 30 invalid procedures of 31, nothing audited: fix them, or give --skip-invalid to audit the 1 other and report these as in error`);
  });

  it('YAML: every problem of every procedure, several in one procedure', async () => {
    const file = join(tmp, 'several.yaml');
    const text = ['procedures:', '  - id: a', '    url: www.a.fr', '    process: "oui"', '  - id: b', '    url: http://127.0.0.1:9/b', '  - id: c d', '    url: ftp://x/c', ''].join('\n');
    writeFileSync(file, text);
    const r = await runCli(['batch', file, '--no-sample'], NO_BROWSER);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([
      `rgaa-audit: ${file}:3: procedures[0].url[0]: not a valid http(s) URL: "www.a.fr": add http:// or https:// (e.g. https://www.a.fr)`,
      `rgaa-audit: ${file}:4: procedures[0].process: expected true or false`,
      `rgaa-audit: ${file}:7: procedures[2].id: "c d" must be letters, digits, '.', '_' or '-' (at most 100)`,
      `rgaa-audit: ${file}:8: procedures[2].url[0]: not a valid http(s) URL: "ftp://x/c" (scheme ftp: refused; only http and https)`,
      `rgaa-audit: ${file}: 2 invalid procedures of 3, nothing audited: fix them, or give --skip-invalid to audit the 1 other and report these as in error`,
    ]);
  });

  it('an unreadable or unknown input file → exit 2 naming it', async () => {
    const missing = join(tmp, 'nope.yaml');
    const r1 = await runCli(['batch', missing, '--no-sample']);
    expect(r1.code).toBe(2);
    expect(r1.stderr.trim()).toBe(`rgaa-audit: ${missing}: cannot read: ENOENT`);
    const txt = join(tmp, 'procedures.txt');
    writeFileSync(txt, 'x');
    const r2 = await runCli(['batch', txt, '--no-sample']);
    expect(r2.code).toBe(2);
    expect(r2.stderr.trim()).toMatch(new RegExp(`^rgaa-audit: ${txt.replace(/[.]/g, '\\.')}: unknown input type`));
  });

  it('--debug says which encoding was used; --encoding gives it; an unknown one is refused', async () => {
    const file = join(tmp, 'excel.csv');
    writeFileSync(file, iconv.encode([HEADER, 'x1;Démarche;;Préfecture;Ministère', ''].join('\r\n'), 'windows-1252'));
    const r = await runCli(['batch', file, '--no-sample', '--debug'], NO_BROWSER);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe(`batch: ${file} read as windows-1252 (not valid UTF-8)`);
    const forced = await runCli(['batch', file, '--no-sample', '--debug', '--encoding', 'ISO-8859-15'], NO_BROWSER);
    expect(lines(forced.stderr)[0]).toBe(`batch: ${file} read as iso-8859-15 (given by --encoding)`);
    const bad = await runCli(['batch', file, '--encoding', 'klingon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^rgaa-audit: --encoding: unknown encoding "klingon"/);
  });
});

describe('batch --help', () => {
  it('states the real defaults: the formats written (tests/batch/outputs.test.ts checks they are), the sample, that --threshold does not gate', async () => {
    const r = await runCli(['batch', '--help']);
    expect(r.code).toBe(0);
    const help = r.stdout.replace(/\s+/g, ' ');
    expect(help).toContain('(default: json,batch-csv,observatory,dashboard)');
    expect(help).toContain('always a report per procedure too');
    expect(help).toContain('pages per procedure in the sample (default: 10)');
    expect(help).toContain('crawl depth from the start URLs (default: 2)');
    expect(help).toContain('a batch does not gate on it');
  });
});

describe('inputs as people save them (parsed, no CLI)', () => {
  const rows = [HEADER, '1;Démarche d’état civil;http://127.0.0.1/a;Préfecture de l’Hérault;Ministère de l’Intérieur', ''].join('\r\n');
  const expectRead = (file: string, encoding: string) => {
    const input = readBatchInput(file);
    expect(input.decoded.encoding).toBe(encoding);
    expect(input.procedures[0]).toMatchObject({ name: 'Démarche d’état civil', administration: 'Préfecture de l’Hérault', ministry: 'Ministère de l’Intérieur' });
    expect(input.procedures[0].input).toEqual({ ref: '1', name: 'Démarche d’état civil', url: 'http://127.0.0.1/a', administration: 'Préfecture de l’Hérault', ministry: 'Ministère de l’Intérieur' });
  };

  it('Windows-1252 (Excel on a French Windows): no mojibake', () => {
    const file = join(tmp, 'cp1252.csv');
    // The typographic apostrophe is 0x92 in Windows-1252 (it is not in Latin-1).
    writeFileSync(file, iconv.encode(rows, 'windows-1252'));
    expect(readFileSync(file).includes(0x92)).toBe(true);
    expectRead(file, 'windows-1252');
  });

  it('UTF-8 with and without BOM; UTF-16 with BOM', () => {
    writeFileSync(join(tmp, 'bom.csv'), BOM + rows);
    expectRead(join(tmp, 'bom.csv'), 'utf-8');
    writeFileSync(join(tmp, 'plain.csv'), rows);
    expectRead(join(tmp, 'plain.csv'), 'utf-8');
    writeFileSync(join(tmp, 'utf16.csv'), iconv.encode(rows, 'utf-16le', { addBOM: true }));
    expectRead(join(tmp, 'utf16.csv'), 'utf-16le');
  });

  it('a YAML file in Windows-1252 too', () => {
    const file = join(tmp, 'cp1252.yaml');
    writeFileSync(file, iconv.encode('procedures:\n  - id: a\n    name: Démarche\n    url: http://127.0.0.1/a\n', 'windows-1252'));
    expect(readBatchInput(file).procedures[0].name).toBe('Démarche');
  });

  it('decodeInput: why each encoding was chosen', () => {
    expect(decodeInput(Buffer.from('\uFEFFé', 'utf8'))).toEqual({ text: 'é', encoding: 'utf-8', why: 'byte-order mark' });
    expect(decodeInput(Buffer.from('é', 'utf8'))).toEqual({ text: 'é', encoding: 'utf-8', why: 'valid UTF-8' });
    expect(decodeInput(Buffer.from([0xe9]))).toEqual({ text: 'é', encoding: 'windows-1252', why: 'not valid UTF-8' });
    expect(decodeInput(Buffer.from([0x80]), 'latin1').text).toBe('\u0080');
    expect(decodeInput(Buffer.from([0x80])).text).toBe('€');
  });

  it('column names in any case and with spaces around them; extra columns ignored; `,` as separator', () => {
    const file = join(tmp, 'case.csv');
    writeFileSync(file, [' ref_demarche ,NOM_DEMARCHE, Url_Demarche ,Taux_RGAA_Publie,nom_ministere', '12,Une,http://127.0.0.1/a,0.75,Min', ''].join('\n'));
    const p = readBatchInput(file).procedures[0];
    expect(p).toMatchObject({ id: '12', name: 'Une', urls: ['http://127.0.0.1/a'], ministry: 'Min', administration: null });
    expect(p.invalid).toBeUndefined();
  });

  it('an invalid entry keeps an id of its own (for --skip-invalid) and its problems', () => {
    const file = join(tmp, 'ids.csv');
    writeFileSync(file, [HEADER, '7;A;http://127.0.0.1/a;;', '7;B;http://127.0.0.1/b;;', ';C;http://127.0.0.1/c;;', '../../etc;D;http://127.0.0.1/d;;', ''].join('\n'));
    const ps = readBatchInput(file).procedures;
    expect(ps.map((p) => p.id)).toEqual(['7', '7.line-3', 'row.line-4', 'etc']);
    expect(ps.map((p) => !!p.invalid)).toEqual([false, true, true, false]);
    expect(ps[3].input?.ref).toBe('../../etc');
  });
});
