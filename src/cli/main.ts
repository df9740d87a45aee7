/** The command line: audit, demo, rules. Exit codes are documented in the README. */
import { Command, CommanderError, Option } from 'commander';
import { accessSync, closeSync, constants as fsConstants, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuditSession, CHECK_MESSAGES, defaultConcurrency, type AuditOptions } from '../audit.js';
import { DEFAULT_GATHER } from '../gather/page.js';
import { findBrowser, launchBrowser } from '../gather/browser.js';
import { EXIT, UsageError, signalExitCode } from '../model/errors.js';
import { defaultRules } from '../model/rules.js';
import { coverage } from '../evaluate/coverage.js';
import type { AuditReport } from '../model/types.js';
import { buildReport, toolVersion } from '../report/json.js';
import { FILE_FORMATS, renderChunks, renderFiles, type OutputFile, type RenderContext } from '../report/formats.js';
import { compareWithBaseline, renderBaselineText } from '../report/baseline.js';
import { writeStepSummary } from '../report/markdown.js';
import { VALIDITY_MODES, type ValidityMode } from '../judge/validity.js';
import { formatRules } from '../report/rules.js';
import { readBatchInput, readSiteConfig, type IgnoreRule } from '../batch/input.js';
import { parseShard, resolveShard, shardOf, type ResolvedShard } from '../batch/shard.js';
import { runBatch, givenPages, type Sampler } from '../batch/run.js';
import { earlierLineCount, readResults, refuseOverwrite, setAside, type ResultLine } from '../batch/results.js';
import { earlierAsOf } from '../batch/resume.js';
import { capped, invalidEntries } from '../batch/problems.js';
import { parseEncoding } from '../batch/encoding.js';
import { createProgress } from '../batch/progress.js';
import { mergeRun } from '../batch/merge.js';
import { upgradeProcedure } from '../aggregate/rate.js';
import { decideGate, GATES, type Gate } from '../aggregate/gate.js';
import { summaryLine } from '../report/summary.js';
import { t } from '../report/i18n.js';
import { crawlSampler } from '../batch/sampler.js';
import { PROCEDURES_DIR, procedureFileNames, procedureReport, procedureReportPath } from '../report/procedure-files.js';
import { renderBatchTable } from '../report/batch-table.js';
import { renderConsole, useColor } from '../report/console.js';
import { serveStatic } from '../serve.js';
import { FORMATS, stdoutPlan, parseAsOf, parseDuration, parseFormats, parseIntOption, parseThreshold, parseUrl, today, type Format } from './options.js';

/** Sent with every request of a batch, so that site owners can tell who audits them. */
export const USER_AGENT = `rgaa-audit/${toolVersion()} (+https://github.com/rgaa-audit/rgaa-audit; accessibility audit)`;

const DEMO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'demo');

interface CommonOpts {
  format: Format[];
  output?: string;
  threshold: number;
  /** `audit` and `demo` only. */
  gate?: Gate;
  /** --gate given (command line or `gate:` in --config): with --baseline, the rate gate applies too. */
  gateExplicit?: boolean;
  concurrency: number;
  timeout: number;
  settle: number;
  browser?: string;
  userAgent?: string;
  method: '2020' | '2023';
  verdictRate: 'declared' | 'measured';
  validity: ValidityMode;
  asOf: string;
  declaration: boolean;
  declarationUrl?: string;
  process: boolean;
  name?: string;
  color?: boolean;
  screenshots: boolean;
  lang: 'en' | 'fr';
  baseline?: string;
  interactive: boolean;
  allowFileUrls: boolean;
  ignoreHttpsErrors: boolean;
}

