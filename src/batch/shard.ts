/**
 * Sharding a batch over several machines: `--shard i/n` audits the procedures whose position
 * modulo n is i − 1 (deterministic, balanced); `rgaa-audit merge` joins the parts. When
 * `--shard` is not given, the part is read from the engine that runs the job:
 *
 * - `RGAA_AUDIT_SHARD=i/n` (1-based, any engine; GitHub Actions has no variable holding the
 *   matrix position, so the workflow passes `${{ matrix.shard }}/${{ strategy.job-total }}`);
 * - GitLab CI `parallel: n`: `CI_NODE_INDEX` (1-based) and `CI_NODE_TOTAL`;
 * - Kubernetes Indexed Job: `JOB_COMPLETION_INDEX` (0-based), with the number of parts from
 *   `--shard-total n` or `RGAA_AUDIT_SHARD_TOTAL` (the Job's `completions`; Kubernetes does not
 *   expose it).
 *
 * The first one set wins, in that order; `--shard 1/1` audits everything whatever is set.
 */
import { UsageError } from '../model/errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

export interface ResolvedShard extends Shard {
  /** Where it came from, for the run's first line: `--shard`, `RGAA_AUDIT_SHARD`… */
  from: string;
}

function check(index: number, total: number, what: string, value: string): Shard {
  if (!Number.isInteger(index) || !Number.isInteger(total) || total < 1 || index < 1 || index > total) {
    throw new UsageError(`${what}: expected i/n with 1 ≤ i ≤ n, got ${value}`);
  }
  return { index, total };
}

const WHOLE = /^\s*\d+\s*$/;

function int(v: string, what: string): number {
  if (!WHOLE.test(v)) throw new UsageError(`${what}: expected a whole number, got "${v}"`);
  return Number(v);
}

/** `--shard i/n`. */
export function parseShard(v: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  return check(m ? Number(m[1]) : NaN, m ? Number(m[2]) : NaN, '--shard', `"${v}"`);
}

/** The part of the batch to audit, from `--shard`, else from the environment; null: all of it. */
export function resolveShard(flag: Shard | undefined, env: NodeJS.ProcessEnv, shardTotal?: number): ResolvedShard | null {
  if (flag) return { ...flag, from: '--shard' };
  const own = env.RGAA_AUDIT_SHARD?.trim();
  if (own) {
    const m = /^(\d+)\/(\d+)$/.exec(own);
    return { ...check(m ? Number(m[1]) : NaN, m ? Number(m[2]) : NaN, 'RGAA_AUDIT_SHARD', `"${own}"`), from: 'RGAA_AUDIT_SHARD' };
  }
  const gl = { index: env.CI_NODE_INDEX?.trim(), total: env.CI_NODE_TOTAL?.trim() };
  if (gl.index || gl.total) {
    if (!gl.index || !gl.total) throw new UsageError(`GitLab CI: CI_NODE_INDEX and CI_NODE_TOTAL go together (a job with parallel: n sets both); got only ${gl.index ? 'CI_NODE_INDEX' : 'CI_NODE_TOTAL'}`);
    const index = int(gl.index, 'CI_NODE_INDEX');
    const total = int(gl.total, 'CI_NODE_TOTAL');
    return { ...check(index, total, 'CI_NODE_INDEX/CI_NODE_TOTAL', `${index}/${total}`), from: 'CI_NODE_INDEX/CI_NODE_TOTAL' };
  }
  const k8s = env.JOB_COMPLETION_INDEX?.trim();
  if (k8s) {
    const zero = int(k8s, 'JOB_COMPLETION_INDEX');
    const totalText = shardTotal !== undefined ? String(shardTotal) : env.RGAA_AUDIT_SHARD_TOTAL?.trim();
    if (!totalText) {
      throw new UsageError(`JOB_COMPLETION_INDEX=${zero} (a Kubernetes Indexed Job) but no number of parts: give --shard-total n or RGAA_AUDIT_SHARD_TOTAL (the Job's completions), or --shard i/n`);
    }
    const total = int(totalText, shardTotal !== undefined ? '--shard-total' : 'RGAA_AUDIT_SHARD_TOTAL');
    // The index is 0-based: part 1 is JOB_COMPLETION_INDEX=0.
    return { ...check(zero + 1, total, 'JOB_COMPLETION_INDEX (0-based)/total', `${zero}/${total}`), from: `JOB_COMPLETION_INDEX/${shardTotal !== undefined ? '--shard-total' : 'RGAA_AUDIT_SHARD_TOTAL'}` };
  }
  return null;
}

export function shardOf<T extends { index: number }>(items: T[], shard: Shard | null | undefined): T[] {
  return shard ? items.filter((p) => p.index % shard.total === shard.index - 1) : items;
}
