// V8 flags against a page's CPU: one AuditSession at concurrency 1 per variant (its own browser,
// the flags added to the tool's), N generated pages after one warm-up page, CPU of every process
// (Node included) from /proc; variants alternated over rounds, sums over the rounds.
//   node bench/experiments/js-flags.mjs [pages=15] [rounds=3]
import { servePages } from '../server.mjs';
import { sessionCpu } from '../proctree.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
import { CHROMIUM_FLAGS } from '../../dist/gather/browser.js';

const n = Number(process.argv[2] ?? 15);
const rounds = Number(process.argv[3] ?? 3);
const VARIANTS = {
  'the tool as is': [],
  '--js-flags=--always-sparkplug': ['--js-flags=--always-sparkplug'],
  '--js-flags=--no-lazy-feedback-allocation': ['--js-flags=--no-lazy-feedback-allocation'],
  '--js-flags=--max-lazy': ['--js-flags=--max-lazy'],
};
const base = [...CHROMIUM_FLAGS];
const srv = await servePages(n + 1);
const acc = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, { cpu: {}, n: 0, audit: [] }]));
for (let r = 0; r < rounds; r++) {
  for (const [name, flags] of Object.entries(VARIANTS)) {
    CHROMIUM_FLAGS.splice(0, CHROMIUM_FLAGS.length, ...base, ...flags);
    const cpu = await sessionCpu(() => new AuditSession({ ...defaultAuditOptions(), concurrency: 1 }), srv.urls[n], srv.urls.slice(0, n), (g) => {
      if (g.error) throw new Error(`${name}: ${g.error}`);
      acc[name].audit.push(g.raw.timings.total);
    });
    for (const [k, v] of Object.entries(cpu)) acc[name].cpu[k] = (acc[name].cpu[k] ?? 0) + v;
    acc[name].n += n;
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`${n} pages × ${rounds} rounds\n| variant | in-page audit, median ms | renderer | browser | Node | total (CPU ms a page) |\n|---|---:|---:|---:|---:|---:|`);
for (const [name, a] of Object.entries(acc)) {
  const f = (x) => (((x ?? 0) * 1000) / a.n).toFixed(0);
  const total = Object.values(a.cpu).reduce((s, x) => s + x, 0);
  console.log(`| ${name} | ${med(a.audit)} | ${f(a.cpu.renderer)} | ${f(a.cpu.browser)} | ${f(a.cpu.node)} | ${f(total)} |`);
}
srv.close?.();
process.exit(0);
