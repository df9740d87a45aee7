// What a page costs its renderer by its place after the tab's last collection: one AuditSession
// at concurrency 1 on N generated pages (the pool collects every RGAA_AUDIT_GC_EVERY pages, 5 by
// default); renderer CPU of each page from /proc, medians by page position since the collection.
//   node bench/experiments/gc-position.mjs [pages=40]
import { readFileSync } from 'node:fs';
import { servePages } from '../server.mjs';
import { descendants } from '../proctree.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
import { CHROMIUM_FLAGS } from '../../dist/gather/browser.js';

// EXTRA_FLAGS='--js-flags=…': Chromium flags added to the tool's.
if (process.env.EXTRA_FLAGS) CHROMIUM_FLAGS.push(...process.env.EXTRA_FLAGS.split(' '));

const n = Number(process.argv[2] ?? 40);
const every = Number(process.env.RGAA_AUDIT_GC_EVERY ?? 5);
const srv = await servePages(n + 1);
const session = new AuditSession({ ...defaultAuditOptions(), concurrency: 1 });
await session.start();
const renderer = () => {
  let t = 0;
  for (const [pid, st] of descendants(process.pid)) {
    let cmd = '';
    try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1'); } catch { /* gone */ }
    if (/--type=renderer/.test(cmd)) t += st.utime + st.stime;
  }
  return t * 1000;
};
await session.gather(srv.urls[n]); // page 1 of the tab
const by = new Map();
for (let i = 0; i < n; i++) {
  const c0 = renderer();
  const g = await session.gather(srv.urls[i]);
  // The tab showed the first page above: this is its (i + 2)th; the collection runs as it goes
  // back to the pool after its 5th, 10th… page, inside that gather.
  const pos = every > 0 ? (i + 2) % every : 0;
  const list = by.get(pos) ?? [];
  list.push({ cpu: renderer() - c0, ...g.timings });
  by.set(pos, list);
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log(`collection every ${every} pages; renderer CPU ms of a page by its place (0 = the page whose release collects):`);
const steps = ['load', 'settle', 'evaluate', 'axe', 'checks', 'release'];
for (const [pos, list] of [...by].sort((a, b) => a[0] - b[0]))
  console.log(`  place ${pos}: median ${med(list.map((x) => x.cpu)).toFixed(0)} ms (${list.length} pages); wall ms: ${steps.map((k) => `${k} ${med(list.map((x) => x[k] ?? 0))}`).join(', ')}`);
await session.close();
process.exit(0);
