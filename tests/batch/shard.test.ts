/**
 * Sharding: the part to audit from `--shard` or from the engine's variables (GitHub Actions via
 * RGAA_AUDIT_SHARD, GitLab CI, Kubernetes Indexed Jobs); n shards run as separate processes at
 * once, merged, equal the unsharded run; `merge` refuses parts made with other settings.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { resolveShard, shardOf } from '../../src/batch/shard.js';
import { UsageError } from '../../src/model/errors.js';
import { startSites, type Sites } from '../helpers/sites.js';
import { BASE_ARGS, jsonlLines, normalise, readReport, runCli } from './util.js';

describe('the shard from the environment', () => {
  const none: NodeJS.ProcessEnv = {};
  const err = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      return (e as Error).message;
    }
    throw new Error('expected a UsageError');
  };

  it('nothing set: the whole batch', () => {
    expect(resolveShard(undefined, none)).toBeNull();
    expect(resolveShard(undefined, { GITHUB_ACTIONS: 'true', CI: 'true' })).toBeNull();
  });

  it('--shard wins over every variable', () => {
    const env = { RGAA_AUDIT_SHARD: '2/4', CI_NODE_INDEX: '3', CI_NODE_TOTAL: '4', JOB_COMPLETION_INDEX: '0', RGAA_AUDIT_SHARD_TOTAL: '4' };
    expect(resolveShard({ index: 1, total: 1 }, env)).toEqual({ index: 1, total: 1, from: '--shard' });
  });

  it('GitHub Actions (no built-in matrix index): RGAA_AUDIT_SHARD=i/n, 1-based, set from the matrix', () => {
    expect(resolveShard(undefined, { GITHUB_ACTIONS: 'true', RGAA_AUDIT_SHARD: '3/4' })).toEqual({ index: 3, total: 4, from: 'RGAA_AUDIT_SHARD' });
    expect(err(() => resolveShard(undefined, { RGAA_AUDIT_SHARD: '0/4' }))).toBe('RGAA_AUDIT_SHARD: expected i/n with 1 ≤ i ≤ n, got "0/4"');
    expect(err(() => resolveShard(undefined, { RGAA_AUDIT_SHARD: '3' }))).toMatch(/^RGAA_AUDIT_SHARD: expected i\/n/);
    // It wins over the engine's own variables.
    expect(resolveShard(undefined, { RGAA_AUDIT_SHARD: '1/2', CI_NODE_INDEX: '2', CI_NODE_TOTAL: '2' })?.index).toBe(1);
  });

  it('GitLab CI (parallel: n): CI_NODE_INDEX is 1-based', () => {
    expect(resolveShard(undefined, { GITLAB_CI: 'true', CI_NODE_INDEX: '1', CI_NODE_TOTAL: '3' })).toEqual({ index: 1, total: 3, from: 'CI_NODE_INDEX/CI_NODE_TOTAL' });
    expect(resolveShard(undefined, { CI_NODE_INDEX: '3', CI_NODE_TOTAL: '3' })).toMatchObject({ index: 3, total: 3 });
    expect(err(() => resolveShard(undefined, { CI_NODE_INDEX: '4', CI_NODE_TOTAL: '3' }))).toBe('CI_NODE_INDEX/CI_NODE_TOTAL: expected i/n with 1 ≤ i ≤ n, got 4/3');
    expect(err(() => resolveShard(undefined, { CI_NODE_INDEX: '2' }))).toMatch(/CI_NODE_INDEX and CI_NODE_TOTAL go together/);
    expect(err(() => resolveShard(undefined, { CI_NODE_INDEX: 'two', CI_NODE_TOTAL: '3' }))).toBe('CI_NODE_INDEX: expected a whole number, got "two"');
  });

  it('Kubernetes Indexed Job: JOB_COMPLETION_INDEX is 0-based; the total from --shard-total or RGAA_AUDIT_SHARD_TOTAL', () => {
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: '0', RGAA_AUDIT_SHARD_TOTAL: '4' })).toEqual({ index: 1, total: 4, from: 'JOB_COMPLETION_INDEX/RGAA_AUDIT_SHARD_TOTAL' });
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: '3', RGAA_AUDIT_SHARD_TOTAL: '4' })).toMatchObject({ index: 4, total: 4 });
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: '1', RGAA_AUDIT_SHARD_TOTAL: '9' }, 2)).toEqual({ index: 2, total: 2, from: 'JOB_COMPLETION_INDEX/--shard-total' });
    expect(err(() => resolveShard(undefined, { JOB_COMPLETION_INDEX: '4', RGAA_AUDIT_SHARD_TOTAL: '4' }))).toBe('JOB_COMPLETION_INDEX (0-based)/total: expected i/n with 1 ≤ i ≤ n, got 4/4');
    expect(err(() => resolveShard(undefined, { JOB_COMPLETION_INDEX: '2' }))).toMatch(/^JOB_COMPLETION_INDEX=2 \(a Kubernetes Indexed Job\) but no number of parts: give --shard-total n or RGAA_AUDIT_SHARD_TOTAL/);
  });

  it('the parts are disjoint, cover everything, and are balanced', () => {
    const items = Array.from({ length: 250 }, (_, index) => ({ index }));
    for (const n of [1, 2, 3, 7]) {
      const parts = Array.from({ length: n }, (_, i) => shardOf(items, { index: i + 1, total: n }));
      expect(parts.flat().map((x) => x.index).sort((a, b) => a - b)).toEqual(items.map((x) => x.index));
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});

describe('n shards as separate processes at once, merged = the unsharded run', () => {
  let s: Sites;
  let tmp: string;
  let yaml: string;
  const IDS = ['alpha-bourse', 'beta-permis', 'down-chomage', 'delta-cantine', 'fail-retraite'];

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    s = await startSites();
    tmp = mkdtempSync(join(tmpdir(), 'rgaa-shard-'));
    yaml = join(tmp, 'procedures.yaml');
    const url: Record<string, string> = {
      'alpha-bourse': `${s.sites.alpha}/demarche/bourse`,
      'beta-permis': `${s.sites.beta}/demarche/permis`,
      'down-chomage': `${s.sites.down}/demarche/chomage`,
      'delta-cantine': `${s.sites.delta}/demarche/cantine`,
      'fail-retraite': `${s.sites.fail}/demarche/retraite`,
    };
    writeFileSync(yaml, stringifyYaml({ procedures: IDS.map((id) => ({ id, name: id, url: url[id] })) }));
  }, 60_000);

  afterAll(async () => {
    await s?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('three shards, each told its part by another engine, at once; merged = the unsharded run', async () => {
    const out = (n: string) => join(tmp, n);
    // What each engine sets, and nothing else (a variable of the test's own CI must not leak in).
    const clear = { RGAA_AUDIT_SHARD: '', CI_NODE_INDEX: '', CI_NODE_TOTAL: '', JOB_COMPLETION_INDEX: '', RGAA_AUDIT_SHARD_TOTAL: '' };
    // The reference first; then the three parts at once, one page at a time each (2 cores; the
    // budget per page is not part of a result's settings).
    const whole = await runCli(['batch', yaml, '--output', out('whole'), ...BASE_ARGS], clear);
    const slow = ['--concurrency', '1', '--timeout', '30000'];
    const [a, b, c] = await Promise.all([
      runCli(['batch', yaml, '--output', out('part-1'), ...BASE_ARGS, ...slow], { ...clear, RGAA_AUDIT_SHARD: '1/3' }),
      runCli(['batch', yaml, '--output', out('part-2'), ...BASE_ARGS, ...slow], { ...clear, CI_NODE_INDEX: '2', CI_NODE_TOTAL: '3' }),
      runCli(['batch', yaml, '--output', out('part-3'), ...BASE_ARGS, ...slow], { ...clear, JOB_COMPLETION_INDEX: '2', RGAA_AUDIT_SHARD_TOTAL: '3' }),
    ]);
    for (const r of [whole, a, b]) expect(r.code, r.stderr + r.stdout).toBe(0);
    // The third part holds only the unreachable site: nothing could be audited there (exit 3).
    expect(c.code, c.stderr + c.stdout).toBe(3);
    expect(a.stderr).toContain('batch: 2 procedures (shard 1/3 of 5, from RGAA_AUDIT_SHARD)');
    expect(b.stderr).toContain('batch: 2 procedures (shard 2/3 of 5, from CI_NODE_INDEX/CI_NODE_TOTAL)');
    expect(c.stderr).toContain('batch: 1 procedure (shard 3/3 of 5, from JOB_COMPLETION_INDEX/RGAA_AUDIT_SHARD_TOTAL)');
    const files = [1, 2, 3].map((i) => join(out(`part-${i}`), `results-${i}-of-3.jsonl`));
    const ids = files.map((f) => jsonlLines(f).map((l) => (JSON.parse(l) as { id: string }).id).sort());
    expect(ids).toEqual([['alpha-bourse', 'delta-cantine'], ['beta-permis', 'fail-retraite'], ['down-chomage']]);

    const m = await runCli(['merge', ...files, '--output', out('merged')]);
    expect(m.code, m.stderr).toBe(0);
    const merged = readReport(join(out('merged'), 'rgaa-audit.json'));
    const unsharded = readReport(join(out('whole'), 'rgaa-audit.json'));
    expect(merged.procedures.map((p) => p.id)).toEqual(IDS);
    expect(normalise(merged, s.sites)).toEqual(normalise(unsharded, s.sites));
    // The run's settings reach the merged report: the verdicts are judged at the same date.
    expect((merged.options as { asOf?: string }).asOf).toBe('2026-01-15');
    // Same batch CSV and observatory export, byte for byte.
    for (const f of ['rgaa-audit.batch.csv', 'rgaa-audit.observatory.csv']) {
      const norm = (dir: string) => readFileSync(join(dir, f), 'utf8').replace(/127\.0\.0\.\d+:\d+/g, 'HOST');
      expect(norm(out('merged')), f).toBe(norm(out('whole')));
    }

    // A part made with other settings is not merged into this run.
    const other = await runCli(['batch', yaml, '--output', out('other'), '--shard', '3/3', ...BASE_ARGS, '--as-of', '2026-02-01']);
    expect(other.code, other.stderr).toBe(3);
    const bad = await runCli(['merge', files[0], files[1], join(out('other'), 'results-3-of-3.jsonl'), '--output', out('bad')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^rgaa-audit: merge: .*results-1-of-3\.jsonl and .*results-3-of-3\.jsonl were made with other settings \(judge\.asOf: 2026-01-15 → 2026-02-01\): merge the parts of one run$/m);
  }, 240_000);
});
