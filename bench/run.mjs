#!/usr/bin/env node
/**
 * rgaa-audit benchmark (issue 7: speed and memory as measured properties).
 *
 *   npm run bench -- [--pages 50] [--runs 3] [--concurrency C] [--latency ms] [--chunk 5]
 *                    [--ref-tag] [--no-warmup] [--no-interactive] [--write] [--json]
 *   npm run bench -- --batch [--procedures 250] [--chunk 5] [--latency 100] [--write]
 *   npm run bench -- --profile [--pages 50] [--axe-pages 5] [--write]
 *   npm run bench -- --memory [--pages 50] [--from 5] [--window 5] [--limit 0.1] [--gc] [--no-interactive] [--write]
 *   npm run bench -- --campaign [--procedures 250] [--chunk 5] [--shards 2] [--tabs n] [--ref-pages 100] [--latency 100] [--keep] [--write]
 *
 * Default mode: N generated pages (bench/pages.mjs, ~50 KB each) served from memory on 127.0.0.1
 * (dist/serve.js serveStatic + handler, optional per-request latency), audited `runs` times by
 *  (a) rgaa-audit: one AuditSession (dist/audit.js, default options, same concurrency), the N URLs
 *      split into procedures of `chunk` pages, all procedures started together (auditProcedure);
 *      the session's limiter bounds the pages in flight. Reports serialised to JSON at the end.
 *  (b) the reference (bench/reference.mjs): plain Playwright + axe-core, same browser and flags.
 * in alternating order ref, tool, ref, tool… Each phase includes launching and closing its browser.
 * Per phase: pages/s, peak RSS (and PSS) of Node + all descendant processes, CPU s/page of the tree
 * (bench/proctree.mjs). Medians over the runs; ratio = rgaa-audit / reference.
 *
 * --batch: `procedures` × `chunk` pages with `latency` ms per request (default 250 × 5, 100 ms),
 *   rgaa-audit only: total wall time and pages/s.
 * --campaign: the batch through the real CLI, `--shard i/n` as `shards` processes at once, then
 *   `merge` (bench/campaign.mjs): wall time, peak memory of the whole process tree, vs raw axe.
 * --profile: where rgaa-audit's time goes (PageReport timings per page, reporting time in Node) and
 *   the axe rules ranked by cost (bench/axe-rules.mjs).
 * --write: replace (or append) this configuration's section in bench/RESULTS.md.
 * --json: also write raw figures to bench/out/.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { AuditSession, defaultAuditOptions, defaultConcurrency, aggregateProcedure } from '../dist/audit.js';
import { findBrowser } from '../dist/gather/browser.js';
import { servePages } from './server.mjs';
import { runReference, openReference } from './reference.mjs';
import { TreeSampler, SplitSampler, childPids, waitQuiet, cpuProbe } from './proctree.mjs';
import { profileAxeRules, axeRulesMarkdown } from './axe-rules.mjs';
import { GATHERERS } from '../dist/gather/gatherers/index.js';
import { machine, writeResultsSection } from './results.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/* ------------------------------------------------------------------ options */

function parseArgs(argv) {
  const o = { pages: 50, runs: 3, concurrency: defaultConcurrency(), latency: null, chunk: 5, warmup: true, refTag: false, write: false, json: false, batch: false, profile: false, procedures: 250, axePages: 5, quiet: 0.3, quietWait: 60, maxForeign: 0.5, maxSlow: 1.5, retries: null, interleave: 0, results: `${HERE}RESULTS.md`, campaign: false, shards: 2, refPages: 100, tabs: null, keep: false, memory: false, from: 5, window: 5, limit: 0.1, gc: false, interactive: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) throw new Error(`${a} expects a number`);
      return v;
    };
    if (a === '--pages') o.pages = num();
    else if (a === '--runs') o.runs = num();
    else if (a === '--concurrency') o.concurrency = num();
    else if (a === '--latency') o.latency = num();
    else if (a === '--chunk') o.chunk = num();
    else if (a === '--procedures') o.procedures = num();
    else if (a === '--axe-pages') o.axePages = num();
    else if (a === '--no-warmup') o.warmup = false;
    else if (a === '--quiet') o.quiet = num();
    else if (a === '--no-quiet') o.quiet = Infinity;
    else if (a === '--max-foreign') o.maxForeign = num();
    else if (a === '--quiet-wait') o.quietWait = num();
    else if (a === '--max-slow') o.maxSlow = num();
    else if (a === '--interleave') o.interleave = num();
    else if (a === '--results') o.results = argv[++i];
    else if (a === '--retries') o.retries = num();
    else if (a === '--ref-tag') o.refTag = true;
    else if (a === '--write') o.write = true;
    else if (a === '--json') o.json = true;
    else if (a === '--batch') o.batch = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--campaign') o.campaign = true;
    else if (a === '--shards') o.shards = num();
    else if (a === '--tabs') o.tabs = num();
    else if (a === '--ref-pages') o.refPages = num();
    else if (a === '--keep') o.keep = true;
    else if (a === '--memory') o.memory = true;
    else if (a === '--from') o.from = num();
    else if (a === '--window') o.window = num();
    else if (a === '--limit') o.limit = num();
    else if (a === '--gc') o.gc = true;
    else if (a === '--no-interactive') o.interactive = false;
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (o.latency === null) o.latency = o.batch || o.campaign ? 100 : 0;
  return o;
}