function addCommon(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <list>', `output formats, comma-separated: ${FORMATS.join(', ')}`).default(['console'], 'console').argParser(parseFormats))
    .option('-o, --output <path>', 'file to write (one file format) or folder (several); JSON goes to stdout when no console output and no --output')
    .addOption(new Option('-t, --threshold <percent>', 'CI gate (audit, demo): exit 1 when the rate chosen by --gate is below this').default(75).argParser(parseThreshold))
    .addOption(new Option('-c, --concurrency <n>', 'pages audited at once').default(defaultConcurrency(), 'cores + 1, bounded by free memory').argParser(parseIntOption('--concurrency', 1, 64)))
    .addOption(new Option('--timeout <ms>', 'per-page time budget').default(DEFAULT_GATHER.timeout).argParser(parseIntOption('--timeout', 1000)))
    .addOption(new Option('--settle <ms>', 'max wait after load for the network to go quiet').default(DEFAULT_GATHER.settle).argParser(parseIntOption('--settle', 0)))
    .option('--browser <path>', 'Chromium or Chrome executable (else RGAA_AUDIT_BROWSER, Playwright, system, packaged)')
    .option('--user-agent <ua>', 'user agent sent with every request')
    .addOption(new Option('--method <year>', "observatory verdict method").choices(['2020', '2023']).default('2020'))
    .addOption(new Option('--verdict-rate <source>', 'rate the verdict uses').choices(['declared', 'measured']).default('declared'))
    .addOption(
      new Option('--validity <mode>', 'which rules decide the declaration validity: observatory (3 years; the 18-month and audit-age rules are warnings) or strict (all rules)')
        .choices([...VALIDITY_MODES])
        .default('observatory'),
    )
    .addOption(new Option('--as-of <date>', 'date the declaration validity is judged at (YYYY-MM-DD)').default(today(), 'today').argParser(parseAsOf))
    .option('--no-declaration', 'skip the mention, declaration and verdict')
    .option('--declaration-url <url>', 'declaration URL to try when no link leads to one')
    .option('--process', 'the pages are the steps of one process (NC on one step is NC on all)', false)
    .addOption(new Option('--lang <lang>', 'language of the console and reports').choices(['en', 'fr']).default('en'))
    .option('--baseline <report.json>', 'gate only on NC criteria or findings new since this saved JSON report')
    .option('--no-interactive', 'skip the checks that drive the page (reflow, keyboard walk, popups): faster, their tests stay NT')
    .option('--ignore-https-errors', 'audit pages whose TLS certificate is invalid (self-signed, expired, wrong host) instead of reporting a TLS error', false)
    .option('--no-screenshots', 'no screenshots of failing elements in the HTML report')
    .option('--allow-file-urls', 'accept file: URLs as pages (refused by default: only http and https)', false)
    .option('--no-color', 'plain console output');
}

function auditOptions(o: CommonOpts): AuditOptions {
  return {
    ...DEFAULT_GATHER,
    concurrency: o.concurrency,
    timeout: o.timeout,
    settle: o.settle,
    browserPath: o.browser,
    userAgent: o.userAgent,
    process: o.process,
    lang: o.lang,
    interactive: o.interactive,
    ignoreHttpsErrors: o.ignoreHttpsErrors || undefined,
    // Screenshots only serve the HTML reports: take none otherwise.
    screenshots: o.screenshots && o.format.some((f) => f === 'html' || f === 'dashboard') ? 10 : 0,
    // validity only when strict, so that results of runs without it keep their key for --resume.
    judge: o.declaration
      ? { asOf: o.asOf, method: o.method, rateSource: o.verdictRate, declarationUrl: o.declarationUrl, ...(o.validity === 'strict' ? { validity: o.validity } : {}) }
      : undefined,
    ownSignals: true,
  };
}

/** `--gate`: which rate `audit` and `demo` compare with the threshold. */
function addGate(cmd: Command): Command {
  return cmd.addOption(
    new Option('--gate <rate>', 'CI gate on the measured rate (fails below the threshold) or on the ceiling of the official rate (fails only when even every NT turned C stays below it)')
      .choices([...GATES])
      .default('measured'),
  );
}

/** Checks that need several options at once, before any browser starts. */
function checkCommon(o: CommonOpts): void {
  if (o.declarationUrl) o.declarationUrl = parseUrl(o.declarationUrl, o.allowFileUrls, '--declaration-url');
}

/**
 * Before the audit (which may take minutes): the folder of each output file can be created and
 * written to, and no output file is a folder. One line naming the path otherwise.
 */
function checkWritable(paths: string[]): void {
  for (const path of paths) {
    const dir = dirname(path);
    try {
      makeDirs(dir);
      accessSync(dir, fsConstants.W_OK);
    } catch (e) {
      throw new UsageError(`cannot write ${path}: ${errnoText(e)}`);
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
      accessSync(path, fsConstants.W_OK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`cannot write ${path}: ${errnoText(e)}`);
    }
    if (isDir) throw new UsageError(`cannot write ${path}: it is a folder`);
  }
}

/**
 * `mkdir -p`, one level at a time: Node's recursive mkdir never returns on some paths (under
 * /proc, it retries ENOENT forever); here a level that cannot be made is an error at once.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      if (!statSync(d).isDirectory()) throw Object.assign(new Error(`not a folder: ${d}`), { code: 'ENOTDIR', path: d });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(d) === d) throw e;
      missing.unshift(d);
    }
  }
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

function errnoText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}${err.path ? ` (${err.path})` : ''}` : String(err.message).split('\n')[0];
}

/** Where emit() writes each file format's main file (none without --output); `single`: --output names that file. */
function outputFiles(o: CommonOpts): { format: string; path: string; single: boolean }[] {
  const files = o.format.filter((f) => f !== 'console');
  if (!files.length || !o.output) return [];
  const out = resolve(o.output);
  const single = files.length === 1 && extname(out) !== '';
  return files.map((f) => ({ format: f, path: single ? out : join(out, `rgaa-audit${FILE_FORMATS[f].ext}`), single }));
}

