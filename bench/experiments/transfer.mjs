// Cost of moving data across Playwright/CDP: a string argument of the size of axe-core (Node → page),
// and results of growing size (page → Node), in a live page. Wall ms, median of reps.
//   node bench/experiments/transfer.mjs [reps=7]
import { chromium } from 'playwright';
import { AXE_SOURCE, launchArgs } from '../reference.mjs';
import { findBrowser } from '../../dist/gather/browser.js';

const reps = Number(process.argv[2] ?? 7);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.evaluate('1');
const cdp = await ctx.newCDPSession(page);
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const time = async (fn) => { const xs = []; for (let i = 0; i < reps; i++) { const t = performance.now(); await fn(i); xs.push(performance.now() - t); } return med(xs); };
const ascii = 'x'.repeat(AXE_SOURCE.length);
const rows = [];
rows.push(['evaluate(() => 1)', await time(() => page.evaluate(() => 1))]);
rows.push([`arg: axe source as a string (${(AXE_SOURCE.length / 1024).toFixed(0)} KB), returns its length`, await time(() => page.evaluate((s) => s.length, AXE_SOURCE))]);
rows.push([`arg: same size, plain ASCII "xxx…"`, await time(() => page.evaluate((s) => s.length, ascii))]);
rows.push(['CDP Runtime.evaluate of a string literal of the axe source (JSON-quoted)', await time(() => cdp.send('Runtime.evaluate', { expression: JSON.stringify(AXE_SOURCE) + '.length' }))]);
rows.push(['CDP Runtime.evaluate of `void 0` + comment of the axe source size', await time(() => cdp.send('Runtime.evaluate', { expression: 'void 0 //' + ascii }))]);
rows.push(['CDP Runtime.evaluate(axe source) (compile + run)', await time((i) => cdp.send('Runtime.evaluate', { expression: AXE_SOURCE + '\n//' + i }))]);
rows.push(['page.evaluate(axe source) (compile + run)', await time((i) => page.evaluate(AXE_SOURCE + '\n//' + i))]);
for (const kb of [10, 100, 1000]) {
  rows.push([`result: ${kb} KB JSON-like object`, await time(() => page.evaluate((kb) => Array.from({ length: kb * 10 }, (_, i) => ({ selector: 'main > p:nth-of-type(' + i + ')', snippet: '<p class="x">' + 'é'.repeat(40) + '</p>' })), kb))]);
}
await browser.close();
console.log('| what | median wall ms |');
console.log('|---|---:|');
for (const [k, v] of rows) console.log(`| ${k} | ${v.toFixed(1)} |`);