/* ------------------------------------------------------------------ helpers */

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (xs) => xs.reduce((n, x) => n + x, 0) / xs.length;
const MB = (b) => `${Math.round(b / 1024 / 1024)} MB`;
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const chunks = (xs, n) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

/* ------------------------------------------------------------------ phases */

/** rgaa-audit over `urls`, as procedures of `chunk` pages started together. */
async function runTool(urls, { concurrency, chunk, gatherOptions = {} }) {
  const session = new AuditSession({ ...defaultAuditOptions(), ...gatherOptions, concurrency });
  const procs = chunks(urls, chunk).map((u, i) => ({ id: `bench-${i}`, name: `Procédure de test ${i}`, urls: u }));
  try {
    // When each procedure ends (ms since the start, in order), and the tree's RSS then: is the
    // cost flat along a long run?
    const t0 = performance.now();
    const ends = [];
    const results = await Promise.all(procs.map((p) => session.auditProcedure(p).then((r) => (ends.push({ t: performance.now() - t0, pages: p.urls.length }), r))));
    const json = JSON.stringify(results.map((r) => r.report));
    const pages = results.flatMap((r) => r.report.pages);
    const gathered = results.flatMap((r) => r.gathered);
    return { pages, gathered, ends, bytes: json.length, browserVersion: session.browserVersion, source: session.found?.source, executablePath: session.found?.executablePath };
  } finally {
    await session.close();
  }
}

let quietOpt = { maxCores: 0.3, maxWait: 60_000 };
/** Lowest CPU probe seen (ms): the machine's nominal speed; a phase whose probes are slower is throttled. */
let bestProbe = Infinity;
async function measure(fn) {
  const quiet = Number.isFinite(quietOpt.maxCores) ? await waitQuiet({ ...quietOpt, maxProbe: bestProbe * 1.3 }) : { load: NaN, probe: cpuProbe(), waited: 0 };
  bestProbe = Math.min(bestProbe, quiet.probe);
  if (quiet.waited > 3) log(`waited ${f(quiet.waited, 0)} s for the machine to be quiet (other work: ${f(quiet.load, 2)} cores, CPU probe ${f(quiet.probe, 1)} ms, best ${f(bestProbe, 1)} ms)`);
  const sampler = new TreeSampler({ interval: 100, pssEvery: 5 }).start();
  const t0 = performance.now();
  const out = await fn();
  const wall = (performance.now() - t0) / 1000;
  const m = sampler.stop();
  const probeAfter = cpuProbe();
  bestProbe = Math.min(bestProbe, probeAfter);
  return { out, wall, slow: Math.max(quiet.probe, probeAfter) / bestProbe, peakRss: m.peakRss, peakPss: m.peakPss, peakProcs: m.peakProcs, cpu: m.cpu, cpuNode: m.cpuNode, cpuReaped: m.cpuReaped, cpuSampled: m.cpuSampled, foreign: m.foreignCores, quietBefore: quiet.load };
}

/** Violated axe rule ids per page, to check both sides did the same work. */
function findingsTool(g) {
  return g.raw?.axe ? Object.keys(g.raw.axe.violations).sort().join(',') : `error:${g.error}`;
}
function findingsRef(r) {
  return r.error ? `error:${r.error}` : r.violations.map((v) => v.id).sort().join(',');
}

/** rgaa-audit on one block of URLs with an open session: procedures of `chunk` pages started together. */
async function toolBlock(session, urls, chunk, offset) {
  const procs = chunks(urls, chunk).map((u, i) => ({ id: `bench-${offset + i}`, name: `Procédure de test ${offset + i}`, urls: u }));
  const results = await Promise.all(procs.map((p) => session.auditProcedure(p)));
  const json = JSON.stringify(results.map((r) => r.report));
  return { pages: results.flatMap((r) => r.report.pages), gathered: results.flatMap((r) => r.gathered), bytes: json.length };
}

/**
 * One run pair, block-interleaved: both browsers open, the URLs cut in blocks of `o.interleave`
 * pages, each block audited by the reference then rgaa-audit (order flipped every block), so that
 * other work on the machine hits both sides alike. Each side's wall time is the sum of its blocks;
 * its CPU and memory are those of its own browser subtree (+ Node during its turns).
 */
