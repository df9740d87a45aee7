// How axe-core + our bundle get into each page, and what it costs every process (Node included):
// the same generated pages navigated in one tab, each followed by the entry point's first call
// (axe-core and the bundle evaluated, as on every audited page); blocks of 9 pages alternated.
//   node bench/experiments/inject-cost.mjs [blocks=5]   (VARIANTS=regexp: only those; EXTRA_ARGS: more browser flags)
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { launchArgs } from '../reference.mjs';
import { cpuByType } from '../proctree.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';

const blocks = Number(process.argv[2] ?? 5);
const only = process.env.VARIANTS ? new RegExp(process.env.VARIANTS) : null;
const script = new AuditSession({ ...defaultAuditOptions() })['script'];
const define = script['define'];
const key = script['key'];
const srv = await servePages(10);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: [...launchArgs(), ...(process.env.EXTRA_ARGS ? process.env.EXTRA_ARGS.split(' ') : [])] });
const cpu = () => cpuByType();
const ENTRY = `(typeof window[${key}] === 'function' ? (window[${key}](), 1) : 0)`;
const FULL = `(function () {\n  ${define}\n  entry();\n  return 2;\n})()`;
// The script as it went before 6fd02a4: its non-ASCII characters as themselves (a two-byte string;
// line separators stay escaped, which a literal cannot hold).
const twoByte = (t) => t.replace(/\\u([0-9a-f]{4})/g, (m, h) => (parseInt(h, 16) > 0x7f && !/^202[89]$/.test(h) ? String.fromCharCode(parseInt(h, 16)) : m));
const variants = {
  'init script as two-byte text (its non-ASCII characters as such, before 6fd02a4)': async (ctx, page) => { await ctx.addInitScript(twoByte(script.init)); return async () => page.evaluate(ENTRY); },
  'init script as the tool sends it (one-byte text)': async (ctx, page) => { await ctx.addInitScript(script.init); return async () => page.evaluate(ENTRY); },
  'init script as the tool sends it, never called (what carrying it costs)': async (ctx, page) => { await ctx.addInitScript(script.init); return async () => page.evaluate('0'); },
  'init script of the same length that does nothing (a string literal)': async (ctx, page) => { await ctx.addInitScript(`(function () { return; ${JSON.stringify(script.init)}; })()`); return async () => page.evaluate('0'); },
  'no init script, whole script evaluated after load': async (ctx, page) => async () => page.evaluate(FULL),
  'no init script, whole script by Runtime.evaluate': async (ctx, page) => { const cdp = await ctx.newCDPSession(page); return async () => (await cdp.send('Runtime.evaluate', { expression: FULL, returnByValue: true })).result.value; },
  'no script at all (navigation only)': async (ctx, page) => async () => page.evaluate('0'),
};
for (const k of Object.keys(variants)) if (only && !only.test(k)) delete variants[k];
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