/**
 * The path of one file of a format whose main file goes to `main`: in a folder,
 * `rgaa-audit<part><ext>`; beside a file name the user chose (`-o grid.ods`), that name with the
 * part and the file's own last extension (`grid.p21-40.ods`, `decl.html` → `decl.md`).
 */
function filePath(main: string, format: string, file: OutputFile, single: boolean): string {
  if (file.part === '' && file.ext === FILE_FORMATS[format].ext) return main;
  if (!single) return join(dirname(main), `rgaa-audit${file.part}${file.ext}`);
  const ext = extname(main);
  return `${main.slice(0, main.length - ext.length)}${file.part}${extname(file.ext)}`;
}

/** Write a file: its text or bytes, or its pieces of text one after the other; one line naming the path when it cannot be written. */
function writeOut(path: string, data: string | Uint8Array | Iterable<string>): void {
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (typeof data === 'string' || data instanceof Uint8Array) writeFileSync(path, data);
    else {
      fd = openSync(path, 'w');
      // writeFileSync on a descriptor writes each piece whole, at the current position.
      for (const piece of data) writeFileSync(fd, piece);
    }
  } catch (e) {
    throw new UsageError(`cannot write ${path}: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Write every file of a format (a format that gives its text in pieces: its one file, `main`, piece by piece). */
function writeFormat(report: AuditReport, ctx: RenderContext, format: string, main: string, single: boolean): string[] {
  const chunks = renderChunks(format, report, ctx);
  if (chunks) {
    writeOut(main, chunks);
    return [main];
  }
  return renderFiles(format, report, ctx).map((file) => {
    const path = filePath(main, format, file, single);
    writeOut(path, file.data);
    return path;
  });
}

/** Run `onStop` on the first SIGINT or SIGTERM; returns the function that removes the handlers. */
function onStopSignals(onStop: (sig: NodeJS.Signals) => void): () => void {
  const handler = (sig: NodeJS.Signals) => onStop(sig);
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** Read a saved JSON report (for --baseline); one line naming the file when it is not one. */
function readReport(path: string): AuditReport {
  let r: AuditReport;
  try {
    r = JSON.parse(readFileSync(path, 'utf8')) as AuditReport;
  } catch (e) {
    throw new UsageError(`${path}: not a readable JSON report (${(e as Error).message.split('\n')[0]})`);
  }
  if (!r || !Array.isArray(r.procedures)) throw new UsageError(`${path}: not a rgaa-audit JSON report (no procedures)`);
  return { ...r, procedures: r.procedures.map(upgradeProcedure) };
}

/** Write the report in each format; returns nothing, throws UsageError on an unwritable path. */
function emit(report: AuditReport, o: CommonOpts, baseline?: AuditReport): void {
  const files = o.format.filter((f) => f !== 'console');
  const jsonWritten = !!o.output && files.includes('json');
  const ctx = { rules: defaultRules(), threshold: o.threshold, lang: o.lang, gate: o.gate, jsonWritten, messages: CHECK_MESSAGES, ...(baseline ? { baseline } : {}) };
  if (o.format.includes('console')) {
    process.stdout.write(renderConsole(report, defaultRules(), { color: o.color !== false && useColor(), threshold: o.threshold, gate: o.gate, jsonWritten, lang: o.lang, messages: CHECK_MESSAGES }));
  }
  // In GitHub Actions, the Markdown summary goes to the job's summary page.
  if (process.env.GITHUB_STEP_SUMMARY) writeStepSummary(FILE_FORMATS.markdown.render(report, ctx));
  if (!files.length) return;
  if (!o.output) {
    checkStdout(o);
    // Text formats only here: stdoutPlan refuses the files-only ones without --output.
    for (const f of files) for (const file of renderFiles(f, report, ctx)) process.stdout.write(file.data);
    return;
  }
  for (const { format: f, path, single } of outputFiles(o)) {
    for (const written of writeFormat(report, ctx, f, path, single)) if (o.format.includes('console')) process.stderr.write(`wrote ${written}\n`);
  }
}

/** Refuses formats that cannot share stdout (see stdoutPlan). */
function checkStdout(o: CommonOpts): void {
  stdoutPlan(o.format, o.output);
}

/** Where the summary line goes: stderr when stdout carries a machine format, stdout otherwise. */
function summaryStream(o: Pick<CommonOpts, 'format' | 'output'>): NodeJS.WriteStream {
  return stdoutPlan(o.format, o.output).summary === 'stderr' ? process.stderr : process.stdout;
}

async function runAudit(urls: string[], o: CommonOpts, meta: { id: string; name: string }, ignore: IgnoreRule[] = []): Promise<number> {
  const startedAt = new Date();
  checkCommon(o);
  checkStdout(o);
  checkWritable(outputFiles(o).map((f) => f.path));
  const baseline = o.baseline ? readReport(o.baseline) : undefined;
  const session = new AuditSession({ ...auditOptions(o), ignore });
  // Ctrl-C or SIGTERM: close the browser, then exit 130 or 143 (a single audit keeps no partial result).
  const removeSignals = onStopSignals((sig) => {
    process.stderr.write(`\n${sig}: stopping\n`);
    void session.close().finally(() => process.exit(signalExitCode(sig)));
  });
  try {
    const { report: proc } = await session.auditProcedure({ id: meta.id, name: meta.name, urls });
    const report = buildReport([proc], {
      startedAt,
      browser: session.browserVersion ? `Chromium ${session.browserVersion} (${session.found?.source})` : null,
      options: { threshold: o.threshold, concurrency: o.concurrency, timeout: o.timeout, settle: o.settle, method: o.method, verdictRate: o.verdictRate, validity: o.validity, asOf: o.asOf, process: o.process, ignore, ...(o.ignoreHttpsErrors ? { ignoreHttpsErrors: true } : {}) },
    });
    emit(report, o, baseline);
    // With a baseline the gate fails on what is new (and on the rate only when --gate is given);
    // what improved is shown too.
    const cmp = baseline && proc.pages.some((pg) => !pg.error) ? compareWithBaseline(report, baseline) : undefined;
    if (cmp) process.stderr.write(renderBaselineText(cmp, { lang: o.lang, color: o.color !== false && useColor(process.stderr), jsonWritten: !!o.output && o.format.includes('json') }));
    const newCounts = cmp?.procedures.reduce((a, p) => ({ nc: a.nc + p.newNC.length, f: a.f + p.newFindings.length }), { nc: 0, f: 0 });
    const decision = decideGate([proc], {
      gate: o.gate ?? 'measured',
      threshold: o.threshold,
      gateExplicit: o.gateExplicit,
      ...(cmp && newCounts ? { baseline: { failed: cmp.failed, newNC: newCounts.nc, newFindings: newCounts.f } } : {}),
    });
    if (decision.nothingAudited) process.stderr.write(`rgaa-audit: nothing audited: ${proc.error ?? 'no criterion could be decided'}\n`);
    summaryStream(o).write(summaryLine(report, { lang: o.lang, threshold: o.threshold, decision }));
    return decision.exit;
  } finally {
    removeSignals();
    await session.close();
  }
}

interface BatchCliOpts extends CommonOpts {
  shardTotal?: number;
  resume: boolean;
  force: boolean;
  skipInvalid: boolean;
  encoding?: string;
  results?: string;
  shard?: { index: number; total: number };
  sample: boolean;
  maxPages: number;
  depth: number;
  seed: number;
  ignoreRobots: boolean;
  perHost: number;
  retries: number;
  procedureTimeout?: number;
  deadline?: number;
  quiet?: boolean;
}

/** What `batch` and `merge` write when --format is not given (and always a report per procedure). */
const DEFAULT_BATCH_FORMATS = ['json', 'batch-csv', 'observatory', 'dashboard'];

/**
 * Write every file format of a batch report into the output folder, and one HTML and one JSON
 * report per procedure in `procedures/`, named from its Ref_Demarche (the dashboard links them).
 */
function emitBatch(report: AuditReport, o: Pick<CommonOpts, 'threshold' | 'lang'>, formats: string[], outDir: string): void {
  // Each procedure's JSON is written beside its HTML: « more in the JSON report » is true there.
  const ctx = { rules: defaultRules(), threshold: o.threshold, lang: o.lang ?? 'en', jsonWritten: true, messages: CHECK_MESSAGES };
  const write = (path: string, text: () => string) => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text());
    } catch (e) {
      throw new UsageError(`cannot write ${path}: ${(e as Error).message.split('\n')[0]}`);
    }
  };
  for (const f of formats.filter((x) => x !== 'console')) {
    for (const path of writeFormat(report, ctx, f, join(outDir, `rgaa-audit${FILE_FORMATS[f].ext}`), false)) process.stderr.write(`wrote ${path}\n`);
  }
  const names = procedureFileNames(report.procedures);
  for (const p of report.procedures) {
    const one = procedureReport(report, p);
    write(join(outDir, procedureReportPath(names.get(p.id)!, '.html')), () => renderFiles('html', one, ctx)[0].data as string);
    write(join(outDir, procedureReportPath(names.get(p.id)!, '.json')), () => renderFiles('json', one, ctx)[0].data as string);
  }
  if (report.procedures.length) process.stderr.write(`wrote ${report.procedures.length} procedure reports (HTML, JSON) in ${join(outDir, PROCEDURES_DIR)}\n`);
}

/** `asOf` and `method` at the top of a batch report's options, where every renderer reads them. */
function judgeOptions(judge: AuditOptions['judge']): Record<string, unknown> {
  return judge ? { asOf: judge.asOf, method: judge.method, verdictRate: judge.rateSource } : {};
}

/** The run's first line: how many procedures, and the sample each gets (the crawl unless --no-sample). */
function runLine(o: BatchCliOpts, s: { maxPages: number; depth: number; ignoreRobots: boolean }, part: ResolvedShard | null, all: number): (n: number, skipped: number) => string {
  const shard = part ? ` (shard ${part.index}/${part.total} of ${all}, from ${part.from})` : '';
  const sample = o.sample
    ? `sample: crawl of up to ${s.maxPages} pages per procedure, depth ${s.depth} from the start URLs${s.ignoreRobots ? ', robots.txt ignored' : ''} (--no-sample: only the given pages)`
    : 'sample: the given pages only (--no-sample)';
  return (n, skipped) => `batch: ${n} procedure${n === 1 ? '' : 's'}${shard}${skipped ? `, ${skipped} already done (resume)` : ''}; ${sample}`;
}

async function runBatchCommand(file: string, o: BatchCliOpts, cmd: Command): Promise<number> {
  const startedAt = new Date();
  checkCommon(o);
  const input = readBatchInput(file, { allowFileUrls: o.allowFileUrls, encoding: o.encoding });
  if (cmd.optsWithGlobals().debug) process.stderr.write(`batch: ${file} read as ${input.decoded.encoding} (${input.decoded.why})\n`);
  const invalid = input.procedures.filter((p) => p.invalid?.length);
  if (invalid.length && !o.skipInvalid) throw invalidEntries(file, input.procedures);
  if (invalid.length) {
    process.stderr.write(capped(invalid.flatMap((p) => p.invalid!)).map((l) => `skipped: ${l}\n`).join(''));
    process.stderr.write(`--skip-invalid: ${invalid.length} invalid procedure${invalid.length === 1 ? '' : 's'} reported as in error (« invalid input »), ${input.procedures.length - invalid.length} to audit\n`);
  }
  const fileOpts = input.options;
  const fromCli = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  const maxPages = fromCli('maxPages') ? o.maxPages : (fileOpts.maxPages ?? o.maxPages);
  const depth = fromCli('depth') ? o.depth : (fileOpts.depth ?? o.depth);
  const seed = fromCli('seed') ? o.seed : (fileOpts.seed ?? o.seed);
  const ignoreRobots = fromCli('ignoreRobots') ? o.ignoreRobots : (fileOpts.ignoreRobots ?? o.ignoreRobots);
  const concurrency = fromCli('concurrency') ? o.concurrency : (fileOpts.concurrency ?? o.concurrency);
  const perHost = fromCli('perHost') ? o.perHost : (fileOpts.perHost ?? o.perHost);
  const outDir = resolve(o.output!);
  const part = resolveShard(o.shard, process.env, o.shardTotal);
  const resultsPath = resolve(o.results ?? join(outDir, part ? `results-${part.index}-of-${part.total}.jsonl` : 'results.jsonl'));
  const formats = o.format.filter((f) => f !== 'console');
  checkWritable([resultsPath, ...formats.map((f) => join(outDir, `rgaa-audit${FILE_FORMATS[f].ext}`)), join(outDir, PROCEDURES_DIR, 'x.html')]);
  // An earlier run's results are never emptied: continue them, set them aside, or stop here.
  if (o.resume && o.force) throw new UsageError('--resume and --force: give one (--resume continues the earlier run, --force starts a new one)');
  const earlier = earlierLineCount(resultsPath);
  if (earlier && !o.resume && !o.force) refuseOverwrite(resultsPath, earlier);
  let previous: ResultLine[] | undefined;
  if (o.resume) {
    previous = readResults(resultsPath, true);
    // --as-of defaults to today: a run resumed on another day keeps judging at the date it started with.
    const asOf = fromCli('asOf') ? null : earlierAsOf(previous);
    if (asOf && asOf !== o.asOf) {
      o.asOf = asOf;
      process.stderr.write(`resume: declarations judged as of ${asOf}, the date of the earlier run (--as-of to change it)\n`);
    }
  }
  const procs = shardOf(input.procedures, part);
  const audit: AuditOptions = { ...auditOptions(o), concurrency, perHost, retries: o.retries, ignore: input.ignore, userAgent: o.userAgent ?? USER_AGENT };
  const sampleOpts = { maxPages, depth, seed, respectRobots: !ignoreRobots, userAgent: audit.userAgent! };
  const sampler: Sampler = o.sample ? await crawlSampler(sampleOpts, audit) : givenPages;
  // ignoreHttpsErrors only when set, so that results of runs without it keep their key for --resume.
  // lang only when French (axe's messages then are): results of English runs keep their key.
  const configKey = { sample: o.sample ? sampleOpts : null, judge: audit.judge ?? null, ignore: input.ignore, process: o.process, ignoreHttpsErrors: audit.ignoreHttpsErrors, ...(o.lang === 'fr' ? { lang: o.lang } : {}) };
  if (o.force && earlier) process.stderr.write(`--force: the earlier results are kept as ${setAside(resultsPath)}\n`);
  const result = await runBatch(input, procs, {
    audit,
    resultsPath,
    previous,
    configKey,
    sampler,
    procedureTimeout: o.procedureTimeout,
    deadline: o.deadline,
    progress: createProgress(process.stderr, !!o.quiet, runLine(o, { maxPages, depth, ignoreRobots }, part, input.procedures.length)),
  });
  const report = buildReport(
    result.lines.map((l) => l.procedure),
    { startedAt, browser: null, options: { input: file, shard: part ? `${part.index}/${part.total}` : null, ...configKey, ...judgeOptions(audit.judge), threshold: o.threshold } },
  );
  emitBatch(report, o, formats, outDir);
  if (process.stdout.isTTY && !o.quiet) process.stdout.write(renderBatchTable(report, { lang: o.lang, color: o.color !== false && useColor(), width: process.stdout.columns }));
  if (result.changed.length) process.stderr.write(`resume: ${result.changed.length} procedure${result.changed.length === 1 ? '' : 's'} audited again because ${result.changed.length === 1 ? 'its entry' : 'their entries'} in ${file} changed\n`);
  if (result.orphans) process.stderr.write(`resume: ${result.orphans} earlier result${result.orphans === 1 ? '' : 's'} of procedures no longer in ${file} left out of the reports\n`);
  process.stderr.write(`results: ${resultsPath} (${result.audited} audited, ${result.resumed} resumed${result.pending.length ? `, ${result.pending.length} left for --resume` : ''})\n`);
  const code = result.signal
    ? signalExitCode(result.signal)
    : result.interrupted
      ? EXIT.INTERRUPTED
      : !report.procedures.some((p) => p.pages.some((pg) => !pg.error))
        ? EXIT.NOTHING_AUDITED
        : EXIT.OK;
  // A batch does not gate: its exit code says whether the run completed.
  const extra = result.pending.length ? [t(o.lang, 'sumLeft', { n: result.pending.length })] : [];
  process.stdout.write(summaryLine(report, { lang: o.lang, threshold: o.threshold, command: 'batch', exit: code, extra }));
  return code;
}

/**
 * `batch --help` states what a batch really does: the formats it writes when --format is not
 * given, and that --threshold does not gate it (a batch reports; exit 0 when it completed).
 */
function batchDefaults(cmd: Command): Command {
  const option = (long: string) => cmd.options.find((x) => x.long === long)!;
  option('--format')
    .default(DEFAULT_BATCH_FORMATS, DEFAULT_BATCH_FORMATS.join(','))
    .description = `output formats, comma-separated: ${FORMATS.filter((f) => f !== 'console').join(', ')}; always a report per procedure too (${PROCEDURES_DIR}/<Ref_Demarche>.html, .json)`;
  option('--threshold').description = 'shown in the reports; a batch does not gate on it (exit 0 when the run completed, 3 when nothing could be audited)';
  option('--output').default('rgaa-audit-report').description = 'folder of the results file and the reports';
  // Commander stores an option's default when the option is added: store the new ones too.
  cmd.setOptionValueWithSource('format', DEFAULT_BATCH_FORMATS, 'default');
  cmd.setOptionValueWithSource('output', 'rgaa-audit-report', 'default');
  return cmd;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('rgaa-audit')
    .description('Audit French public online procedures against RGAA 4.1.2: measured conformance rate, accessibility declaration, observatory verdict, CI gate.')
    .version(toolVersion())
    .option('--debug', 'on an error, show its stack trace too')
    // Commander's own errors (unknown option, missing argument…): one line, like ours.
    .configureOutput({ outputError: (str, write) => write(`rgaa-audit: ${str.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()} (run with --help for usage)\n`) })
    .exitOverride();

  addGate(addCommon(
    program
      .command('audit')
      .description("audit the given URLs as one procedure's sample")
      .argument('[url...]', 'pages of the procedure (http, https or file URLs)')
      .option('--config <file>', "the site's configuration (pages, threshold, process, declarationUrl, ignore with reasons)")
      .option('--id <id>', 'procedure id in the report')
      .option('--name <name>', 'procedure name in the report'),
  )).action(async (urls: string[], o: CommonOpts & { id?: string; config?: string }, cmd: Command) => {
    const cfg = o.config ? readSiteConfig(o.config, { allowFileUrls: o.allowFileUrls }) : null;
    const list = [...new Set([...(cfg?.pages ?? []), ...urls.map((u) => parseUrl(u, o.allowFileUrls))])];
    if (!list.length) throw new UsageError(`audit: give at least one URL${o.config ? ` (${o.config} lists no pages)` : ''}`);
    const fromCli = (name: string) => cmd.getOptionValueSource(name) === 'cli';
    if (cfg) {
      if (cfg.threshold !== null && !fromCli('threshold')) o.threshold = cfg.threshold;
      if (cfg.gate !== null && !fromCli('gate')) o.gate = cfg.gate;
      if (cfg.validity !== null && !fromCli('validity')) o.validity = cfg.validity;
      if (cfg.process !== null && !fromCli('process')) o.process = cfg.process;
      if (cfg.declarationUrl && !o.declarationUrl) o.declarationUrl = cfg.declarationUrl;
    }
    o.gateExplicit = fromCli('gate') || (cfg?.gate ?? null) !== null;
    const first = new URL(list[0]);
    process.exitCode = await runAudit(list, o, { id: o.id ?? cfg?.id ?? 'procedure', name: o.name ?? cfg?.name ?? first.host + first.pathname }, cfg?.ignore ?? []);
  });

  addGate(addCommon(program.command('demo').description('serve the bundled demo procedure on 127.0.0.1 and audit it (no network needed)'))).action(async (o: CommonOpts, cmd: Command) => {
    o.gateExplicit = cmd.getOptionValueSource('gate') === 'cli';
    const server = await serveStatic(DEMO_ROOT);
    try {
      const urls = ['/', '/demarche', '/accessibilite'].map((p) => server.url + p);
      process.exitCode = await runAudit(urls, o, { id: 'demo', name: 'Demande d’aide au logement étudiant (demo)' });
    } finally {
      await server.close();
    }
  });

  const batch = addCommon(
    program
      .command('batch')
      .description('audit every procedure of a YAML or CSV file; results appended to a JSONL file as they finish')
      .argument('<file>', 'procedures: .yaml/.yml (see README) or the observatory CSV (Ref_Demarche;Nom_Demarche;URL_Demarche;…)')
      .option('--resume', 'continue the run whose results file is there: skip the procedures already finished (refused when the settings differ)', false)
      .option('--force', 'start a new run even though the results file holds results: the earlier file is renamed <file>.<date>.bak, never deleted', false)
      .option('--results <path>', 'JSONL results file (default: <output>/results.jsonl, or results-<i>-of-<n>.jsonl with --shard)')
      .option('--skip-invalid', 'audit the valid procedures of an input with invalid ones, and report those as in error (« invalid input ») instead of stopping (exit 2)', false)
      .addOption(new Option('--encoding <name>', 'encoding of the input file (default: detected: byte-order mark, else UTF-8 when valid, else Windows-1252; --debug says which)').argParser(parseEncoding))
      .addOption(new Option('--shard <i/n>', 'audit only the i-th of n deterministic parts (merge them with `rgaa-audit merge`); default: from RGAA_AUDIT_SHARD, GitLab CI_NODE_INDEX/CI_NODE_TOTAL or Kubernetes JOB_COMPLETION_INDEX (see README), else all').argParser(parseShard))
      .addOption(new Option('--shard-total <n>', 'number of parts of a Kubernetes Indexed Job (its completions), whose JOB_COMPLETION_INDEX gives the part (else RGAA_AUDIT_SHARD_TOTAL)').argParser(parseIntOption('--shard-total', 1, 10_000)))
      .option('--no-sample', 'audit only the given URLs and pages (no crawl)')
      .addOption(new Option('--max-pages <n>', 'pages per procedure in the sample').default(10).argParser(parseIntOption('--max-pages', 1, 500)))
      .addOption(new Option('--depth <n>', 'crawl depth from the start URLs').default(2).argParser(parseIntOption('--depth', 0, 10)))
      .addOption(new Option('--seed <n>', 'seed of the random pages of the sample').default(1).argParser(parseIntOption('--seed', 0)))
      .option('--ignore-robots', 'do not respect robots.txt', false)
      .addOption(new Option('--per-host <n>', 'pages of one host at once').default(4).argParser(parseIntOption('--per-host', 1, 64)))
      .addOption(new Option('--retries <n>', 'retries of a page on network errors, 429 and 503').default(2).argParser(parseIntOption('--retries', 0, 10)))
      .addOption(new Option('--procedure-timeout <ms>', 'budget per procedure').argParser(parseIntOption('--procedure-timeout', 1000)))
      .addOption(new Option('--deadline <duration>', 'stop starting procedures after this long (e.g. 90m, 2h); finish later with --resume').argParser(parseDuration))
      .option('-q, --quiet', 'no progress output, no table at the end'),
  );
  batchDefaults(batch).action(async (file: string, o: BatchCliOpts, cmd: Command) => {
    process.exitCode = await runBatchCommand(file, o, cmd);
  });

  program
    .command('merge')
    .description('merge results files (JSONL from batch shards, or JSON reports) into one report')
    .argument('<results...>', 'results.jsonl or report .json files')
    .option('-o, --output <dir>', 'folder for the merged reports', 'rgaa-audit-report')
    .addOption(new Option('-f, --format <list>', `formats to write, comma-separated; always a report per procedure too (${PROCEDURES_DIR}/<Ref_Demarche>.html, .json)`).default(DEFAULT_BATCH_FORMATS, DEFAULT_BATCH_FORMATS.join(',')).argParser((v: string) => parseFormats(v).filter((f) => f !== 'console')))
    .addOption(new Option('-t, --threshold <percent>', 'threshold shown in the reports (merge does not gate)').default(75).argParser(parseThreshold))
    .addOption(new Option('--lang <lang>', 'language of the reports').choices(['en', 'fr']).default('en'))
    .action((files: string[], o: { output: string; format: string[]; threshold: number; lang: 'en' | 'fr' }) => {
      const { procedures, settings } = mergeRun(files);
      // The run's settings (from the results lines), so that the merged reports read like the unsharded one's.
      const run = settings ? { ...settings, ...judgeOptions((settings.judge ?? undefined) as AuditOptions['judge']) } : {};
      const report = buildReport(procedures, { startedAt: new Date(), browser: null, options: { ...run, merged: files, threshold: o.threshold } });
      emitBatch(report, o, o.format, resolve(o.output));
      process.stderr.write(`merged ${procedures.length} procedures from ${files.length} files\n`);
      process.stdout.write(summaryLine(report, { lang: o.lang, threshold: o.threshold, command: 'merge', exit: EXIT.OK, extra: [t(o.lang, 'sumMerged', { n: files.length })] }));
    });

  program
    .command('rules')
    .description('what the tool can decide for each RGAA criterion and from which sources, and every axe-core rule\'s decision')
    .addOption(new Option('-f, --format <format>', 'console or json').choices(['console', 'json']).default('console'))
    .action((o: { format: string }) => {
      const rules = defaultRules();
      const cov = coverage(rules);
      process.stdout.write(o.format === 'json' ? JSON.stringify(cov, null, 2) + '\n' : formatRules(rules, cov));
    });
  program
    .command('doctor')
    .description('find and start the browser; say which one and how it was found')
    .option('--browser <path>', 'Chromium or Chrome executable to try')
    .action(async (o: { browser?: string }) => {
      const found = await findBrowser(o.browser);
      const browser = await launchBrowser(found);
      const version = browser.version();
      await browser.close();
      process.stdout.write(`browser: Chromium ${version} (${found.source}${found.executablePath ? `: ${found.executablePath}` : ''})\n`);
    });
  return program;
}

/**
 * Every error ends as ONE line on stderr, `rgaa-audit: <message>`, and its exit code (2 for bad
 * usage or input, 4 for the browser, 70 for a bug); `--debug` adds the stack trace after it.
 */
export async function main(argv: string[] = process.argv): Promise<void> {
  const program = buildProgram();
  // Read from argv too: an error may come before commander has set the option.
  const debug = () => program.opts().debug === true || argv.slice(2).includes('--debug');
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander (one line).
      process.exitCode = e.exitCode === 0 ? 0 : EXIT.USAGE;
      if (e.exitCode !== 0 && debug() && e.stack) process.stderr.write(`${e.stack}\n`);
      return;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    const code = (e as { exitCode?: number }).exitCode;
    const known = typeof code === 'number';
    const first = err.message.split('\n')[0].trim() || err.name;
    const hint = !known && !debug() ? ' (internal error; run with --debug for the stack trace)' : '';
    // Input errors list every problem, a line each (batch/problems.ts); any other error is one line.
    const lines = (e as { lines?: unknown }).lines;
    const rest = Array.isArray(lines) ? lines.slice(1).map((l) => `rgaa-audit: ${l}\n`).join('') : '';
    process.stderr.write(`rgaa-audit: ${first}${hint}\n${rest}`);
    if (debug()) process.stderr.write(`${err.stack ?? err.message}\n`);
    process.exitCode = known ? code : EXIT.INTERNAL;
  }
}