async function pairInterleaved(o, urls, ruleSelection) {
  const pipe = '--remote-debugging-pipe';
  const before = childPids(pipe);
  const ref = await openReference({ concurrency: o.concurrency, ruleSelection });
  const refRoot = [...childPids(pipe)].find((p) => !before.has(p));
  const session = new AuditSession({ ...defaultAuditOptions(), concurrency: o.concurrency, ...(o.interactive ? {} : { interactive: false }) });
  await session.start();
  const toolRoot = [...childPids(pipe)].find((p) => !before.has(p) && p !== refRoot);
  if (!refRoot || !toolRoot) throw new Error('could not find the browsers among the child processes');
  const sp = new SplitSampler({ ref: refRoot, tool: toolRoot }).start();
  const refOut = [];
  const toolOut = { pages: [], gathered: [], bytes: 0, browserVersion: session.browserVersion };
  // ms per page of each block, per side: is the cost flat along the run (N=50 to N=800)?
  const blockMs = { ref: [], tool: [] };
  try {
    const blocks = chunks(urls, o.interleave);
    for (let i = 0; i < blocks.length; i++) {
      for (const side of i % 2 ? ['tool', 'ref'] : ['ref', 'tool']) {
        const tb = performance.now();
        await sp.turn(side, async () => {
          if (side === 'ref') refOut.push(...(await ref.audit(blocks[i])));
          else {
            const b = await toolBlock(session, blocks[i], o.chunk, i * 1000);
            toolOut.pages.push(...b.pages);
            toolOut.gathered.push(...b.gathered);
            toolOut.bytes += b.bytes;
          }
        });
        blockMs[side].push((performance.now() - tb) / blocks[i].length);
      }
    }
  } finally {
    var m = sp.stop();
    await ref.close();
    await session.close();
  }
  const side = (x) => ({ wall: x.wall, peakRss: x.peakRss, peakPss: x.peakPss, peakProcs: x.peakProcs, cpu: x.cpu, cpuNode: x.cpuNode, foreign: m.foreignCores, slow: 1 });
  return { ref: { ...side(m.ref), out: refOut, blockMs: blockMs.ref }, tool: { ...side(m.tool), out: toolOut, blockMs: blockMs.tool } };
}

/**
 * Flatness along a run: ms per page of the tool's blocks in the last fifth against the first fifth
 * (the first block excluded: warm-up), each divided by the reference's blocks at the same place
 * (the reference's cost is flat by construction: a fresh context per page), so that drift of the
 * machine cancels out.
 */
function flatness(refMs, toolMs) {
  const n = Math.min(refMs.length, toolMs.length);
  if (n < 6) return null;
  const k = Math.max(1, Math.floor((n - 1) / 5));
  const part = (xs, a, b) => median(xs.slice(a, b));
  const first = part(toolMs, 1, 1 + k) / part(refMs, 1, 1 + k);
  const last = part(toolMs, n - k, n) / part(refMs, n - k, n);
  return { first, last, drift: last / first, toolFirst: part(toolMs, 1, 1 + k), toolLast: part(toolMs, n - k, n), blocks: n, per: k };
}

