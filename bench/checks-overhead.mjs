#!/usr/bin/env node
/**
 * Issue 3's speed target: the demo audit per page with all our checks against the same tool with
 * axe-core only (the base before the checks: axe rules, NA scope selectors and judge facts; every
 * check of our own and every `check:` scope removed from the rules, no interactive check).
 *
 *   npm run bench:checks -- [--rounds 8] [--concurrency 1] [--write]
 *
 * The demo site (fixtures/demo, 3 pages) is served on 127.0.0.1; both variants keep one
 * AuditSession (one browser) each, open at the same time, and audit the 3 pages in turn, order
 * flipped every round (other work on the machine hits both alike). Per round and variant: wall ms
 * per page (pages in sequence at concurrency 1) and CPU ms per page of the variant's process tree
 * (its browser + the share of Node during its turn). Medians over rounds; ratio = all / axe only.
 */
import { AuditSession, defaultAuditOptions } from '../dist/audit.js';
import { defaultRules } from '../dist/model/rules.js';
import { serveStatic } from '../dist/serve.js';
import { fileURLToPath } from 'node:url';
import { SplitSampler, childPids, waitQuiet } from './proctree.mjs';
import { machine, writeResultsSection, RESULTS } from './results.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, mkdirSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const rounds = opt('rounds', 8);
const concurrency = opt('concurrency', 1);
const write = args.includes('--write');
const beforeRef = args.includes('--no-before') ? null : (args[args.indexOf('--before') + 1] && args.includes('--before') ? args[args.indexOf('--before') + 1] : '2a498cb');

/** Build the tool as it was at `ref` (once) and load its AuditSession. */
async function toolAt(ref) {
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const dir = fileURLToPath(new URL(`./out/before-${ref}`, import.meta.url));
  if (!existsSync(`${dir}/dist/audit.js`)) {
    mkdirSync(fileURLToPath(new URL('./out', import.meta.url)), { recursive: true });
    if (!existsSync(dir)) execFileSync('git', ['-C', repo, 'worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' });
    if (!existsSync(`${dir}/node_modules`)) symlinkSync(`${repo}node_modules`, `${dir}/node_modules`);
    execFileSync(`${repo}node_modules/.bin/tsc`, ['-p', `${dir}/tsconfig.json`], { stdio: 'inherit' });
  }
  return import(`${dir}/dist/audit.js`);
}
const log = (...a) => console.error(`[checks-overhead ${new Date().toISOString().slice(11, 19)}]`, ...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The rules as they were before our checks: axe rules and selector scopes only. */
export function axeOnlyRules(rules) {
  const strip = (s) => (s && s.startsWith('check:') ? undefined : s);
  const criteria = rules.criteria.map((c) => ({ ...c, applies: strip(c.applies), tests: c.tests.map((t) => ({ ...t, checks: [], applies: strip(t.applies) })) }));
  const byId = new Map(criteria.map((c) => [c.id, c]));
  return { ...rules, criteria, themes: rules.themes.map((t) => ({ ...t, criteria: t.criteria.map((c) => byId.get(c.id)) })) };
}

const root = fileURLToPath(new URL('../fixtures/demo', import.meta.url));
const server = await serveStatic(root);
const urls = ['/', '/demarche', '/accessibilite'].map((p) => server.url + p);
const base = { ...defaultAuditOptions(), concurrency };
const variants = [];
if (beforeRef) {
  const old = await toolAt(beforeRef);
  variants.push({ name: `the tool before our checks (${beforeRef})`, session: new old.AuditSession({ ...old.defaultAuditOptions(), concurrency }) });
}
variants.push(
  { name: 'axe-core only (rules without our checks)', session: new AuditSession({ ...base, interactive: false }, axeOnlyRules(defaultRules())) },
  { name: 'all checks (in-page, interactive, cross-page)', session: new AuditSession(base) },
);
for (const v of variants) {
  const before = childPids('--remote-debugging-pipe');
  await v.session.start();
  v.root = [...childPids('--remote-debugging-pipe')].find((p) => !before.has(p));
  v.wall = [];
  v.cpu = [];
  // Warm-up (first pages of a browser are slower): not measured.
  await v.session.auditProcedure({ id: 'warm', name: 'warm', urls });
}
const ncAll = (r) => Object.values(r.report.criteria).filter((c) => c.status === 'NC').length;
await waitQuiet({ maxCores: 0.3, maxWait: 30_000 });
const sp = new SplitSampler(Object.fromEntries(variants.map((v, i) => [String(i), v.root])), { pssEvery: 0, fromNow: true }).start();
for (let r = 0; r < rounds; r++) {
  const order = [...variants.keys()].map((k) => (k + r) % variants.length);
  for (const i of order) {
    const v = variants[i];
    const t0 = performance.now();
    let res;
    await sp.turn(String(i), async () => {
      res = await v.session.auditProcedure({ id: `r${r}`, name: 'demo', urls });
    });
    const wall = (performance.now() - t0) / urls.length;
    v.wall.push(wall);
    if (res.report.pages.some((p) => p.error)) throw new Error(`${v.name}: ${res.report.pages.find((p) => p.error).error}`);
    v.nc = ncAll(res);
    log(`round ${r + 1} ${v.name}: ${wall.toFixed(0)} ms/page`);
  }
}
const m = sp.stop();
for (const [i, v] of variants.entries()) {
  v.cpuPerPage = (m[String(i)].cpu * 1000) / (rounds * urls.length);
  await v.session.close();
}
await server.close();

const all = variants.at(-1);
const wallAll = median(all.wall);
const lines = [
  `Demo procedure (fixtures/demo, ${urls.length} pages) served on 127.0.0.1, concurrency ${concurrency}, ${rounds} rounds, all sessions open, order rotated every round; medians; other work on the machine meanwhile ≈ ${m.foreignCores.toFixed(2)} cores.`,
  '',
  '| variant | wall ms / page | CPU ms / page (tree) | criteria NC on the demo | all checks / this (wall) | all checks / this (CPU) |',
  '|---|---:|---:|---:|---:|---:|',
  ...variants.map((v) => `| ${v.name} | ${median(v.wall).toFixed(0)} | ${v.cpuPerPage.toFixed(0)} | ${v.nc} | ${v === all ? '' : (wallAll / median(v.wall)).toFixed(2)} | ${v === all ? '' : (all.cpuPerPage / v.cpuPerPage).toFixed(2)} |`),
];
const table = lines.join('\n');
console.log(table);
const mm = machine();
const s0 = all.session;
const head = `- machine: ${mm.cpu}, ${mm.cores} cores, ${mm.memory}; Node ${mm.node}, Chromium ${s0.browserVersion ?? '?'} (${s0.found?.source}), axe-core ${mm.axe}, Playwright ${mm.playwright}; rgaa-audit at ${mm.commit}`;
if (write) {
  writeResultsSection(RESULTS, 'checks-overhead', 'Cost of our checks on the demo audit (issue 3)', `${head}\n\n${table}\n`);
  log(`wrote section checks-overhead in ${RESULTS}`);
}
