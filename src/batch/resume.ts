/**
 * `--resume`: which earlier results a run continues from, and only when the run-level settings
 * are the same, so that one report never mixes results made under two configurations. (Refusing
 * to overwrite a results file, and `--force`, are in results.ts.)
 */
import { UsageError } from '../model/errors.js';
import type { ResultLine } from './results.js';

/** `{ judge: { asOf: 'x' } }` → `{ 'judge.asOf': 'x' }`; arrays stay whole (compared as JSON). */
export function flatten(v: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (x !== undefined) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = JSON.stringify(v ?? null);
  return out;
}

/** The settings that differ, as `key: before → now`, sorted by key. */
export function settingsDiff(before: Record<string, unknown>, now: Record<string, unknown>): string[] {
  const a = flatten(before);
  const b = flatten(now);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const show = (x: string | undefined) => (x === undefined ? '(none)' : x.replace(/^"(.*)"$/, '$1'));
  return keys.filter((k) => a[k] !== b[k]).map((k) => `${k}: ${show(a[k])} → ${show(b[k])}`);
}

export interface ResumePlan {
  /** Results kept: same procedure entry, same settings. */
  done: Map<string, ResultLine>;
  /** Procedures whose entry in the input changed since their result: audited again. */
  changed: string[];
  /** Procedures with a result but no longer in the input: left out of the reports. */
  orphans: number;
}

/**
 * Which earlier results a `--resume` keeps. Lines written with other run-level settings
 * (options, tool, axe-core or rules version) make it refuse, naming what differs: re-auditing
 * the whole campaign silently, or mixing two configurations in one report, would both be wrong.
 */
export function planResume(
  previous: ResultLine[],
  keys: Map<string, string>,
  settings: Record<string, unknown>,
  path: string,
): ResumePlan {
  const now = JSON.stringify(flatten(settings));
  const other = previous.find((l) => l.settings && keys.has(l.id) && JSON.stringify(flatten(l.settings)) !== now);
  if (other) {
    const diff = settingsDiff(other.settings!, settings);
    const shown = diff.slice(0, 4).join('; ') + (diff.length > 4 ? `; and ${diff.length - 4} more` : '');
    throw new UsageError(`--resume: ${path} was made with other settings (${shown}): run with the same options to continue it, or --force to start a new run`);
  }
  const done = new Map<string, ResultLine>();
  const changed = new Set<string>();
  const orphans = new Set<string>();
  for (const l of previous) {
    const key = keys.get(l.id);
    if (key === undefined) orphans.add(l.id);
    else if (key === l.config) {
      done.set(l.id, l);
      changed.delete(l.id);
    } else if (!done.has(l.id)) changed.add(l.id);
  }
  return { done, changed: [...changed], orphans: orphans.size };
}

/** The declaration date an earlier run judged at (`--as-of` defaults to today: a resume the next day keeps the run's date). */
export function earlierAsOf(previous: ResultLine[]): string | null {
  for (const l of previous) {
    const judge = (l.settings as { judge?: { asOf?: unknown } } | undefined)?.judge;
    if (judge && typeof judge.asOf === 'string') return judge.asOf;
  }
  return null;
}
