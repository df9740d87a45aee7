/**
 * `npm run bench -- --campaign`: the 250-procedure campaign as the State's digital team runs it,
 * through the real command line. The generated procedures (bench/pages.mjs: `procedures` ×
 * `chunk` pages, served from memory on 127.0.0.1 with `latency` ms per request, each page with
 * the « Accessibilité : partiellement conforme » mention and a declaration at /accessibilite) are
 * written as the observatory's CSV; `rgaa-audit batch --shard i/n` runs as `shards` separate
 * processes at once (each with its own browser and the default concurrency), then
 * `rgaa-audit merge` joins their results. Measured: wall time of the shards and of the merge,
 * CPU, and the peak memory of the whole process tree (the CLI processes, their browsers, and this
 * process serving the pages), sampled from /proc.
 *
 * The reference, measured in the same run: the raw axe-core floor (bench/reference.mjs: one
 * browser, a new page per URL, axe restricted to the RGAA rules, nothing else) over the first
 * `refPages` pages of the campaign with as many pages at once as all the shards together.
 * Ratios: campaign pages/s ÷ reference pages/s; peak RSS ÷ the reference's.
 *
 * On one machine the shards share its cores; on CI each part has a machine of its own.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { servePages } from './server.mjs';
import { runReference } from './reference.mjs';
import { TreeSampler } from './proctree.mjs';
import { defaultConcurrency } from '../dist/audit.js';

const BIN = fileURLToPath(new URL('../bin/rgaa-audit.js', import.meta.url));
const log = (...a) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const MB = (b) => `${Math.round(b / 1024 / 1024)} MB`;

/**
 * A complete declaration at /accessibilite (state, rate, date, contact), so that every procedure
 * is judged as a real one would be (the generator's own page has no date: every verdict « Non »).
 */
