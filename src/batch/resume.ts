/**
 * What a batch does with the results file an earlier run left: refuse to overwrite it, set it
 * aside (`--force`), or continue it (`--resume`), and only when the run-level settings are the
 * same, so that one report never mixes results made under two configurations.
 */
import { existsSync, renameSync, statSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { UsageError } from '../model/errors.js';
import type { ResultLine } from './results.js';

/** Complete lines of an earlier results file (0 when it is absent or empty). */
export function earlierLineCount(path: string): number {
  if (!existsSync(path) || statSync(path).size === 0) return 0;
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).length;
}

/**
 * A run without `--resume` nor `--force` on a results file that holds results: refused, so that
 * nothing an earlier run found is lost (one line naming both ways out).
 */
export function refuseOverwrite(path: string, lines: number): never {
  throw new UsageError(
    `${path} already holds ${lines} result${lines === 1 ? '' : 's'} of an earlier run: add --resume to continue that run, or --force to start a new one (the earlier file is then kept as ${basename(asideName(path, new Date(0))).replace('1970-01-01T00-00-00Z', '<date>')})`,
  );
}

/** `results.jsonl` → `results.jsonl.2026-01-15T10-20-30Z.bak` (no longer matched by `*.jsonl`). */
export function asideName(path: string, when: Date): string {
  return `${path}.${when.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}.bak`;
}

/**
 * `--force`: the earlier results file is renamed, never deleted, dated by its last write; a
 * second `--force` within the same second gets a numbered name. Returns the new name.
 */
export function setAside(path: string): string {
  const when = statSync(path).mtime;
  let target = asideName(path, when);
  for (let i = 2; existsSync(target); i++) target = asideName(path, when).replace(/\.bak$/, `.${i}.bak`);
  renameSync(path, target);
  return target;
}

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
