// Where the keyboard walk's time goes: wall time of each probe call (walkSetup: the style snapshot;
// walkRead: the log and the focus sweep; reflow and listener probes too) and of the Tab presses,
// one AuditSession at concurrency 1 on N generated pages after a warm-up page.
//   node bench/experiments/walk-split.mjs [pages=15]
import { servePages } from '../server.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';

const n = Number(process.argv[2] ?? 15);
const srv = await servePages(n + 1);
const session = new AuditSession({ ...defaultAuditOptions(), concurrency: 1 });
await session.start();
await session.gather(srv.urls[n]);
const b = session['browser'] ?? session['pool']?.['browser'];
const ctx0 = await b.newContext();
const pg0 = await ctx0.newPage();
const pp = Object.getPrototypeOf(pg0);
const cdp0 = await ctx0.newCDPSession(pg0);
const cp = Object.getPrototypeOf(cdp0);
await ctx0.close();
const acc = {};
const add = (k, ms) => { acc[k] = (acc[k] ?? 0) + ms; };
const ev = pp.evaluate;
pp.evaluate = async function (expr, ...rest) {
  const t = performance.now();
  try { return await ev.call(this, expr, ...rest); } finally {
    const s = typeof expr === 'string' ? expr : String(expr);
    const m = s.match(/probes\[\\?"(\w+)\\?"\]/) ?? (s.includes('auditJson') ? [0, 'auditJson'] : [0, s.length > 200 ? 'other(long)' : 'other: ' + s.slice(0, 50)]);
    add(m[1], performance.now() - t);
  }
};
const send = cp.send;
let burst = null;
cp.send = async function (method, params, ...rest) {
  const t = performance.now();
  if (method === 'Input.dispatchKeyEvent' && burst === null) burst = t;
  try { return await send.call(this, method, params, ...rest); } finally {
    if (method === 'Input.dispatchKeyEvent') {
      if (params?.type === 'keyUp') { add('Tab presses (burst)', performance.now() - burst); burst = null; }
    } else add('cdp ' + method, performance.now() - t);
  }
};
for (const m of ['setViewportSize', 'goto', 'screenshot']) {
  const f = pp[m];
  pp[m] = async function (...a) { const t = performance.now(); try { return await f.apply(this, a); } finally { add('page.' + m, performance.now() - t); } };
}
for (const k of Object.keys(acc)) delete acc[k];
for (let i = 0; i < n; i++) {
  const g = await session.gather(srv.urls[i]);
  if (g.error) throw new Error(g.error);
  for (const [k, v] of Object.entries(g.raw?.timings ?? {})) add('in page: ' + k, v);
}
console.log(`${n} pages, wall ms a page by call (cdp sends overlap when pipelined)`);
for (const [k, v] of Object.entries(acc).sort((a, b) => b[1] - a[1])) console.log(`${(v / n).toFixed(1).padStart(8)}  ${k}`);
await session.close?.();
srv.close?.();
process.exit(0);
