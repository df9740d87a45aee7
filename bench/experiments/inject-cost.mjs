// How axe-core + our bundle get into each page, and what it costs every process (Node included):
// the same generated pages navigated in one tab, each followed by the entry point's first call
// (axe-core and the bundle evaluated, as on every audited page); blocks of 9 pages alternated.
//   node bench/experiments/inject-cost.mjs [blocks=5]
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { launchArgs } from '../reference.mjs';
import { descendants } from '../proctree.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';

const blocks = Number(process.argv[2] ?? 5);
const script = new AuditSession({ ...defaultAuditOptions() })['script'];
const define = script['define'];
const key = script['key'];
const srv = await servePages(10);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const types = new Map();
function cpu() {
  const out = { node: 0, renderer: 0, browser: 0, gpu: 0, other: 0 };
  const u = process.cpuUsage();
  out.node = (u.user + u.system) / 1e6;
  for (const [pid, st] of descendants(process.pid)) {
    let t = types.get(pid);
    if (!t) {
      let cmd = '';
      try { cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1'); } catch { /* gone */ }
      t = /--type=renderer/.test(cmd) ? 'renderer' : /--type=gpu/.test(cmd) ? 'gpu' : /--type=/.test(cmd) ? 'other' : 'browser';
      types.set(pid, t);
    }
    out[t] += st.utime + st.stime;
  }
  return out;
}
const ENTRY = `(typeof window[${key}] === 'function' ? (window[${key}](), 1) : 0)`;
const FULL = `(function () {\n  ${define}\n  entry();\n  return 2;\n})()`;
const ascii = (t) => t.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const variants = {
  "init script (today), entry called": async (ctx, page) => { await ctx.addInitScript(script.init); return async () => page.evaluate(ENTRY); },
  'init script, non-ASCII characters escaped (one-byte string)': async (ctx, page) => { await ctx.addInitScript(ascii(script.init)); return async () => page.evaluate(ENTRY); },
  'no init script, whole script evaluated after load': async (ctx, page) => async () => page.evaluate(FULL),
  'no init script, whole script by Runtime.evaluate': async (ctx, page) => { const cdp = await ctx.newCDPSession(page); return async () => (await cdp.send('Runtime.evaluate', { expression: FULL, returnByValue: true })).result.value; },
  'no script at all (navigation only)': async () => async () => 0,
};
const acc = Object.fromEntries(Object.keys(variants).map((k) => [k, { node: 0, renderer: 0, browser: 0, gpu: 0, other: 0, n: 0, got: new Set() }]));
for (let b = 0; b < blocks; b++) {
  for (const [name, setup] of Object.entries(variants)) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const after = await setup(ctx, page);
    await page.goto(srv.urls[0], { waitUntil: 'load' });
    acc[name].got.add(await after());
    const c0 = cpu();
    for (let i = 1; i < 10; i++) {
      await page.goto(srv.urls[i], { waitUntil: 'load' });
      acc[name].got.add(await after());
    }
    const c1 = cpu();
    for (const k of Object.keys(c0)) acc[name][k] += c1[k] - c0[k];
    acc[name].n += 9;
    await ctx.close();
  }
}
console.log('| variant | pages | Node | renderer | browser | gpu | other | total (CPU ms a page) | result |\n|---|---:|---:|---:|---:|---:|---:|---:|---|');
for (const [name, a] of Object.entries(acc)) {
  const f = (x) => ((x * 1000) / a.n).toFixed(0);
  console.log(`| ${name} | ${a.n} | ${f(a.node)} | ${f(a.renderer)} | ${f(a.browser)} | ${f(a.gpu)} | ${f(a.other)} | ${f(a.node + a.renderer + a.browser + a.gpu + a.other)} | ${[...a.got].join(',')} |`);
}
await browser.close();
process.exit(0);