export const DECLARATION = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Déclaration d’accessibilité</title></head><body><main>
<h1>Déclaration d’accessibilité</h1>
<h2>État de conformité</h2><p>Ce site est <strong>partiellement conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2.</p>
<h2>Résultats des tests</h2><p>L’audit de conformité révèle que 78,26&nbsp;% des critères du RGAA version 4.1.2 sont respectés.</p>
<h2>Établissement de cette déclaration d’accessibilité</h2><p>Cette déclaration a été établie le 12 mars 2025.</p>
<h3>Pages du site ayant fait l’objet de la vérification de conformité</h3><ul><li>Accueil</li><li>Formulaire</li></ul>
<h2>Retour d’information et contact</h2><p>Écrivez à <a href="mailto:accessibilite@example.gouv.fr">accessibilite@example.gouv.fr</a>.</p>
<h2>Voies de recours</h2><p>Vous pouvez saisir le Défenseur des droits.</p>
</main></body></html>`;

const MINISTRIES = ['Ministère de l’Intérieur', 'Ministère du Travail', 'Ministère des Solidarités', 'Ministère de l’Économie', 'Ministère de la Justice'];

/** The observatory's CSV (UTF-8 with BOM, `;`): one procedure per `chunk` pages, its URLs in URL_Demarche. */
export function campaignCsv(urls, chunk) {
  const rows = ['Ref_Demarche;Nom_Demarche;URL_Demarche;Nom_Administration;Nom_Ministere'];
  for (let i = 0; i * chunk < urls.length; i++) {
    const ref = `D-${String(i + 1).padStart(3, '0')}`;
    rows.push([ref, `Démarche de test n° ${i + 1}`, urls.slice(i * chunk, i * chunk + chunk).join(' '), `Administration ${(i % 17) + 1}`, MINISTRIES[i % MINISTRIES.length]].join(';'));
  }
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}

/**
 * The set-up of an experiment on a CLI batch (bench/experiments/cli-*.mjs), from its arguments
 * `[procedures] [latency] [-- extra CLI args]`: that many procedures × 5 generated pages served
 * on 127.0.0.1 with the latency, the campaign's CSV of them in a new folder, the CLI's path.
 */
export async function cliBatchSetup(argv, { procedures = 10, latency = 0, prefix = 'rgaa-cli-' } = {}) {
  const dd = argv.indexOf('--');
  const [procs = procedures, lat = latency] = (dd < 0 ? argv : argv.slice(0, dd)).map(Number);
  const extra = dd < 0 ? [] : argv.slice(dd + 1);
  const srv = await servePages(procs * 5, { latency: lat, extra: new Map([['/accessibilite', { type: 'text/html; charset=utf-8', body: DECLARATION }]]) });
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFileSync(join(dir, 'p.csv'), campaignCsv(srv.urls, 5));
  return { procs, latency: lat, extra, srv, dir, csv: join(dir, 'p.csv'), bin: BIN };
}

/** What made the peak: RSS by process type at the peak sample, and when it came. */
function atPeak(r) {
  const t = r.peakByType;
  if (!t) return 'no sample';
  return `at ${f(r.peakAt, 0)} s: CLI ${MB(t.node)}, browser ${MB(t.browser)}, ${t.renderers} renderers ${MB(t.renderer)}, GPU ${MB(t.gpu)}, other ${MB(t.other)}`;
}

/** Run the CLI; resolves with its exit code and output. */
function cli(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * With `self: false`, the CLI's processes and their browsers only: this process is the web server
 * the pages come from. The reference runs in this process (its Playwright client): counted whole.
 */
async function measured(fn, self = false) {
  const sampler = new TreeSampler({ interval: 200, pssEvery: 5, self }).start();
  const out = await fn();
  return { out, ...sampler.stop() };
}

export async function campaign(o) {
  const n = o.procedures * o.chunk;
  const shards = o.shards;
  const srv = await servePages(n, { latency: o.latency, extra: new Map([['/accessibilite', { type: 'text/html; charset=utf-8', body: DECLARATION }]]) });
  const dir = mkdtempSync(join(tmpdir(), 'rgaa-campaign-'));
  const csv = join(dir, 'procedures.csv');
  writeFileSync(csv, campaignCsv(srv.urls, o.chunk));
  const asOf = new Date().toISOString().slice(0, 10);
  // --tabs: the pages each shard audits at once (the CLI's --concurrency); the CLI's default otherwise.
  const perShard = o.tabs ?? defaultConcurrency();
  const tabs = o.tabs ? ['--concurrency', String(o.tabs)] : [];
  // The machine is shared: its load averages (as `uptime` prints them) before and after say how much.
  const loadBefore = loadavg();
  log(`campaign: ${o.procedures} procedures × ${o.chunk} pages = ${n} pages, latency ${o.latency} ms, ${shards} shards at once (concurrency ${perShard} each), ${dir}`);
  try {
    // The shards, as separate processes at once.
    const run = await measured(() =>
      Promise.all(Array.from({ length: shards }, (_, i) => cli(['batch', csv, '--output', join(dir, `part-${i + 1}`), '--shard', `${i + 1}/${shards}`, '--no-sample', '--as-of', asOf, '--quiet', ...tabs]))),
    );
    run.out.forEach((r, i) => {
      if (r.code !== 0) log(`shard ${i + 1}/${shards}: exit ${r.code}\n${r.stderr.slice(-2000)}`);
    });
    log(`shards: ${f(run.wall / 60, 1)} min, peak RSS ${MB(run.peakRss)} (${atPeak(run)})`);
    const files = Array.from({ length: shards }, (_, i) => join(dir, `part-${i + 1}`, `results-${i + 1}-of-${shards}.jsonl`));
    const merge = await measured(() => cli(['merge', ...files, '--output', join(dir, 'report')]));
    if (merge.out.code !== 0) log(`merge: exit ${merge.out.code}\n${merge.out.stderr}`);
    log(`merge: ${f(merge.wall, 1)} s`);

    // What the campaign produced: every procedure once, its pages, its verdict.
    const report = JSON.parse(readFileSync(join(dir, 'report', 'rgaa-audit.json'), 'utf8'));
    const procs = report.procedures;
    const pages = procs.flatMap((p) => p.pages);
    const verdicts = { Oui: 0, Partiel: 0, Non: 0, 'À venir': 0, none: 0 };
    for (const p of procs) verdicts[p.verdict?.value ?? 'none'] = (verdicts[p.verdict?.value ?? 'none'] ?? 0) + 1;
    const lines = files.map((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).length);
    const perProcedureFiles = readdirSync(join(dir, 'report', 'procedures')).length;

    // The reference, on the same server, as many pages at once as all the shards together.
    const refUrls = srv.urls.slice(0, Math.min(o.refPages, n));
    const ref = await measured(() => runReference(refUrls, { concurrency: perShard * shards }), true);
    const refErrors = ref.out.filter((r) => r.error).length;
    log(`reference: ${refUrls.length} pages in ${f(ref.wall, 1)} s`);
    const loadAfter = loadavg();
    return {
      load: { before: loadBefore, after: loadAfter },
      pages: n,
      shards,
      perShard,
      exits: run.out.map((r) => r.code),
      wall: run.wall,
      pps: n / run.wall,
      cpuPerPage: run.cpu / n,
      peakRss: run.peakRss,
      peakPss: run.peakPss,
      peakProcs: run.peakProcs,
      peakByType: run.peakByType,
      peakAt: run.peakAt,
      foreign: run.foreignCores,
      merge: { wall: merge.wall, code: merge.out.code, peakRss: merge.peakRss },
      procedures: procs.length,
      distinct: new Set(procs.map((p) => p.id)).size,
      lines,
      pageErrors: pages.filter((p) => p.error).length,
      failed: procs.filter((p) => p.error).length,
      verdicts,
      perProcedureFiles,
      reference: { pages: refUrls.length, wall: ref.wall, pps: refUrls.length / ref.wall, cpuPerPage: ref.cpu / refUrls.length, peakRss: ref.peakRss, errors: refErrors, foreign: ref.foreignCores },
    };
  } finally {
    await srv.close();
    if (!o.keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** `target`: issue 18's bounds for 250 × 5 at 100 ms (bench/run.mjs, BATCH_TARGET). */
export function campaignMarkdown(o, r, m, target) {
  const L = [];
  L.push(`- machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}, axe-core ${m.axe}, Playwright ${m.playwright}; rgaa-audit at ${m.commit}`);
  L.push(
    `- ${o.procedures} procedures × ${o.chunk} pages = ${r.pages} pages (the observatory's CSV, URL_Demarche holding each procedure's ${o.chunk} pages, \`--no-sample\`), ${o.latency} ms latency per request; \`rgaa-audit batch --shard i/${r.shards}\` as ${r.shards} processes at once on this one machine (${o.tabs ? `\`--concurrency ${o.tabs}\`` : 'default concurrency'}: ${r.perShard} pages each), then \`rgaa-audit merge\`; memory and CPU of the CLI processes and their browsers (not of the bench process serving the pages; the reference, run inside it, counts it whole). Other work on the machine meanwhile: **${f(r.foreign)} cores** on average; load averages (1, 5, 15 min, as \`uptime\` prints them) ${r.load.before.map((x) => f(x)).join(', ')} at the start, ${r.load.after.map((x) => f(x)).join(', ')} at the end (the load average counts the campaign's own processes: "other work" is what ran outside them).`,
  );
  L.push('');
  L.push('| | pages | wall | pages/s | CPU s/page | peak RSS (whole tree) | peak PSS |');
  L.push('|---|---:|---:|---:|---:|---:|---:|');
  L.push(`| campaign (${r.shards} shards at once) | ${r.pages} | ${f(r.wall / 60, 1)} min (${f(r.wall, 0)} s) | ${f(r.pps)} | ${f(r.cpuPerPage)} | ${MB(r.peakRss)} | ${MB(r.peakPss)} |`);
  L.push(`| reference (raw axe, ${r.perShard * r.shards} pages at once) | ${r.reference.pages} | ${f(r.reference.wall, 0)} s | ${f(r.reference.pps)} | ${f(r.reference.cpuPerPage)} | ${MB(r.reference.peakRss)} | |`);
  L.push(`| **ratio campaign / reference** | | | **${f(r.pps / r.reference.pps)}** | **${f(r.cpuPerPage / r.reference.cpuPerPage)}** | **${f(r.peakRss / r.reference.peakRss)}** | |`);
  L.push('');
  L.push(`Peak RSS of the tree ${atPeak(r)}.`);
  L.push('');
  L.push(
    `Merge of the ${r.shards} results files: ${f(r.merge.wall, 1)} s (exit ${r.merge.code}), peak RSS ${MB(r.merge.peakRss)}. Shards exit ${r.exits.join(', ')}; results lines per shard ${r.lines.join(' + ')} = ${r.lines.reduce((a, b) => a + b, 0)}; merged report: ${r.procedures} procedures (${r.distinct} distinct), ${r.perProcedureFiles} per-procedure files, ${r.pageErrors} pages in error, ${r.failed} procedures not audited; verdicts Oui ${r.verdicts.Oui}, Partiel ${r.verdicts.Partiel}, Non ${r.verdicts.Non}, À venir ${r.verdicts['À venir']}, none ${r.verdicts.none}. Reference: ${r.reference.errors} pages in error, other work ${f(r.reference.foreign)} cores.`,
  );
  // Issue 18's targets, for the campaign it names: 250 × 5 at 100 ms on this machine's cores.
  if (target && o.procedures === 250 && o.chunk === 5 && o.latency === 100) {
    const gib = r.peakRss / 2 ** 30;
    const seconds = target.minutes * 60;
    L.push('');
    L.push(`Targets (issue 18: 250 × 5 at 100 ms, default settings, every check on, on ${m.cores} cores): wall ≤ ${target.minutes} min (${seconds} s): **${f(r.wall, 0)} s, ${r.wall <= seconds ? 'met' : 'not met'}**; peak RSS of the whole process tree ≤ ${target.gib} GiB: **${f(gib, 2)} GiB, ${gib <= target.gib ? 'met' : 'not met'}**.`);
  }
  return L.join('\n');
}
