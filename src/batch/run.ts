/**
 * Run a batch of procedures: one browser, pages in parallel, each finished procedure appended
 * at once to the JSONL results, `--resume` skipping what is done, clean stop on SIGINT/SIGTERM.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_DIR } from '../model/rules.js';
import pLimit from 'p-limit';
import { AuditSession, aggregateProcedure, type AuditOptions } from '../audit.js';
import type { ProcedureReport } from '../model/types.js';
import { classifyFailure } from '../model/failure.js';
import { signalExitCode } from '../model/errors.js';
import { axeVersion } from '../gather/inpage.js';
import { toolVersion } from '../report/json.js';
import type { StorageState } from '../gather/page.js';
import type { BatchInput, ProcedureSpec } from './input.js';
import { latestById, parseLine, ResultsWriter, type ResultLine } from './results.js';
import { planResume } from './resume.js';
import type { Progress } from './progress.js';

/** Builds the sample of one procedure: the URLs to audit and why each is there. */
export type Sampler = (spec: ProcedureSpec) => Promise<{ urls: string[]; reasons: Record<string, string>; notes?: string[] }>;

/** Without crawling: the start URLs and the extra pages. */
export const givenPages: Sampler = async (spec) => {
  const urls = [...new Set([...spec.urls, ...spec.pages])];
  const reasons: Record<string, string> = {};
  for (const u of spec.urls) reasons[u] = 'start';
  for (const u of spec.pages) reasons[u] ??= 'extra';
  return { urls, reasons };
};

export interface BatchOptions {
  audit: AuditOptions;
  resultsPath: string;
  /** `--resume`: the lines of the earlier results file (read, and a cut last line repaired, by the caller); undefined for a new run. */
  previous?: ResultLine[];
  /** Everything that decides a result besides the procedure itself (hashed for --resume). */
  configKey: Record<string, unknown>;
  sampler: Sampler;
  /** Per-procedure budget in ms (pages not started by then are reported as timed out). */
  procedureTimeout?: number;
  /** Absolute end of the run (ms since epoch): no procedure starts after it (finish with --resume). */
  deadline?: number;
  progress: Progress;
  /** Procedures in flight at once (their pages share the page pool); default twice the pages at once. */
  procedures?: number;
  /** For tests: a session to use instead of a new one. */
  session?: AuditSession;
}

export interface BatchResult {
  lines: ResultLine[];
  /** Procedures audited in this run (not resumed). */
  audited: number;
  resumed: number;
  interrupted: boolean;
  /** The signal that stopped the run (SIGINT → exit 130, SIGTERM → 143), null otherwise. */
  signal: NodeJS.Signals | null;
  /** Procedures left for a later run (deadline or interruption). */
  pending: string[];
  /** `--resume`: procedures audited again because their entry in the input changed. */
  changed: string[];
  /** `--resume`: earlier results of procedures not in this run's input, left out. */
  orphans: number;
}

/** The run-level settings a result was made with: the options that decide it, and the versions of the tool, axe-core and rules/. */
export function runSettings(configKey: Record<string, unknown>): Record<string, unknown> {
  return { ...configKey, tool: toolVersion(), axe: axeVersion(), rules: rulesHash() };
}

export function procedureKey(spec: ProcedureSpec, configKey: Record<string, unknown>): string {
  const { index: _index, ...rest } = spec;
  return createHash('sha256').update(stableJson({ spec: rest, settings: runSettings(configKey) })).digest('hex').slice(0, 16);
}

let rulesDigest: string | undefined;
/** The rules/ files decide results too: a change there re-audits on --resume. */
function rulesHash(): string {
  if (rulesDigest) return rulesDigest;
  const h = createHash('sha256');
  for (const f of readdirSync(RULES_DIR).sort()) h.update(f).update(readFileSync(join(RULES_DIR, f)));
  return (rulesDigest = h.digest('hex').slice(0, 16));
}

/** JSON with object keys sorted at every level, so equal values hash equal. */
export function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** Why a procedure could not be audited at all (model/failure.ts). */
export const failureKind = classifyFailure;

