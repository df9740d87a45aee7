/**
 * The CI examples under examples/ agree with the tool: the options they give exist, each part
 * gets the index the engine means (GitHub's matrix through RGAA_AUDIT_SHARD, Kubernetes'
 * 0-based JOB_COMPLETION_INDEX with a total equal to the Job's completions), the results files
 * they upload or merge are the ones `batch` writes. (The engines themselves cannot run here.)
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.js';
import { resolveShard } from '../../src/batch/shard.js';
import { FIXTURES } from '../helpers/harness.js';

const EXAMPLES = join(FIXTURES, '..', 'examples');

/** Every `--option` of an `rgaa-audit <command>` line exists on that command. */
function expectKnownOptions(script: string, command: string): void {
  const program = buildProgram();
  const cmd = program.commands.find((c) => c.name() === command) as Command;
  const known = new Set([...cmd.options, ...program.options].flatMap((o) => [o.long, o.short]).filter(Boolean));
  // Each shell command on its own (lines, `&&`, `;`), from `rgaa-audit <command>` on.
  const lines = script.split(/\n|&&|;/).filter((l) => l.includes(`rgaa-audit ${command}`)).map((l) => l.slice(l.indexOf(`rgaa-audit ${command}`)));
  expect(lines.length, `${command} in ${script}`).toBeGreaterThan(0);
  for (const l of lines) for (const flag of l.match(/(?<=\s)--?[a-z][a-z-]*/g) ?? []) expect(known.has(flag), `${flag} of rgaa-audit ${command}`).toBe(true);
}

/** The results file `batch` writes for part i of n. */
const resultsName = (i: number, n: number) => `results-${i}-of-${n}.jsonl`;
const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);

describe('examples/github-actions.yml', () => {
  const wf = parse(readFileSync(join(EXAMPLES, 'github-actions.yml'), 'utf8')) as {
    jobs: Record<string, { needs?: string | string[]; strategy?: { matrix: { shard: number[] } }; env?: Record<string, string>; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
  };
  const { audit, report } = wf.jobs;

  it('a matrix of parts told their position through RGAA_AUDIT_SHARD (GitHub has no variable for it)', () => {
    const shards = audit.strategy!.matrix.shard;
    expect(shards).toEqual(shards.map((_, i) => i + 1));
    expect(audit.env!.RGAA_AUDIT_SHARD).toBe('${{ matrix.shard }}/${{ strategy.job-total }}');
    // What the expressions become in each job, read as the CLI reads it.
    for (const i of shards) expect(resolveShard(undefined, { RGAA_AUDIT_SHARD: `${i}/${shards.length}` })).toEqual({ index: i, total: shards.length, from: 'RGAA_AUDIT_SHARD' });
  });

  it('uploads the results file each part writes, merges them all, publishes the report', () => {
    const upload = audit.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const pattern = String(upload.with!.path);
    expect(pattern.startsWith('out/')).toBe(true);
    expect(resultsName(2, 4)).toMatch(glob(pattern.slice('out/'.length)));
    expect(audit.steps.some((s) => s.run?.includes('rgaa-audit batch') && s.run.includes('--output out'))).toBe(true);
    expect(report.needs).toBe('audit');
    const merge = report.steps.find((s) => s.run?.includes('rgaa-audit merge'))!.run!;
    expect(resultsName(3, 4)).toMatch(glob(merge.split(' ').find((w) => w.includes('*'))!.split('/').pop()!));
    expect(merge).toContain('--output report');
    expect(report.steps.filter((s) => s.with?.path === 'report').map((s) => s.uses?.split('@')[0])).toEqual(['actions/upload-artifact', 'actions/upload-pages-artifact']);
    expect(report.steps.at(-1)!.uses).toMatch(/^actions\/deploy-pages@/);
  });

  it('one --as-of for every part; only options the CLI has', () => {
    const run = audit.steps.find((s) => s.run?.includes('rgaa-audit batch'))!.run!;
    expect(run).toContain('--as-of ${{ needs.plan.outputs.as-of }}');
    expectKnownOptions(run, 'batch');
    expectKnownOptions(report.steps.find((s) => s.run?.includes('rgaa-audit merge'))!.run!, 'merge');
  });
});

describe('examples/kubernetes-indexed-job.yaml', () => {
  const docs = parseAllDocuments(readFileSync(join(EXAMPLES, 'kubernetes-indexed-job.yaml'), 'utf8')).map((d) => d.toJSON()) as {
    kind: string;
    metadata: { name: string; labels?: Record<string, string> };
    spec: {
      completionMode?: string;
      completions?: number;
      parallelism?: number;
      template: { spec: { containers: { args: string[]; env?: { name: string; value: string }[] }[] } };
    };
  }[];
  const jobs = docs.filter((d) => d.kind === 'Job');
  const audit = jobs.find((j) => j.spec.completionMode === 'Indexed')!;
  const merge = jobs.find((j) => j !== audit)!;

  it('an Indexed Job whose RGAA_AUDIT_SHARD_TOTAL equals its completions: index 0 is part 1, the last index part n', () => {
    const n = audit.spec.completions!;
    const env = Object.fromEntries(audit.spec.template.spec.containers[0].env!.map((e) => [e.name, e.value]));
    expect(Number(env.RGAA_AUDIT_SHARD_TOTAL)).toBe(n);
    expect(audit.spec.parallelism).toBe(n);
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: '0', RGAA_AUDIT_SHARD_TOTAL: env.RGAA_AUDIT_SHARD_TOTAL })).toMatchObject({ index: 1, total: n });
    expect(resolveShard(undefined, { JOB_COMPLETION_INDEX: String(n - 1), RGAA_AUDIT_SHARD_TOTAL: env.RGAA_AUDIT_SHARD_TOTAL })).toMatchObject({ index: n, total: n });
  });

  it('the merge reads the files the parts write; each step applies on its own (labels)', () => {
    const script = audit.spec.template.spec.containers[0].args.join(' ');
    expect(script).toContain('--output "$out"');
    expect(script).toContain('out=/data/part-$JOB_COMPLETION_INDEX');
    const mergeScript = merge.spec.template.spec.containers[0].args.join(' ');
    const pattern = mergeScript.split(' ').find((w) => w.includes('*'))!;
    expect(`/data/part-2/${resultsName(3, 4)}`).toMatch(glob(pattern));
    expectKnownOptions(script, 'batch');
    expectKnownOptions(mergeScript, 'merge');
    for (const d of docs) expect(d.metadata.labels?.step, `${d.kind} ${d.metadata.name}`).toMatch(/^(audit|merge)$/);
    expect(merge.metadata.labels!.step).toBe('merge');
  });
});
