// What a collection between pages costs, by protocol method, in a reused tab running the tool's
// in-page audit (axe-core + our checks, no interactive gatherers):
//   the renderer CPU of the call itself, what it leaves (V8 heap, documents), and the renderer CPU
//   of the 5 pages after it (a method that purges compiled code would make them dearer).
//   node bench/experiments/gc-cost.mjs [rounds=4]     (JS_FLAGS='…': more V8 flags for the renderers)
import { chromium } from 'playwright';
import { readFileSync } from 'node:fs';
import { servePages } from '../server.mjs';
import { launchArgs } from '../reference.mjs';
import { descendants, readStat } from '../proctree.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';

const rounds = Number(process.argv[2] ?? 4);
const only = process.env.METHODS ? new RegExp(process.env.METHODS) : null;
const METHODS = {
  none: async () => undefined,
  'HeapProfiler.collectGarbage': (cdp) => cdp.send('HeapProfiler.collectGarbage'),
  'Memory.simulatePressureNotification critical': (cdp) => cdp.send('Memory.simulatePressureNotification', { level: 'critical' }),
  'Memory.simulatePressureNotification moderate': (cdp) => cdp.send('Memory.simulatePressureNotification', { level: 'moderate' }),
  // Were the notification to reach V8 as an interrupt, it would collect at the next script the
  // renderer runs: tried, and it does not (the heap is the same after it as with no call).
  'pressure critical, then a script': async (cdp) => {
    await cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
    await cdp.send('Runtime.evaluate', { expression: '0' });
  },
  'gc(), then pressure critical and a script': async (cdp) => {
    await cdp.send('Runtime.evaluate', { expression: '__rgaa_gc()' });
    await cdp.send('Memory.simulatePressureNotification', { level: 'critical' });
    await cdp.send('Runtime.evaluate', { expression: '0' });
  },
  'Memory.forciblyPurgeJavaScriptMemory': (cdp) => cdp.send('Memory.forciblyPurgeJavaScriptMemory'),
  // V8's own collection, exposed under a name of ours (--js-flags=--expose-gc-as): one major GC.
  'gc() exposed as __rgaa_gc, one major GC': (cdp) => cdp.send('Runtime.evaluate', { expression: '__rgaa_gc()' }),
  'gc() exposed as __rgaa_gc, twice': async (cdp) => {
    await cdp.send('Runtime.evaluate', { expression: '__rgaa_gc()' });
    await cdp.send('Runtime.evaluate', { expression: '__rgaa_gc()' });
  },
};
for (const m of Object.keys(METHODS)) if (only && m !== 'none' && !only.test(m)) delete METHODS[m];
const srv = await servePages(10);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: [...launchArgs(), `--js-flags=--expose-gc-as=__rgaa_gc ${process.env.JS_FLAGS ?? ''}`.trim()] });
const script = new AuditSession({ ...defaultAuditOptions(), interactive: false }).script;
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await ctx.addInitScript(script.init);
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);

/** CPU seconds (or, with 'rss', RSS bytes) summed over every renderer of the browser. */
function rendererSum(field = 'cpu') {
  let s = 0;
  for (const [pid] of descendants(process.pid)) {
    let cmd;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
    } catch {
      continue; // gone
    }
    const st = cmd.includes('--type=renderer') ? readStat(pid) : null;
    if (st) s += field === 'rss' ? st.rss : st.utime + st.stime;
  }
  return s;
}
const pages = async (n) => {
  const c0 = rendererSum();
  for (let i = 0; i < n; i++) {
    await page.goto(srv.urls[i % srv.urls.length], { waitUntil: 'load' });
    await page.evaluate(script.call); // a JSON string (InPageScript.json)
  }
  return (rendererSum() - c0) / n;
};
await pages(10); // warm up
const rows = Object.fromEntries(Object.keys(METHODS).map((m) => [m, { call: [], wall: [], heap: [], total: [], rss: [], docs: [], after: [] }]));
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(METHODS)) {
    await pages(5);
    const c0 = rendererSum();
    const t0 = performance.now();
    await fn(cdp);
    const wall = performance.now() - t0;
    // CPU the call started may run on after it answered (a concurrent marking): wait a little.
    await new Promise((res) => setTimeout(res, 300));
    const row = rows[name];
    row.call.push(rendererSum() - c0);
    row.wall.push(wall);
    const usage = await cdp.send('Runtime.getHeapUsage');
    row.heap.push(usage.usedSize / 1e6);
    row.total.push(usage.totalSize / 1e6);
    row.rss.push(rendererSum('rss') / 1e6);
    row.docs.push((await cdp.send('Memory.getDOMCounters')).documents);
    row.after.push(await pages(5));
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`| method | renderer CPU of the call, ms | call wall, ms | V8 heap after, used / total MB | renderer RSS after, MB | documents after | renderer CPU per page of the 5 after, ms |`);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, r] of Object.entries(rows)) {
  console.log(`| ${name} | ${Math.round(med(r.call) * 1000)} | ${Math.round(med(r.wall))} | ${med(r.heap).toFixed(1)} / ${med(r.total).toFixed(1)} | ${Math.round(med(r.rss))} | ${med(r.docs)} | ${Math.round(med(r.after) * 1000)} |`);
}
await browser.close();
await srv.close();
