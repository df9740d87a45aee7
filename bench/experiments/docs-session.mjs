// Documents alive (no GC) at each step of the tool's page audit: after evaluate (first hook), after the hooks, after release.
import { servePages } from '../server.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
const srv = await servePages(8);
if (process.env.SKIP) {
  const { GATHERERS } = await import('../../dist/gather/gatherers/index.js');
  for (const g of GATHERERS) if (process.env.SKIP.split(',').includes(g.name)) g.collect = async () => { throw new Error('skipped'); };
}
process.env.RGAA_AUDIT_GC_EVERY = '0';
const s = new AuditSession({ ...defaultAuditOptions(), concurrency: 1, interactive: process.argv[2] !== 'ni' });
const rows = [];
let cur;
s.hooks.unshift(async (page, raw, guard, cdp) => { cur = [(await cdp.send('Memory.getDOMCounters')).documents]; });
s.hooks.push(async (page, raw, guard, cdp) => { if (process.env.SLEEP) await new Promise((r) => setTimeout(r, Number(process.env.SLEEP))); cur.push((await cdp.send('Memory.getDOMCounters')).documents); });
await s.start();
if (process.env.NOCLEAN) s.pool.release = async (lease) => { lease.uses++; s.pool['idle'].push(lease); };
let cdp;
for (let i = 0; i < 8; i++) {
  const g = await s.gather(srv.urls[i]); if (i === 1) console.log(JSON.stringify(g.timings), Object.entries(g.raw.checks).filter(([, v]) => v.error).map(([k, v]) => k + ":" + v.error).join(" "));
  const lease = s.pool['idle'][0];
  cdp ??= await lease.context.newCDPSession(lease.page);
  cur.push((await cdp.send('Memory.getDOMCounters')).documents);
  rows.push(cur);
}
console.log(process.argv[2] ?? 'all', JSON.stringify(rows));
await s.close();
await srv.close();
