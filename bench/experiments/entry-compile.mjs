// What the entry point's first call costs in each page (axe-core and the bundle evaluated from the
// init script), measured inside the page, and every process's CPU a page: the init script as the
// tool sends it against variants that change only how V8 is asked to compile it.
//   node bench/experiments/entry-compile.mjs [blocks=4]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { launchArgs } from '../reference.mjs';
import { cpuByType } from '../proctree.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';

const blocks = Number(process.argv[2] ?? 4);
const script = new AuditSession({ ...defaultAuditOptions() })['script'];
const init = script.init;
const key = script['key'];
const srv = await servePages(12);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const ENTRY = `(() => { if (typeof window[${key}] !== 'function') return -1; const t = performance.now(); window[${key}](); return performance.now() - t; })()`;
const AUDIT = script.call;
const eager = init.replace('var entry = function () {', 'var entry = (function () {').replace('return api;\n  };\n  entry.site', 'return api;\n  });\n  entry.site');
if (eager === init) throw new Error('eager variant not built');
const variants = { 'as sent': init, 'entry compiled eagerly (parenthesised)': eager };
const acc = Object.fromEntries(Object.keys(variants).map((k) => [k, { inpage: [], cpu: { node: 0, renderer: 0, browser: 0, gpu: 0, other: 0 }, n: 0 }]));
for (let b = 0; b < blocks; b++) {
  for (const [name, src] of Object.entries(variants)) {
    const ctx = await browser.newContext();
    await ctx.addInitScript(src);
    const page = await ctx.newPage();
    await page.goto(srv.urls[0], { waitUntil: 'load' });
    await page.evaluate(ENTRY);
    const c0 = cpuByType();
    for (let i = 1; i < 12; i++) {
      await page.goto(srv.urls[i], { waitUntil: 'load' });
      acc[name].inpage.push(await page.evaluate(ENTRY));
      if (process.env.AUDIT) await page.evaluate(AUDIT);
    }
    const c1 = cpuByType();
    for (const k of Object.keys(c0)) acc[name].cpu[k] += c1[k] - c0[k];
    acc[name].n += 11;
    await ctx.close();
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
console.log('| variant | pages | first entry() in page, median ms | renderer | browser | total (CPU ms a page) |\n|---|---:|---:|---:|---:|---:|');
for (const [name, a] of Object.entries(acc)) {
  const f = (x) => ((x * 1000) / a.n).toFixed(0);
  const c = a.cpu;
  console.log(`| ${name} | ${a.n} | ${med(a.inpage).toFixed(1)} | ${f(c.renderer)} | ${f(c.browser)} | ${f(c.node + c.renderer + c.browser + c.gpu + c.other)} |`);
}
await browser.close();
process.exit(0);
