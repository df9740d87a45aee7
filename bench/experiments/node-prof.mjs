// The Node side of an audit session: N generated pages at concurrency C through AuditSession, as procedures of 5 pages (as the bench runs them), nothing
// else in the process (run under `node --cpu-prof` to see where the tool's own Node CPU goes).
//   node --cpu-prof --cpu-prof-dir=/tmp/p bench/experiments/node-prof.mjs [pages=50] [concurrency=3]
import { servePages } from '../server.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';

const n = Number(process.argv[2] ?? 50);
const conc = Number(process.argv[3] ?? 3);
const srv = await servePages(n + 3, { latency: 0 });
const session = new AuditSession({ ...defaultAuditOptions(), concurrency: conc });
await session.start();
await Promise.all(srv.urls.slice(n, n + 3).map((u) => session.gather(u)));
const c0 = process.cpuUsage();
const t0 = performance.now();
const procs = Array.from({ length: Math.ceil(n / 5) }, (_, i) => ({ id: `p${i}`, name: `p${i}`, urls: srv.urls.slice(i * 5, Math.min(n, i * 5 + 5)) }));
await Promise.all(procs.map((p) => session.auditProcedure(p)));
const c = process.cpuUsage(c0);
console.log(`${n} pages, ${((performance.now() - t0) / n).toFixed(0)} ms a page wall; Node CPU ${((c.user + c.system) / 1000 / n).toFixed(1)} ms a page`);
await session.close();
await srv.close();