async function compare(o) {
  const loadBefore = loadavg();
  const srv = await servePages(o.pages, { latency: o.latency });
  const urls = srv.urls;
  const found = await findBrowser();
  const ruleSelection = o.refTag ? 'tag' : 'rules';
  log(`${o.pages} pages (${Math.round(mean([...srv.pages.values()].map((h) => Buffer.byteLength(h))) / 1024)} KB avg) on ${srv.url}, latency ${o.latency} ms, concurrency ${o.concurrency}, ${o.runs} runs, browser ${found.executablePath ?? "Playwright's"} (${found.source})`);
  let browserVersion = null;
  if (o.warmup) {
    log('warm-up (4 pages each, not measured)');
    await runReference(urls.slice(0, 4), { concurrency: o.concurrency, ruleSelection });
    browserVersion = (await runTool(urls.slice(0, 4), { concurrency: o.concurrency, chunk: o.chunk })).browserVersion;
  }
  const runs = [];
  const discarded = [];
  const agreement = { same: 0, differ: [] };
  let retries = o.retries ?? o.runs;
  for (let r = 0; r < o.runs; r++) {
    let ref, tool;
    if (o.interleave) {
      if (Number.isFinite(quietOpt.maxCores)) await waitQuiet({ ...quietOpt, maxProbe: Infinity });
      ({ ref, tool } = await pairInterleaved(o, urls, ruleSelection));
    } else {
      ref = await measure(() => runReference(urls, { concurrency: o.concurrency, ruleSelection }));
    }
    const refErr = ref.out.filter((p) => p.error).length;
    log(`run ${r + 1}/${o.runs} reference: ${f(o.pages / ref.wall)} pages/s, ${f(ref.cpu / o.pages)} CPU s/page, peak ${MB(ref.peakRss)}${refErr ? `, ${refErr} errors` : ''}`);
    if (!o.interleave) tool = await measure(() => runTool(urls, { concurrency: o.concurrency, chunk: o.chunk, gatherOptions: o.interactive ? {} : { interactive: false } }));
    const toolErr = tool.out.pages.filter((p) => p.error).length;
    browserVersion ??= tool.out.browserVersion;
    log(`run ${r + 1}/${o.runs} rgaa-audit: ${f(o.pages / tool.wall)} pages/s, ${f(tool.cpu / o.pages)} CPU s/page, peak ${MB(tool.peakRss)}${toolErr ? `, ${toolErr} errors` : ''}`);
    const slow = Math.max(ref.slow, tool.slow);
    if ((Math.max(ref.foreign, tool.foreign) > o.maxForeign || slow > o.maxSlow) && retries > 0) {
      retries--;
      discarded.push({ ref: ref.foreign, tool: tool.foreign, slow, refPps: o.pages / ref.wall, toolPps: o.pages / tool.wall });
      log(`run ${r + 1} discarded: other work on the machine used ${f(ref.foreign)}/${f(tool.foreign)} cores (ref/tool, limit ${o.maxForeign}), CPU probe ${f(slow)}× the best (limit ${o.maxSlow}); ${retries} retries left`);
      r--;
      continue;
    }
    if (!agreement.same && !agreement.differ.length) {
      const byUrl = new Map(ref.out.map((p) => [p.url, findingsRef(p)]));
      for (const g of tool.out.gathered) {
        const a = findingsTool(g);
        const b = byUrl.get(g.url);
        if (a === b) agreement.same++;
        else agreement.differ.push({ url: g.url, tool: a, ref: b });
      }
    }
    const timings = tool.out.pages.filter((p) => !p.error).map((p) => p.timings);
    runs.push({
      ref: { wall: ref.wall, pps: o.pages / ref.wall, cpuPerPage: ref.cpu / o.pages, cpuNodePerPage: ref.cpuNode / o.pages, peakRss: ref.peakRss, peakPss: ref.peakPss, peakProcs: ref.peakProcs, errors: refErr, foreign: ref.foreign, slow: ref.slow },
      flat: o.interleave ? flatness(ref.blockMs, tool.blockMs) : null,
      tool: { wall: tool.wall, pps: o.pages / tool.wall, cpuPerPage: tool.cpu / o.pages, cpuNodePerPage: tool.cpuNode / o.pages, peakRss: tool.peakRss, peakPss: tool.peakPss, peakProcs: tool.peakProcs, errors: toolErr, foreign: tool.foreign, slow: tool.slow, reportBytes: tool.out.bytes, settleMedian: median(timings.map((t) => t.settle)), totalMedian: median(timings.map((t) => t.total)) },
    });
  }
  await srv.close();
  return { runs, discarded, agreement, browserVersion, found, ruleSelection, load: { before: loadBefore, after: loadavg() } };
}

function summarize(res) {
  const pick = (side, k) => median(res.runs.map((r) => r[side][k]));
  const s = {};
  for (const side of ['ref', 'tool']) {
    s[side] = {};
    for (const k of ['wall', 'pps', 'cpuPerPage', 'cpuNodePerPage', 'peakRss', 'peakPss', 'peakProcs']) s[side][k] = pick(side, k);
  }
  s.ratio = {
    pps: s.tool.pps / s.ref.pps,
    cpuPerPage: s.tool.cpuPerPage / s.ref.cpuPerPage,
    peakRss: s.tool.peakRss / s.ref.peakRss,
    ppsPerRun: res.runs.map((r) => r.tool.pps / r.ref.pps),
  };
  const flats = res.runs.map((r) => r.flat).filter(Boolean);
  s.flat = flats.length ? { drift: median(flats.map((x) => x.drift)), first: median(flats.map((x) => x.first)), last: median(flats.map((x) => x.last)), toolFirst: median(flats.map((x) => x.toolFirst)), toolLast: median(flats.map((x) => x.toolLast)), blocks: flats[0].blocks, per: flats[0].per } : null;
  s.settleMedian = pick('tool', 'settleMedian');
  s.totalMedian = pick('tool', 'totalMedian');
  return s;
}

