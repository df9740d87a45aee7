// How to get axe-core (~650 KB) into each page: cost of the injection step and of the axe.run that follows,
// one page at a time (wall ≈ CPU of the renderer), variants interleaved page by page.
//   node bench/experiments/inject.mjs [pagesPerVariant=8]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { AXE_SOURCE, rgaaRuleIds, launchArgs } from '../reference.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { TreeSampler } from '../proctree.mjs';

const K = Number(process.argv[2] ?? 8);
const srv = await servePages(K * 8, { extra: new Map([['/__axe.js', { type: 'text/javascript', body: AXE_SOURCE }]]) });
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const ids = rgaaRuleIds();
const run = (page) => page.evaluate(async (ids) => { const r = await axe.run(document, { runOnly: { type: 'rule', values: ids }, resultTypes: ['violations', 'incomplete'] }); return r.violations.length; }, ids);

const variants = {
  // What both the reference and rgaa-audit do today (rgaa-audit after a first evaluate for settle).
  'page.evaluate(src)': { inject: (page) => page.evaluate(AXE_SOURCE) },
  'evaluate("1") then page.evaluate(src)': { pre: (page) => page.evaluate('1'), inject: (page) => page.evaluate(AXE_SOURCE) },
  'CDP Runtime.evaluate(src)': {
    inject: async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Runtime.evaluate', { expression: AXE_SOURCE });
      await cdp.detach();
    },
  },
  'addScriptTag({content})': { inject: (page) => page.addScriptTag({ content: AXE_SOURCE }) },
  'addScriptTag({url}) same server': { inject: (page) => page.addScriptTag({ url: '/__axe.js' }) },
  'route-served <script src>': {
    setup: (ctx) => ctx.route('**/__rgaa_axe.js', (r) => r.fulfill({ status: 200, contentType: 'text/javascript', body: AXE_SOURCE })),
    inject: (page) => page.addScriptTag({ url: '/__rgaa_axe.js' }),
  },
  'context.addInitScript(src) (cost lands in goto)': { setup: (ctx) => ctx.addInitScript(AXE_SOURCE), inject: async () => {} },
};

const names = Object.keys(variants);
const acc = Object.fromEntries(names.map((n) => [n, { pre: [], goto: [], inject: [], run: [], total: [], cpu: [] }]));
let u = 0;
for (let k = 0; k < K; k++) {
  for (const name of names) {
    const v = variants[name];
    const url = srv.urls[u++];
    const s = new TreeSampler({ interval: 50, pssEvery: 0 }).start();
    const t0 = performance.now();
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    if (v.setup) await v.setup(ctx);
    const page = await ctx.newPage();
    const t1 = performance.now();
    await page.goto(url, { waitUntil: 'load' });
    const t2 = performance.now();
    if (v.pre) await v.pre(page);
    const t3 = performance.now();
    await v.inject(page);
    const t4 = performance.now();
    await run(page);
    const t5 = performance.now();
    await ctx.close();
    const st = s.stop();
    const a = acc[name];
    a.goto.push(t2 - t1); a.pre.push(t3 - t2); a.inject.push(t4 - t3); a.run.push(t5 - t4); a.total.push(t5 - t0); a.cpu.push(st.cpuSampled);
  }
}
await browser.close();
await srv.close();
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`| variant (${K} pages each, sequential) | goto ms | pre ms | inject ms | axe.run ms | page total ms | CPU s/page |`);
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const n of names) {
  const a = acc[n];
  console.log(`| ${n} | ${med(a.goto).toFixed(0)} | ${med(a.pre).toFixed(0)} | ${med(a.inject).toFixed(0)} | ${med(a.run).toFixed(0)} | ${med(a.total).toFixed(0)} | ${med(a.cpu).toFixed(2)} |`);
}
