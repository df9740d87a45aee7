/**
 * A batch's outputs end to end, on a CSV as Excel saves it with `--skip-invalid`: the valid
 * procedures are audited, the invalid ones reported as procedures in error (« invalid input »,
 * their problems as the reason), in input order, in every output: the JSON report, the batch CSV,
 * the observatory export, the dashboard, and one report per procedure that the dashboard links;
 * in a terminal, a table at the end.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { startSites, type Sites } from '../helpers/sites.js';
import { BASE_ARGS, BIN, CLI_ENV, jsonlLines, readReport, runCli } from './util.js';
import { parseCsv } from '../report/hostile.js';
import { load } from 'cheerio';

describe('batch outputs (--skip-invalid, Windows-1252 CSV)', () => {
  let s: Sites;
  let tmp: string;
  let csv: string;
  let r: { code: number | null; stdout: string; stderr: string };
  let dir: string;

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    s = await startSites();
    tmp = mkdtempSync(join(tmpdir(), 'rgaa-skip-invalid-'));
    csv = join(tmp, 'procédures.csv');
    // As Excel saves it on a French Windows: Windows-1252, `;`, CRLF, column names in another case.
    const rows = [
      'REF_DEMARCHE;Nom_Demarche;URL_Demarche;Nom_Administration;Nom_Ministere',
      `A-1;Bourse municipale;${s.sites.alpha}/demarche/bourse;Ville d’Alpha;Ministère de l’Intérieur`,
      'B-2;Sans adresse;;Préfecture;Ministère',
      'C-3;Sans schéma;www.example.fr/demarche;Préfecture;Ministère',
      `D-4;Inscription;${s.sites.down}/demarche/chomage;Service arrêté;Ministère du Travail`,
    ];
    writeFileSync(csv, iconv.encode(rows.join('\r\n') + '\r\n', 'windows-1252'));
    dir = join(tmp, 'out');
    r = await runCli(['batch', csv, '--output', dir, '--skip-invalid', ...BASE_ARGS]);
  }, 120_000);

  afterAll(async () => {
    await s?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('says which rows are skipped and why, then audits the others (exit 0)', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`skipped: ${csv}:3: URL_Demarche: is required`);
    expect(r.stderr).toContain(`skipped: ${csv}:4: URL_Demarche: not a valid http(s) URL: "www.example.fr/demarche": add http:// or https://`);
    expect(r.stderr).toContain('--skip-invalid: 2 invalid procedures reported as in error (« invalid input »), 2 to audit');
    expect(r.stderr).toContain('(4 audited, 0 resumed)');
  });

  it('reports every row in input order: the invalid ones in error with their reason, the entry as given', () => {
    const report = readReport(join(dir, 'rgaa-audit.json')) as unknown as {
      procedures: { id: string; name: string; error: string | null; pages: unknown[]; verdict: unknown; input: Record<string, unknown> }[];
    };
    expect(report.procedures.map((p) => p.id)).toEqual(['A-1', 'B-2', 'C-3', 'D-4']);
    const [a, b, c, d] = report.procedures;
    expect(a.error).toBeNull();
    expect(a.input).toEqual({ ref: 'A-1', name: 'Bourse municipale', url: `${s.sites.alpha}/demarche/bourse`, administration: 'Ville d’Alpha', ministry: 'Ministère de l’Intérieur' });
    expect(b).toMatchObject({ name: 'Sans adresse', error: `invalid input: ${csv}:3: URL_Demarche: is required`, pages: [], verdict: null });
    expect(c.error).toMatch(/^invalid input: .*:4: URL_Demarche: .*add http:\/\/ or https:\/\//);
    expect(c.input).toMatchObject({ ref: 'C-3', url: 'www.example.fr/demarche' });
    expect(d.error).toMatch(/^unreachable: /);
    expect(jsonlLines(join(dir, 'results.jsonl'))).toHaveLength(4);
    // The batch CSV names them too (no mojibake: « Préfecture » read from Windows-1252).
    const text = readFileSync(join(dir, 'rgaa-audit.batch.csv'), 'utf8');
    expect(text).toContain('invalid input');
    expect(text).toContain('Ville d’Alpha');
    expect(text).not.toContain('\ufffd');
  });

  it('the first line of the run says the sample; stdout, not a terminal, has only the summary line', () => {
    // (After the lines that name the skipped entries.)
    expect(r.stderr.split('\n').find((l) => l.startsWith('batch: '))).toBe('batch: 4 procedures; sample: the given pages only (--no-sample)');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^rgaa-audit: 4 procedures/);
  });

  it('writes by default the JSON report, the batch CSV, the observatory export, the dashboard, and a report per procedure named from Ref_Demarche', () => {
    for (const ext of ['.json', '.batch.csv', '.observatory.csv', '.dashboard.html']) expect(existsSync(join(dir, `rgaa-audit${ext}`)), ext).toBe(true);
    for (const ref of ['A-1', 'B-2', 'C-3', 'D-4']) {
      for (const ext of ['.html', '.json']) expect(existsSync(join(dir, 'procedures', `${ref}${ext}`)), `${ref}${ext}`).toBe(true);
      const one = readReport(join(dir, 'procedures', `${ref}.json`));
      expect(one.procedures.map((p) => p.id)).toEqual([ref]);
    }
    // Every link of the dashboard to a file leads to one that exists.
    const $ = load(readFileSync(join(dir, 'rgaa-audit.dashboard.html'), 'utf8'));
    const links = $('a[href^="procedures/"]').map((_, a) => $(a).attr('href')).get();
    expect(new Set(links)).toEqual(new Set(['A-1', 'B-2', 'C-3', 'D-4'].flatMap((ref) => [`procedures/${ref}.html`, `procedures/${ref}.json`])));
    for (const l of links) expect(existsSync(join(dir, l)), l).toBe(true);
    // A procedure that could not be audited shows why, never « no non-compliant criterion found ».
    const down = $('section h3').filter((_, h) => $(h).text() === 'Inscription').closest('section');
    expect(down.text()).toContain('Not audited: unreachable');
    expect(down.text()).not.toContain('No non-compliant criterion');
  });

  it('the observatory export: the audited one with its label, the others « À venir » with why', () => {
    const rows = parseCsv(readFileSync(join(dir, 'rgaa-audit.observatory.csv'), 'utf8'));
    const col = (name: string) => rows[0].indexOf(name);
    expect(rows.slice(1).map((x) => x[0])).toEqual(['A-1', 'B-2', 'C-3', 'D-4']);
    expect(rows[1][col('Prise_En_Compte_Handicap')]).toBe('Oui');
    expect(rows[1][col('Taux_RGAA_Publie')]).toBe('0,7826');
    expect(rows[1][col('Nom_Ministere')]).toBe('Ministère de l’Intérieur');
    for (const row of rows.slice(2)) expect(row[col('Prise_En_Compte_Handicap')], row[0]).toBe('À venir');
    expect(rows[2][col('Motif_Non_Evalue')]).toMatch(/^invalid input: .*:3: URL_Demarche: is required$/);
    expect(rows[4][col('Motif_Non_Evalue')]).toMatch(/^unreachable: /);
  });

  it('in a terminal: a table of the procedures at the end, the failed ones named with why', async () => {
    const dir2 = join(tmp, 'tty');
    const cmd = [process.execPath, BIN, 'batch', csv, '--output', dir2, '--skip-invalid', ...BASE_ARGS].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // `script` gives the CLI a terminal (a pseudo-tty) and copies what it shows.
    const out = await new Promise<string>((resolve, reject) =>
      execFile('script', ['-qec', cmd, '/dev/null'], { env: { ...process.env, ...CLI_ENV, COLUMNS: '120' }, timeout: 120_000 }, (e, stdout) => (e ? reject(e) : resolve(stdout))),
    );
    // eslint-disable-next-line no-control-regex
    const text = out.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
    expect(text).toMatch(/^Ref\s+Procedure\s+measured rate\s+official\s+verdict$/m);
    expect(text).toMatch(/^A-1\s+Bourse municipale\s+\d+\.\d %\s+\d+\.\d %–\d+\.\d %\s+Oui \(2020\)$/m);
    expect(text).toContain('3 not audited:');
    expect(text).toMatch(/^ {2}D-4 Inscription: unreachable — unreachable: /m);
    expect(text).toMatch(/^ {2}B-2 Sans adresse: invalid input — invalid input: .*URL_Demarche: is required$/m);
  }, 120_000);
});