function compareMarkdown(o, res, m) {
  const s = summarize(res);
  const L = [];
  L.push(`- machine: ${m.cpu}, ${m.cores} cores, ${m.memory}, ${m.kernel}`);
  L.push(`- versions: Node ${m.node}, Chromium ${res.browserVersion} (${res.found.source}: ${res.found.executablePath ?? "Playwright's"}), axe-core ${m.axe}, Playwright ${m.playwright}; rgaa-audit at ${m.commit}`);
  L.push(`- ${o.pages} pages (~50 KB each), latency ${o.latency} ms, concurrency ${o.concurrency}, ${o.runs} runs ${o.interleave ? `block-interleaved (both browsers open, blocks of ${o.interleave} pages audited by the reference then rgaa-audit, order flipped every block; wall = sum of a side's blocks, without browser launch; CPU and memory of each side's own browser + Node during its turns)` : 'alternating reference / rgaa-audit (each phase launches and closes its browser)'}, medians; rgaa-audit as procedures of ${o.chunk} pages started together; reference rules: ${res.ruleSelection === 'tag' ? "runOnly tag RGAAv4 (skips axe's experimental rules)" : 'the 67 RGAAv4-tagged rule ids (the same rules as rgaa-audit)'}`);
  L.push(`- other work on the machine during each phase (cores busy outside the measured process tree, ref/tool per run): ${res.runs.map((r) => `${f(r.ref.foreign)}/${f(r.tool.foreign)}`).join(', ')}; CPU speed probe vs the best seen: ${res.runs.map((r) => `${f(r.ref.slow)}/${f(r.tool.slow)}`).join(', ')}; each phase starts once the rest of the machine uses < ${o.quiet} core (waiting up to ${o.quietWait} s); ${res.discarded.length} run pair(s) discarded and redone because other work exceeded ${o.maxForeign} core during a phase or the CPU was throttled (probe > ${o.maxSlow}× the best)`);
  L.push('');
  L.push('| | pages/s | wall s | CPU s/page (tree) | of which Node | peak RSS (tree) | peak PSS (tree) | processes |');
  L.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  L.push(`| reference (Playwright + axe) | ${f(s.ref.pps)} | ${f(s.ref.wall, 1)} | ${f(s.ref.cpuPerPage)} | ${f(s.ref.cpuNodePerPage)} | ${MB(s.ref.peakRss)} | ${MB(s.ref.peakPss)} | ${s.ref.peakProcs} |`);
  L.push(`| rgaa-audit | ${f(s.tool.pps)} | ${f(s.tool.wall, 1)} | ${f(s.tool.cpuPerPage)} | ${f(s.tool.cpuNodePerPage)} | ${MB(s.tool.peakRss)} | ${MB(s.tool.peakPss)} | ${s.tool.peakProcs} |`);
  L.push(`| **ratio rgaa-audit / reference** | **${f(s.ratio.pps)}** | | **${f(s.ratio.cpuPerPage)}** | | **${f(s.ratio.peakRss)}** | | |`);
  L.push('');
  if (!o.interactive) L.push(`**Without the interactive checks** (\`--no-interactive\`: no keyboard walk, reflow, listener probe; axe-core and our in-page checks only): a bound on what the tool can reach, not the target's measure.`);
  L.push(`Target (issue 18): all checks at ≥ ${RATIO_TARGET}× the throughput of axe-core alone with the same rules: **${f(s.ratio.pps)}×, ${!o.interactive ? 'not the target (interactive checks off)' : s.ratio.pps >= RATIO_TARGET ? 'met' : 'not met'}**. Load averages (1, 5, 15 min) ${res.load.before.map((x) => f(x)).join(', ')} at the start, ${res.load.after.map((x) => f(x)).join(', ')} at the end.`);
  L.push(`Per-run throughput ratios: ${s.ratio.ppsPerRun.map((x) => f(x)).join(', ')}. rgaa-audit per page: median total ${f(s.totalMedian, 0)} ms, of which settle ${f(s.settleMedian, 0)} ms.`);
  if (s.flat) L.push(`Cost per page along the run (${s.flat.blocks} blocks; first fifth after the first block vs last fifth, ${s.flat.per} blocks each): rgaa-audit ${f(s.flat.toolFirst, 0)} → ${f(s.flat.toolLast, 0)} ms/page of block wall; relative to the reference in the same blocks ${f(s.flat.first)} → ${f(s.flat.last)}, **drift ${f((s.flat.drift - 1) * 100, 0)} %** (flat means within ±15 %).`);
  const n = res.agreement.same + res.agreement.differ.length;
  L.push(`Same violated axe rules on both sides (run 1): ${res.agreement.same}/${n} pages${res.agreement.differ.length ? ` — differences: ${res.agreement.differ.slice(0, 3).map((d) => `${d.url.replace(/^https?:\/\/[^/]+/, '')} tool=[${d.tool}] ref=[${d.ref}]`).join('; ')}` : ''}.`);
  const errs = res.runs.map((r) => r.tool.errors + r.ref.errors).reduce((a, b) => a + b, 0);
  if (errs) L.push(`**${errs} pages failed** across runs (see stderr).`);
  return { md: L.join('\n'), summary: s };
}

/* ------------------------------------------------------------------ batch */

/** Issue 18: a 250 × 5 campaign at 100 ms latency in a quarter of an hour, in 1.5 GiB. */
const BATCH_TARGET = { minutes: 15, gib: 1.5 };
/** Issue 18: all checks at this many times axe-core alone's throughput, same rules. */
const RATIO_TARGET = 1.3;