export async function runBatch(input: BatchInput, procs: ProcedureSpec[], opts: BatchOptions): Promise<BatchResult> {
  const keys = new Map(procs.map((p) => [p.id, procedureKey(p, opts.configKey)]));
  const settings = runSettings(opts.configKey);
  const plan = opts.previous ? planResume(opts.previous, keys, settings, opts.resultsPath) : { done: new Map<string, ResultLine>(), changed: [], orphans: 0 };
  const done = plan.done;
  const todo = procs.filter((p) => !done.has(p.id));
  const writer = new ResultsWriter(opts.resultsPath);
  if (!opts.previous) writer.start();
  const session = opts.session ?? new AuditSession(opts.audit);
  // Each finished procedure as the bytes of its results line, not as objects: a campaign's reports
  // (findings, pictures) would otherwise stay in the heap until the run ends, alongside the browser.
  // Bytes (UTF-8, outside V8's heap), not the line's string: a line with one accented letter is a
  // two-byte string, ~200 KB for a procedure of 5 pages against ~100 KB of bytes, and whatever the
  // heap holds it lets grow further before it collects (a heap snapshot at 150 of 250 procedures:
  // 29 of the 94 MB alive were these strings). Parsed back once the browser is closed.
  const fresh: Buffer[] = [];
  let stopping = false;
  let signal: NodeJS.Signals | null = null;
  const pending: string[] = [];
  const onSignal = (sig: NodeJS.Signals) => {
    // A second signal: stop at once (the finished procedures are already in the results file).
    if (stopping) process.exit(signalExitCode(sig));
    stopping = true;
    signal = sig;
    opts.progress.note(`\n${sig}: stopping; finished procedures are in ${opts.resultsPath} (run again with --resume)`);
    session.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  opts.progress.start(procs.length, done.size);
  for (const l of done.values()) opts.progress.done(l.procedure, true);
  // Twice as many procedures as pages at once: a procedure spends part of its time with one page
  // or none in flight (its sample's robots.txt and sitemaps, then the home and declaration pages one
  // after the other), and the session's own limit keeps the pages at `concurrency`. With as many
  // procedures as pages, the tabs waited for those phases (bench --campaign: see RESULTS.md).
  const limit = pLimit(Math.max(1, opts.procedures ?? opts.audit.concurrency * 2));
  try {
    await Promise.all(
      todo.map((spec) =>
        limit(async () => {
          if (stopping || (opts.deadline && Date.now() > opts.deadline)) {
            pending.push(spec.id);
            return;
          }
          // An entry the input check refused (--skip-invalid): reported as in error, without a browser.
          const report = spec.invalid?.length
            ? failedProcedure(spec, `invalid input: ${spec.invalid.join('; ')}`, session)
            : await auditOne(session, spec, opts).catch((e: Error) => failedProcedure(spec, `error: ${e.message.split('\n')[0]}`, session));
          if (stopping) {
            pending.push(spec.id); // cut short by the stop: redone on --resume
            return;
          }
          const line: ResultLine = { v: 1, id: spec.id, index: spec.index, config: keys.get(spec.id)!, settings, finishedAt: new Date().toISOString(), procedure: report };
          fresh.push(writer.append(line));
          opts.progress.done(report, false);
        }),
      ),
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    opts.progress.stop();
    if (!opts.session) await session.close();
  }
  const finished = fresh.map((bytes, i) => parseLine(bytes.toString('utf8'), `${opts.resultsPath}: line ${i + 1} of this run`));
  return { lines: latestById([...done.values(), ...finished]), audited: fresh.length, resumed: done.size, interrupted: stopping, signal, pending, changed: plan.changed, orphans: plan.orphans };
}

function failedProcedure(spec: ProcedureSpec, error: string, session: AuditSession): ProcedureReport {
  const p = aggregateProcedure({ id: spec.id, name: spec.name, administration: spec.administration }, [], session.rules);
  return withInput({ ...p, error }, spec);
}

/** The entry as the input gives it, right after the procedure's name and administration. */
function withInput(report: ProcedureReport, spec: ProcedureSpec): ProcedureReport {
  if (!spec.input) return report;
  const { id, name, administration, ...rest } = report;
  return { id, name, administration, input: spec.input, ...rest };
}

async function auditOne(session: AuditSession, spec: ProcedureSpec, opts: BatchOptions): Promise<ProcedureReport> {
  const deadline = opts.procedureTimeout ? Date.now() + opts.procedureTimeout : undefined;
  let storageState: StorageState | undefined;
  if (spec.storageState) storageState = JSON.parse(readFileSync(spec.storageState, 'utf8')) as StorageState;
  if (spec.login) storageState = await session.login(spec.login, `${spec.id}.login`);
  const sample = await opts.sampler(spec);
  const { report } = await session.auditProcedure({
    id: spec.id,
    name: spec.name,
    administration: spec.administration,
    urls: sample.urls,
    reasons: sample.reasons,
    declarationUrl: spec.declarationUrl ?? undefined,
    process: spec.process,
    storageState,
    deadline,
  });
  const kind = failureKind(report.error ?? null);
  if (report.error && kind) report.error = ((m) => (m.startsWith(kind) ? m : `${kind}: ${m}`))(report.error.replace(/^no page could be audited: /, '')); // no « unreachable: unreachable: … »
  return withInput(report, spec);
}
