// rgaa-audit's one page.evaluate, taken apart on generated pages (one page at a time, fresh context):
//  - the whole evaluate as the tool does it, and the in-page total it reports (axe + checks);
//  - moving the script's text into the page only (an evaluate of (s) => s.length with it as argument);
//  - compiling it in the page (new Function) and running axe's top level (window.axe defined);
//  - the size of the result coming back.
//   node bench/experiments/evaluate-split.mjs [pages=6]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { baseArgs, toolScript, median } from './harness.mjs';
import { findBrowser } from '../../dist/gather/browser.js';

const n = Number(process.argv[2] ?? 6);
const t = toolScript();
const srv = await servePages(n);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: baseArgs() });
const rows = [];
for (const url of srv.urls) {
  const row = {};
  // The tool's evaluate, after load + the animation frame (as gatherPage).
  {
    const ctx = await browser.newContext({ viewport: t.options.viewport, locale: 'fr-FR' });
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    const t0 = performance.now();
    const raw = await page.evaluate(t.script);
    row.evaluate = performance.now() - t0;
    row.inPage = raw.timings.total;
    row.resultKB = JSON.stringify(raw).length / 1024;
    await ctx.close();
  }
  // The pieces, in another fresh page of the same URL.
  {
    const ctx = await browser.newContext({ viewport: t.options.viewport, locale: 'fr-FR' });
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    let t0 = performance.now();
    await page.evaluate((s) => s.length, t.script);
    row.argTransfer = performance.now() - t0;
    const inside = await page.evaluate(
      ({ axe, script }) => {
        const a = performance.now();
        new Function(script);
        const b = performance.now();
        const f = new Function(axe);
        const c = performance.now();
        f.call(window);
        const d = performance.now();
        return { compileAll: b - a, axeExec: d - c };
      },
      { axe: t.axe, script: t.script },
    );
    Object.assign(row, inside);
    await ctx.close();
  }
  rows.push(row);
}
await browser.close();
await srv.close();
const m = (k) => median(rows.map((r) => r[k])).toFixed(0);
console.log(`tool script ${(t.script.length / 1024).toFixed(0)} KB (axe ${(t.axe.length / 1024).toFixed(0)} KB), ${n} pages, medians`);
console.log('');
console.log('| part | ms |');
console.log('|---|---:|');
console.log(`| page.evaluate(script) as the tool does | ${m('evaluate')} |`);
console.log(`|   in-page work reported (axe.run + checks + facts) | ${m('inPage')} |`);
console.log(`|   rest: transfer in + compile + axe top level + result back | ${(median(rows.map((r) => r.evaluate - r.inPage))).toFixed(0)} |`);
console.log(`| script text into the page only (argument of a trivial evaluate) | ${m('argTransfer')} |`);
console.log(`| compile the whole script in the page (new Function) | ${m('compileAll')} |`);
console.log(`| run axe's top level (define window.axe) | ${m('axeExec')} |`);
console.log(`| result size | ${median(rows.map((r) => r.resultKB)).toFixed(1)} KB |`);