async function batch(o) {
  const n = o.procedures * o.chunk;
  const srv = await servePages(n, { latency: o.latency });
  log(`batch: ${o.procedures} procedures × ${o.chunk} pages = ${n} pages, latency ${o.latency} ms, concurrency ${o.concurrency}`);
  const loadBefore = loadavg();
  const m = await measure(() => runTool(srv.urls, { concurrency: o.concurrency, chunk: o.chunk }));
  await srv.close();
  const errors = m.out.pages.filter((p) => p.error).length;
  const t = m.out.pages.filter((p) => !p.error).map((p) => p.timings);
  // Pages per second over the second fifth of the run vs its last fifth (the first fifth holds the
  // ramp-up: browser start, the first pages of each tab).
  const ends = m.out.ends;
  const rate = (a, b) => {
    const xs = ends.slice(Math.floor(a * ends.length), Math.floor(b * ends.length));
    if (xs.length < 2) return NaN;
    return xs.slice(1).reduce((k, e) => k + e.pages, 0) / ((xs.at(-1).t - xs[0].t) / 1000);
  };
  const along = { early: rate(0.2, 0.4), late: rate(0.8, 1) };
  const r = { load: { before: loadBefore, after: loadavg() }, along, pages: n, wall: m.wall, pps: n / m.wall, cpuPerPage: m.cpu / n, peakRss: m.peakRss, peakPss: m.peakPss, errors, foreign: m.foreign, browserVersion: m.out.browserVersion, found: { source: m.out.source, executablePath: m.out.executablePath }, medians: Object.fromEntries(['load', 'settle', 'evaluate', 'total'].map((k) => [k, median(t.map((x) => x[k]))])) };
  log(`batch: ${f(r.wall, 0)} s, ${f(r.pps)} pages/s, ${errors} errors`);
  return r;
}

function batchMarkdown(o, r, m) {
  const L = [];
  L.push(`- machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}, Chromium ${r.browserVersion} (${r.found.source}), axe-core ${m.axe}, Playwright ${m.playwright}; rgaa-audit at ${m.commit}`);
  L.push(`- ${o.procedures} procedures × ${o.chunk} pages = ${r.pages} pages, ${o.latency} ms latency per request, concurrency ${o.concurrency}, rgaa-audit only (one AuditSession, all procedures started together); other work on the machine meanwhile: ${f(r.foreign)} cores on average`);
  L.push('');
  L.push('| pages | wall | pages/s | CPU s/page | peak RSS (tree) | peak PSS | errors | median load / settle / evaluate / total ms |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|---|');
  L.push(`| ${r.pages} | ${f(r.wall / 60, 1)} min | ${f(r.pps)} | ${f(r.cpuPerPage)} | ${MB(r.peakRss)} | ${MB(r.peakPss)} | ${r.errors} | ${['load', 'settle', 'evaluate', 'total'].map((k) => f(r.medians[k], 0)).join(' / ')} |`);
  L.push('');
  const minutes = r.wall / 60;
  const gib = r.peakRss / 1024 ** 3;
  L.push(`Targets (issue 18, for 250 × 5 at 100 ms latency, default settings, every check on): wall ≤ ${BATCH_TARGET.minutes} min: **${f(minutes, 1)} min, ${minutes <= BATCH_TARGET.minutes ? 'met' : 'not met'}**; peak RSS of the whole process tree (Node + browser + every renderer) ≤ ${BATCH_TARGET.gib} GiB: **${f(gib, 2)} GiB, ${gib <= BATCH_TARGET.gib ? 'met' : 'not met'}**. Load averages (1, 5, 15 min) ${r.load.before.map((x) => f(x)).join(', ')} at the start, ${r.load.after.map((x) => f(x)).join(', ')} at the end.`);
  L.push('');
  L.push(`Along the run: ${f(r.along.early)} pages/s over the second fifth of the procedures, ${f(r.along.late)} over the last fifth: **${f((r.along.late / r.along.early - 1) * 100, 0)} %** (the cost per page is flat when this stays within ±15 %).`);
  return L.join('\n');
}

/* ------------------------------------------------------------------ profile */

