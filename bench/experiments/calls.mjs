// Where a page's renderer CPU goes, by call: one AuditSession at concurrency 1 on N generated
// pages; every protocol call of the tab's shared session and every page.evaluate is timed (wall)
// and charged the CPU the browser's processes spent during it (from /proc, 10 ms ticks, so a sum
// over many calls). Work between calls (navigation, settle) is charged to "between calls".
//   node bench/experiments/calls.mjs [pages=20] [latency=0]
import { servePages } from '../server.mjs';
import { cpuByType } from '../proctree.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';

const n = Number(process.argv[2] ?? 20);
const srv = await servePages(n + 2, { latency: Number(process.argv[3] ?? 0) });
const session = new AuditSession({ ...defaultAuditOptions(), concurrency: 1, ...(process.env.SHOTS ? { screenshots: Number(process.env.SHOTS) } : {}) });
await session.start();

const cpuTyped = () => cpuByType();
const acc = new Map();
let measuring = false;
let depth = 0;
let last = cpuTyped();
function charge(name, t0, c0) {
  const c1 = cpuTyped();
  const a = acc.get(name) ?? { n: 0, wall: 0, renderer: 0, browser: 0, gpu: 0 };
  a.n++; a.wall += performance.now() - t0;
  for (const k of ['renderer', 'browser', 'gpu']) a[k] += c1[k] - c0[k];
  acc.set(name, a);
  return c1;
}
async function timed(name, fn) {
  if (!measuring || depth > 0) return fn();
  depth++;
  // charge what happened since the last call to "between calls"
  const c0 = cpuTyped();
  const bt = acc.get('(between calls)') ?? { n: 0, wall: 0, renderer: 0, browser: 0, gpu: 0 };
  for (const k of ['renderer', 'browser', 'gpu']) bt[k] += c0[k] - last[k];
  acc.set('(between calls)', bt);
  const t0 = performance.now();
  try { return await fn(); } finally { last = charge(name, t0, c0); depth--; }
}
// A first page starts the browser and warms the pool (not measured).
await session.gather(srv.urls[n]);
let patched = false;
function patch(page, cdp) {
  if (patched) return; patched = true;
  const pp = Object.getPrototypeOf(page);
  const ev = pp.evaluate;
  pp.evaluate = function (fn, arg) { const label = typeof fn === 'string' ? (fn.match(/\.(auditJson)|probes\["(\w+)"\]/)?.slice(1).find(Boolean) ?? 'evaluate(string)') : 'evaluate(fn)'; return timed('page.evaluate ' + label, () => ev.call(this, fn, arg)); };
  for (const m of ['goto', 'screenshot', 'setViewportSize', 'waitForLoadState', 'waitForFunction']) {
    const o = pp[m]; if (o) pp[m] = function (...a) { return timed('page.' + m, () => o.apply(this, a)); };
  }
  const cp = Object.getPrototypeOf(cdp);
  const send = cp.send;
  cp.send = function (method, params) { return timed('cdp ' + method + (method === 'Runtime.evaluate' ? ' ' + String(params.expression).slice(0, 12) : ''), () => send.call(this, method, params)); };
  const kb = Object.getPrototypeOf(page.keyboard);
  for (const m of ['press', 'down', 'up']) { const o = kb[m]; kb[m] = function (...a) { return timed('keyboard.' + m, () => o.apply(this, a)); }; }
}
// find a page and a cdp session: open one through the browser
const b = session['browser'] ?? session['pool']?.['browser'];
const ctx = await b.newContext();
const pg = await ctx.newPage();
const cs = await ctx.newCDPSession(pg);
patch(pg, cs);
await ctx.close();
measuring = true;
const t0 = performance.now();
const c0 = cpuTyped();
last = c0;
for (let i = 0; i < n; i++) {
  const g = await session.gather(srv.urls[i]);
  if (g.error) console.error(srv.urls[i], g.error);
}
const c1 = cpuTyped();
measuring = false;
const total = (performance.now() - t0) / n;
console.log(`${n} pages, ${total.toFixed(0)} ms a page; CPU a page: renderer ${((c1.renderer - c0.renderer) * 1000 / n).toFixed(0)} browser ${((c1.browser - c0.browser) * 1000 / n).toFixed(0)} gpu ${((c1.gpu - c0.gpu) * 1000 / n).toFixed(0)} ms`);
const rows = [...acc].sort((a, b) => b[1].renderer - a[1].renderer);
console.log('call | calls/page | wall ms/page | renderer ms/page | browser ms/page | gpu ms/page');
for (const [k, a] of rows) console.log(`${k} | ${(a.n / n).toFixed(1)} | ${(a.wall / n).toFixed(0)} | ${(a.renderer * 1000 / n).toFixed(0)} | ${(a.browser * 1000 / n).toFixed(0)} | ${(a.gpu * 1000 / n).toFixed(0)}`);
await session.close();
await srv.close();
