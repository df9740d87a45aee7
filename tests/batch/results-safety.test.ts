/**
 * A batch never destroys the results of an earlier run: a second run on the same output folder
 * without `--resume` is refused before anything starts, and every file there stays byte for byte;
 * `--force` sets the earlier results aside (renamed, never deleted); `--resume` with other
 * settings is refused, naming what differs; a resume without `--as-of` keeps the earlier date.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { startSites, type Sites } from '../helpers/sites.js';
import { BASE_ARGS, jsonlLines, readReport, runCli } from './util.js';

/** Every file under `dir`, relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe('batch: earlier results are never lost', () => {
  let s: Sites;
  let tmp: string;
  let yaml: string;
  let dir: string;
  let results: string;
  let first: Map<string, Buffer>;

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    s = await startSites();
    tmp = mkdtempSync(join(tmpdir(), 'rgaa-batch-safety-'));
    yaml = join(tmp, 'procedures.yaml');
    writeFileSync(
      yaml,
      stringifyYaml({
        procedures: [
          { id: 'alpha-bourse', name: 'Bourse municipale', url: `${s.sites.alpha}/demarche/bourse` },
          { id: 'down-chomage', name: 'Inscription', url: `${s.sites.down}/demarche/chomage` },
        ],
      }),
    );
    dir = join(tmp, 'out');
    results = join(dir, 'results.jsonl');
    const r = await runCli(['batch', yaml, '--output', dir, ...BASE_ARGS]);
    if (r.code !== 0) throw new Error(`first run: exit ${r.code}\n${r.stderr}`);
    first = snapshot(dir);
    writeFileSync(join(tmp, 'first.json'), first.get('rgaa-audit.json')!);
  }, 120_000);

  afterAll(async () => {
    await s?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('a finished run, then a second run without --resume: refused (exit 2, one line naming --resume and --force), every file intact byte for byte, no page fetched', async () => {
    expect(jsonlLines(results)).toHaveLength(2);
    expect(first.has('results.jsonl')).toBe(true);
    expect(first.has('rgaa-audit.json')).toBe(true);
    const from = s.requests.length;
    const r = await runCli(['batch', yaml, '--output', dir, ...BASE_ARGS]);
    expect(r.code, r.stderr).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.trim());
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^rgaa-audit: ${results.replace(/[.]/g, '\\.')} already holds 2 results of an earlier run: add --resume .*, or --force `));
    expect(r.stdout).toBe('');
    expect(s.requests.length - from).toBe(0);
    const now = snapshot(dir);
    expect([...now.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [k, v] of first) expect(now.get(k)!.equals(v), k).toBe(true);
  }, 60_000);

  it('--resume with other settings is refused, naming what differs; files intact', async () => {
    const r = await runCli(['batch', yaml, '--output', dir, '--resume', '--method', '2023', ...BASE_ARGS]);
    expect(r.code, r.stderr).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.trim());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('--resume: ');
    expect(lines[0]).toContain('judge.method: 2020 → 2023');
    expect(lines[0]).toContain('--force');
    const now = snapshot(dir);
    for (const [k, v] of first) expect(now.get(k)!.equals(v), k).toBe(true);
  }, 60_000);

  it('--resume and --force together: refused', async () => {
    const r = await runCli(['batch', yaml, '--output', dir, '--resume', '--force', ...BASE_ARGS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rgaa-audit: --resume and --force: give one/);
  });

  it('--resume without --as-of keeps the date of the earlier run: nothing audited again, results file unchanged', async () => {
    const args = BASE_ARGS.filter((a, i) => a !== '--as-of' && BASE_ARGS[i - 1] !== '--as-of');
    const from = s.requests.length;
    const r = await runCli(['batch', yaml, '--output', dir, '--resume', ...args]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('resume: declarations judged as of 2026-01-15, the date of the earlier run');
    expect(r.stderr).toContain('(0 audited, 2 resumed)');
    expect(s.requests.length - from).toBe(0);
    expect(readFileSync(results).equals(first.get('results.jsonl')!)).toBe(true);
    expect(readReport(join(dir, 'rgaa-audit.json')).procedures.map((p) => p.id)).toEqual(['alpha-bourse', 'down-chomage']);
  }, 60_000);

  it('--resume after the input changed: the changed procedure is audited again, the other kept, a removed one left out', async () => {
    const dir2 = join(tmp, 'changed');
    const y1 = join(tmp, 'three.yaml');
    const base = [
      { id: 'alpha-bourse', name: 'Bourse municipale', url: `${s.sites.alpha}/demarche/bourse` },
      { id: 'down-chomage', name: 'Inscription', url: `${s.sites.down}/demarche/chomage` },
      { id: 'fail-retraite', name: 'Retraite', url: `${s.sites.fail}/demarche/retraite` },
    ];
    writeFileSync(y1, stringifyYaml({ procedures: base }));
    const r1 = await runCli(['batch', y1, '--output', dir2, ...BASE_ARGS]);
    expect(r1.code, r1.stderr).toBe(0);
    writeFileSync(y1, stringifyYaml({ procedures: [base[0], { ...base[1], name: 'Inscription (renamed)' }] }));
    const r2 = await runCli(['batch', y1, '--output', dir2, '--resume', ...BASE_ARGS]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r2.stderr).toContain('(1 audited, 1 resumed)');
    expect(r2.stderr).toContain('resume: 1 procedure audited again because its entry in');
    expect(r2.stderr).toContain('resume: 1 earlier result of procedures no longer in');
    const report = readReport(join(dir2, 'rgaa-audit.json'));
    expect(report.procedures.map((p) => [p.id, p.name])).toEqual([
      ['alpha-bourse', 'Bourse municipale'],
      ['down-chomage', 'Inscription (renamed)'],
    ]);
    // Appended, never rewritten: the three first lines are still there, first.
    expect(jsonlLines(join(dir2, 'results.jsonl'))).toHaveLength(4);
  }, 120_000);

  it('--force starts a new run and keeps the earlier results file, renamed, byte for byte', async () => {
    const r = await runCli(['batch', yaml, '--output', dir, '--force', ...BASE_ARGS]);
    expect(r.code, r.stderr).toBe(0);
    const m = /--force: the earlier results are kept as (\S+)/.exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    const aside = m![1];
    expect(aside).toMatch(/results\.jsonl\.\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.bak$/);
    expect(readFileSync(aside).equals(first.get('results.jsonl')!)).toBe(true);
    expect(statSync(results).size).toBeGreaterThan(0);
    expect(jsonlLines(results)).toHaveLength(2);
    expect(r.stderr).toContain('(2 audited, 0 resumed)');
    // The set-aside file still gives its reports.
    const m2 = await runCli(['merge', aside, '--output', join(tmp, 'from-aside'), '--format', 'json']);
    expect(m2.code, m2.stderr).toBe(0);
    expect(readReport(join(tmp, 'from-aside', 'rgaa-audit.json'))).toEqual(expect.objectContaining({ procedures: readReport(join(tmp, 'first.json')).procedures }));
  }, 120_000);
});