async function profile(o) {
  const srv = await servePages(o.pages, { latency: o.latency });
  log(`profile: ${o.pages} pages, concurrency ${o.concurrency}, latency ${o.latency} ms`);
  if (Number.isFinite(o.quiet)) await waitQuiet(quietOpt);
  const session = new AuditSession({ ...defaultAuditOptions(), concurrency: o.concurrency });
  // Time the hooks (run from Node on the live page after the evaluation): the gatherers that drive
  // the page (reflow, listeners, popups, keyboard walk) and the checks over their artifacts; each
  // gatherer's own time is in raw.timings['gather:<name>'].
  const hookIds = GATHERERS.map((g) => g.name);
  const hookMs = new Map(); // raw → ms
  session.hooks.forEach((hook, i) => {
    session.hooks[i] = async (page, raw, ...rest) => {
      const t = performance.now();
      try {
        return await hook(page, raw, ...rest);
      } finally {
        hookMs.set(raw, (hookMs.get(raw) ?? 0) + performance.now() - t);
      }
    };
  });
  let gathered;
  const t0 = performance.now();
  try {
    await session.start();
    const tStart = performance.now();
    gathered = await Promise.all(srv.urls.map((u) => session.gather(u)));
    var gatherWall = performance.now() - tStart;
    var launch = tStart - t0;
  } finally {
    var tc = performance.now();
    await session.close();
    var closeMs = performance.now() - tc;
  }
  // Reporting, in Node: cross-page checks, per-page evaluation, aggregation, JSON.
  const tr0 = performance.now();
  const reports = [];
  for (const group of chunks(gathered, o.chunk)) {
    session.applyCrossPage(group);
    const pages = group.map((g) => session.toPageReport(g));
    reports.push(aggregateProcedure({ id: 'p', name: 'p' }, pages, session.rules));
  }
  const tr1 = performance.now();
  const json = JSON.stringify(reports);
  const tr2 = performance.now();
  const ok = gathered.filter((g) => !g.error && g.raw);
  const rows = ok.map((g) => {
    const t = g.timings;
    const axe = g.raw.timings.axe;
    const checks = g.raw.timings.checks;
    const inPageRest = Math.max(0, g.raw.timings.total - axe - checks);
    const hooks = Object.fromEntries(hookIds.map((id) => [id, g.raw.timings[`gather:${id}`] ?? 0]));
    const hooksTotal = hookMs.get(g.raw) ?? 0;
    return { load: t.load, settle: t.settle, evaluate: t.evaluate, axe, checks, transfer: t.evaluate - g.raw.timings.total, inPageRest, hooks: hooksTotal, hookById: hooks, close: t.total - t.load - t.settle - t.evaluate - hooksTotal, total: t.total };
  });
  // The axe rules, on a few pages.
  log(`profile: axe rules on ${o.axePages} pages`);
  const axe = await profileAxeRules(srv.urls.slice(0, o.axePages), {});
  await srv.close();
  const scriptKB = session['script'].full.length / 1024;
  return { pages: o.pages, ok: ok.length, hookIds, scriptKB, rows, launch, gatherWall, closeMs, reportingMs: tr1 - tr0, jsonMs: tr2 - tr1, jsonBytes: json.length, axe, browserVersion: session.browserVersion, found: session.found };
}

function profileMarkdown(o, p, m) {
  const L = [];
  const k = ['load', 'settle', 'evaluate', 'axe', 'checks', 'transfer', 'inPageRest', 'hooks', 'close', 'total'];
  const med = Object.fromEntries(k.map((x) => [x, median(p.rows.map((r) => r[x]))]));
  const avg = Object.fromEntries(k.map((x) => [x, mean(p.rows.map((r) => r[x]))]));
  const share = (x) => `${f((100 * avg[x]) / avg.total, 0)} %`;
  L.push(`- machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}, Chromium ${p.browserVersion} (${p.found?.source}), axe-core ${m.axe}, Playwright ${m.playwright}; rgaa-audit at ${m.commit}`);
  L.push(`- ${p.pages} pages (${p.ok} audited), concurrency ${o.concurrency}, latency ${o.latency} ms; per-page figures from PageReport.timings (wall ms per page, pages overlap by the concurrency)`);
  L.push('');
  L.push('| step (per page) | median ms | mean ms | share of page time |');
  L.push('|---|---:|---:|---:|');
  L.push(`| load: new context + route + new page + goto(load) | ${f(med.load, 0)} | ${f(avg.load, 0)} | ${share('load')} |`);
  L.push(`| settle: network quiet 250 ms + one animation frame | ${f(med.settle, 0)} | ${f(avg.settle, 0)} | ${share('settle')} |`);
  L.push(`| evaluate (one page.evaluate of axe + checks) | ${f(med.evaluate, 0)} | ${f(avg.evaluate, 0)} | ${share('evaluate')} |`);
  L.push(`|   of which axe.run (67 rules) | ${f(med.axe, 0)} | ${f(avg.axe, 0)} | ${share('axe')} |`);
  L.push(`|   of which our checks, scopes, facts | ${f(med.checks, 0)} | ${f(avg.checks, 0)} | ${share('checks')} |`);
  L.push(`|   of which in-page rest (results shaping) | ${f(med.inPageRest, 0)} | ${f(avg.inPageRest, 0)} | ${share('inPageRest')} |`);
  L.push(`|   of which transfer + compile + axe start-up (evaluate − in-page total; script ${Math.round(p.scriptKB)} KB) | ${f(med.transfer, 0)} | ${f(avg.transfer, 0)} | ${share('transfer')} |`);
  L.push(`| interactive gatherers and the checks over them (hooks, driven from Node) | ${f(med.hooks, 0)} | ${f(avg.hooks, 0)} | ${share('hooks')} |`);
  for (const id of p.hookIds) {
    const xs = p.rows.map((r) => r.hookById[id] ?? 0);
    L.push(`|   ${id} | ${f(median(xs), 0)} | ${f(mean(xs), 0)} | ${f((100 * mean(xs)) / avg.total, 0)} % |`);
  }
  L.push(`| close context | ${f(med.close, 0)} | ${f(avg.close, 0)} | ${share('close')} |`);
  L.push(`| **total per page** | **${f(med.total, 0)}** | **${f(avg.total, 0)}** | 100 % |`);
  L.push('');
  L.push(`Run level: browser launch ${f(p.launch, 0)} ms, gathering ${f(p.gatherWall / 1000, 1)} s (${f(p.pages / (p.gatherWall / 1000))} pages/s), browser close ${f(p.closeMs, 0)} ms; reporting in Node (cross-page checks, per-page evaluation, aggregation of ${Math.ceil(p.pages / o.chunk)} procedures) ${f(p.reportingMs, 0)} ms + JSON.stringify ${f(p.jsonMs, 0)} ms (${Math.round(p.jsonBytes / 1024)} KB) = ${f((p.reportingMs + p.jsonMs) / p.pages, 2)} ms per page.`);
  L.push('');
  L.push('Axe rules by cost (bench/axe-rules.mjs, fresh context per page, the options rgaa-audit passes):');
  L.push('');
  L.push(axeRulesMarkdown(p.axe, 15));
  return L.join('\n');
}

