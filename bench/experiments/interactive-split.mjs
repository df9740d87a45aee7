// What each interactive gatherer costs a page, every process counted: one AuditSession at
// concurrency 1 per variant (its own browser), N generated pages after a warm-up page, with every
// gatherer, without one of them (the others on), or with none (--no-interactive); CPU of every
// process (Node included) from /proc; variants alternated over rounds.
//   node bench/experiments/interactive-split.mjs [pages=15] [rounds=3]
import { servePages } from '../server.mjs';
import { sessionCpu } from '../proctree.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
import { GATHERERS } from '../../dist/gather/gatherers/index.js';

const n = Number(process.argv[2] ?? 15);
const rounds = Number(process.argv[3] ?? 3);
const interactive = GATHERERS.filter((g) => g.interactive).map((g) => g.name);
// A variant skips the gatherers it names: only those are marked interactive, and the session runs
// without the interactive ones.
const VARIANTS = { 'every gatherer': [], ...Object.fromEntries(interactive.map((name) => [`without ${name}`, [name]])), 'none (--no-interactive)': interactive };
const srv = await servePages(n + 1);
const acc = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, { cpu: {}, n: 0 }]));
for (let r = 0; r < rounds; r++) {
  for (const [name, skip] of Object.entries(VARIANTS)) {
    for (const g of GATHERERS) g.interactive = skip.includes(g.name);
    const cpu = await sessionCpu(() => new AuditSession({ ...defaultAuditOptions(), concurrency: 1, interactive: skip.length === 0 }), srv.urls[n], srv.urls.slice(0, n), (g) => {
      if (g.error) throw new Error(`${name}: ${g.error}`);
    });
    for (const [k, v] of Object.entries(cpu)) acc[name].cpu[k] = (acc[name].cpu[k] ?? 0) + v;
    acc[name].n += n;
  }
}
console.log(`${n} pages × ${rounds} rounds\n| variant | renderer | browser | gpu | Node | total (CPU ms a page) |\n|---|---:|---:|---:|---:|---:|`);
for (const [name, a] of Object.entries(acc)) {
  const f = (x) => (((x ?? 0) * 1000) / a.n).toFixed(0);
  const total = Object.values(a.cpu).reduce((s, x) => s + x, 0);
  console.log(`| ${name} | ${f(a.cpu.renderer)} | ${f(a.cpu.browser)} | ${f(a.cpu.gpu)} | ${f(a.cpu.node)} | ${f(total)} |`);
}
srv.close?.();
process.exit(0);
