/**
 * Bad batch input: exit 2 and one line naming the file, the line and the field, before any
 * browser starts. Runs the real CLI; no site is needed.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './util.js';

const tmp = mkdtempSync(join(tmpdir(), 'rgaa-batch-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BOM = '\uFEFF';
const HEADER = 'Ref_Demarche;Nom_Demarche;URL_Demarche;Nom_Administration;Nom_Ministere';

interface Case {
  name: string;
  file: string;
  text: string;
  line: number;
  field: string;
  message: RegExp;
}

const CASES: Case[] = [
  {
    name: 'YAML: a procedure without url',
    file: 'missing-url.yaml',
    text: ['procedures:', '  - id: a', '    url: http://127.0.0.1/a', '  - id: b', '    name: Sans adresse', ''].join('\n'),
    line: 4,
    field: 'procedures[1].url',
    message: /is required/,
  },
  {
    name: 'YAML: a bad URL',
    file: 'bad-url.yaml',
    text: ['procedures:', '  - id: a', '    name: A', '    url: pas une adresse', ''].join('\n'),
    line: 4,
    field: 'procedures[0].url',
    message: /not a valid http\(s\) URL: "pas une adresse"/,
  },
  {
    name: 'YAML: a bad URL among pages',
    file: 'bad-page.yaml',
    text: ['procedures:', '  - id: a', '    url: http://127.0.0.1/a', '    pages:', '      - http://127.0.0.1/b', '      - ftp://127.0.0.1/c', ''].join('\n'),
    line: 6,
    field: 'procedures[0].pages[1]',
    message: /not a valid http\(s\) URL/,
  },
  {
    name: 'YAML: an unknown field',
    file: 'unknown-field.yaml',
    text: ['procedures:', '  - id: a', '    url: http://127.0.0.1/a', '    adresse: http://127.0.0.1/b', ''].join('\n'),
    line: 4,
    field: 'procedures[0].adresse',
    message: /unknown field \(known: id, name/,
  },
  {
    name: 'YAML: a duplicate id',
    file: 'duplicate-id.yaml',
    text: ['procedures:', '  - id: a', '    url: http://127.0.0.1/a', '  - id: b', '    url: http://127.0.0.1/b', '  - id: a', '    url: http://127.0.0.1/c', ''].join('\n'),
    line: 6,
    field: 'procedures[2].id',
    message: /duplicate id "a" \(also procedures\[0\]\)/,
  },
  {
    name: 'CSV: no URL_Demarche column',
    file: 'no-url-column.csv',
    text: BOM + ['Ref_Demarche;Nom_Demarche;Nom_Administration;Nom_Ministere', '1;Démarche;Administration;Ministère', ''].join('\r\n'),
    line: 1,
    field: 'URL_Demarche',
    message: /missing column URL_Demarche/,
  },
  {
    name: 'CSV: an empty URL_Demarche',
    file: 'empty-url.csv',
    text: BOM + [HEADER, '1;Une;http://127.0.0.1/a;Adm;Min', '2;Deux;;Adm;Min', ''].join('\r\n'),
    line: 3,
    field: 'URL_Demarche',
    message: /is required/,
  },
  {
    name: 'CSV: a bad URL_Demarche',
    file: 'bad-url.csv',
    text: BOM + [HEADER, '1;Une;www.exemple.gouv.fr;Adm;Min', ''].join('\r\n'),
    line: 2,
    field: 'URL_Demarche',
    message: /not a valid http\(s\) URL/,
  },
];

// Each case only spawns the CLI (no browser): run them at once.
describe.concurrent('batch input errors', () => {
  it.each(CASES)('$name → exit 2, one line: file:line: field', async (c) => {
    const file = join(tmp, c.file);
    writeFileSync(file, c.text);
    const r = await runCli(['batch', file, '--no-sample', '--output', join(tmp, 'out')]);
    expect(r.code, r.stderr).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.trim());
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0].startsWith(`rgaa-audit: ${file}:${c.line}: `), lines[0]).toBe(true);
    expect(lines[0]).toContain(c.field);
    expect(lines[0]).toMatch(c.message);
    expect(r.stdout).toBe('');
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
});
