/** Shared by the batch tests: render the fixture inputs, spawn the real CLI, normalise reports. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/harness.js';
import { LOGIN, render } from '../helpers/sites.js';

export const BIN = join(FIXTURES, '..', 'bin', 'rgaa-audit.js');

/**
 * Small budgets so that the suite stays short on 2 cores (12 s a page rather than 8: a loaded
 * machine must not turn a healthy page into a timeout); a fixed date so that verdicts are stable.
 */
export const BASE_ARGS = ['--no-sample', '--retries', '1', '--timeout', '12000', '--concurrency', '2', '--per-host', '1', '--settle', '0', '--as-of', '2026-01-15'];

export const CLI_ENV: Record<string, string> = { NO_COLOR: '1', [LOGIN.env]: LOGIN.password };

/** Render fixtures/batch/<tpl> with the sites' base URLs into `dir/<out>`; returns its path. */
export function renderInput(tpl: string, sites: Record<string, string>, dir: string, out: string): string {
  const path = join(dir, out);
  writeFileSync(path, render(readFileSync(join(FIXTURES, 'batch', tpl), 'utf8'), sites));
  return path;
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
  /** stderr so far. */
  stderr(): string;
}

/** Spawn `node bin/rgaa-audit.js …`, in its own process group (so that `-pid` reaches the browser too). */
export function spawnCli(args: string[], env: Record<string, string> = {}): CliRun {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...CLI_ENV, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, stderr: () => stderr };
}

export async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return spawnCli(args, env).done;
}

/** Kill a spawned CLI's whole process group (the CLI and its browser), ignoring one already gone. */
export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

/** True while any process of the group is alive. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(cond: () => boolean, timeoutMs: number, what: string, everyMs = 50): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Complete lines of a JSONL file (none when it does not exist). */
export function jsonlLines(path: string): string[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return text.split('\n').slice(0, -1);
}

export interface ReportLike {
  procedures: { id: string; [k: string]: unknown }[];
  [k: string]: unknown;
}

export function readReport(path: string): ReportLike {
  return JSON.parse(readFileSync(path, 'utf8')) as ReportLike;
}

const RUN_SPECIFIC = new Set(['timings', 'startedAt', 'finishedAt', 'browser', 'options', 'screenshot']);

/**
 * A report without what changes from run to run: timings, timestamps, browser, options (input
 * path, shard), screenshots; every site's base URL replaced by `site:<name>` (ports), and any
 * other 127.0.0.x:port by `127.0.0.x:PORT`.
 */
export function normalise(report: ReportLike, sites: Record<string, string>): ReportLike {
  let text = JSON.stringify(report, (k, v: unknown) => (RUN_SPECIFIC.has(k) ? undefined : v));
  for (const [name, base] of Object.entries(sites).sort((a, b) => b[1].length - a[1].length)) text = text.split(base).join(`site:${name}`);
  text = text.replace(/127\.0\.0\.(\d+):\d+/g, '127.0.0.$1:PORT');
  return JSON.parse(text) as ReportLike;
}

/** The procedures of a normalised report whose id is in `ids`, in report order. */
export function pick(report: ReportLike, ids: string[]): ReportLike['procedures'] {
  return report.procedures.filter((p) => ids.includes(p.id));
}