/* ------------------------------------------------------------------ RESULTS.md */

function writeSection(key, title, body) {
  writeResultsSection(o.results, key, title, body);
  log(`wrote section ${key} in ${o.results}`);
}

function dumpJson(name, data) {
  mkdirSync(`${HERE}out`, { recursive: true });
  writeFileSync(`${HERE}out/${name}.json`, JSON.stringify(data, null, 1));
}

/* ------------------------------------------------------------------ main */

const o = parseArgs(process.argv.slice(2));
quietOpt = { maxCores: o.quiet, maxWait: o.quietWait * 1000 };
const m = machine();
if (o.memory) {
  const { memory, memoryMarkdown } = await import('./memory.mjs');
  const r = await memory({ ...o, to: o.pages }, { AuditSession, defaultAuditOptions, servePages });
  const md = memoryMarkdown(o, r, m);
  console.log(md);
  if (o.json) dumpJson(`memory-${o.pages}${o.gc ? '-gc' : ''}`, r);
  if (o.write) writeSection(`memory-n${o.pages}${o.gc ? '-gc' : ''}${o.interactive ? '' : '-noninteractive'}`, `Memory of a reused renderer: ${o.pages} pages in one context${o.gc ? ' (forced GC)' : ''}`, md);
  if (!r.pass) process.exitCode = 1;
} else if (o.profile) {
  const p = await profile(o);
  const md = profileMarkdown(o, p, m);
  console.log(md);
  if (o.json) dumpJson(`profile-${o.pages}`, p);
  if (o.write) writeSection(`profile-n${o.pages}-c${o.concurrency}-l${o.latency}`, `Profile: ${o.pages} pages, concurrency ${o.concurrency}, latency ${o.latency} ms`, md);
} else if (o.campaign) {
  const { campaign, campaignMarkdown } = await import('./campaign.mjs');
  const r = await campaign(o);
  const md = campaignMarkdown(o, r, m, BATCH_TARGET);
  console.log(md);
  if (o.json) dumpJson(`campaign-${o.procedures}x${o.chunk}-s${o.shards}`, r);
  if (o.write) writeSection(`campaign-${o.procedures}x${o.chunk}-s${o.shards}-l${o.latency}${o.tabs ? `-t${o.tabs}` : ''}`, `Campaign: ${o.procedures} procedures × ${o.chunk} pages, ${o.shards} shards at once through the CLI, latency ${o.latency} ms${o.tabs ? `, ${o.tabs} tabs each` : ''}`, md);
} else if (o.batch) {
  const r = await batch(o);
  const md = batchMarkdown(o, r, m);
  console.log(md);
  if (o.json) dumpJson(`batch-${o.procedures}x${o.chunk}`, r);
  if (o.write) writeSection(`batch-${o.procedures}x${o.chunk}-c${o.concurrency}-l${o.latency}`, `Batch: ${o.procedures} procedures × ${o.chunk} pages, concurrency ${o.concurrency}, latency ${o.latency} ms`, md);
} else {
  const res = await compare(o);
  const { md, summary } = compareMarkdown(o, res, m);
  console.log(md);
  if (o.json) dumpJson(`compare-n${o.pages}-c${o.concurrency}-l${o.latency}`, { options: o, machine: m, ...res, summary });
  if (o.write) writeSection(`compare-n${o.pages}-c${o.concurrency}-l${o.latency}${o.refTag ? '-tag' : ''}${o.interleave ? `-i${o.interleave}` : ''}${o.interactive ? '' : '-noninteractive'}`, `${o.pages} pages, concurrency ${o.concurrency}, latency ${o.latency} ms${o.refTag ? ' (reference by tag)' : ''}${o.interactive ? '' : ', without the interactive checks'}`, md);
}
