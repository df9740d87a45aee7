/**
 * `--skip-invalid`: the valid procedures are audited, the invalid ones reported as procedures in
 * error (« invalid input », their problems as the reason), in input order, in every output.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { startSites, type Sites } from '../helpers/sites.js';
import { BASE_ARGS, jsonlLines, readReport, runCli } from './util.js';

describe('batch --skip-invalid', () => {
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
    expect(a.input).toEqual({ ref: 'A-1', name: 'Bourse municipale', url: `${s.sites.alpha}/demarche/bourse`, administration: 'Ville d’Alpha', ministry: 'Ministère de l’Intérieur', line: 2 });
    expect(b).toMatchObject({ name: 'Sans adresse', error: `invalid input: ${csv}:3: URL_Demarche: is required`, pages: [], verdict: null });
    expect(c.error).toMatch(/^invalid input: .*:4: URL_Demarche: .*add http:\/\/ or https:\/\//);
    expect(c.input).toMatchObject({ ref: 'C-3', url: 'www.example.fr/demarche', line: 4 });
    expect(d.error).toMatch(/^unreachable: /);
    expect(jsonlLines(join(dir, 'results.jsonl'))).toHaveLength(4);
    // The batch CSV names them too (no mojibake: « Préfecture » read from Windows-1252).
    const text = readFileSync(join(dir, 'rgaa-audit.batch.csv'), 'utf8');
    expect(text).toContain('invalid input');
    expect(text).toContain('Ville d’Alpha');
    expect(text).not.toContain('\ufffd');
  });
});
