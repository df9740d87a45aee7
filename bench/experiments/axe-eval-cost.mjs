// Why does injecting axe-core take ~300 ms in a fresh page? Split it, inside the page:
// compile only (new Function), run the compiled source, and an indirect eval, on blank pages and
// on a generated page, in a fresh context each time; plus the same in a page that already ran axe once
// (V8's in-isolate compilation cache warm).
//   node bench/experiments/axe-eval-cost.mjs [reps=5] [--js-flags=…]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { AXE_SOURCE, launchArgs } from '../reference.mjs';
import { findBrowser } from '../../dist/gather/browser.js';

const reps = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 5);
const extra = process.argv.slice(2).filter((a) => a.startsWith('--'));
const srv = await servePages(reps);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: [...launchArgs(), ...extra] });
const inPage = (src) => {
  const t0 = performance.now();
  const f = new Function(src);
  const t1 = performance.now();
  f.call(window);
  const t2 = performance.now();
  return { compile: t1 - t0, exec: t2 - t1 };
};
const rows = [];
for (let i = 0; i < reps; i++) {
  for (const where of ['about:blank', srv.urls[i]]) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    if (where !== 'about:blank') await page.goto(where, { waitUntil: 'load' });
    await page.evaluate('1');
    const t0 = performance.now();
    const first = await page.evaluate(inPage, AXE_SOURCE);
    const t1 = performance.now();
    const second = await page.evaluate(inPage, AXE_SOURCE + '\n');
    const again = await page.evaluate(inPage, AXE_SOURCE);
    rows.push({ where: where === 'about:blank' ? 'blank' : 'page', wall: t1 - t0, ...first, second: second.compile + second.exec, cached: again.compile + again.exec });
    await ctx.close();
  }
}
await browser.close();
await srv.close();
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`flags: ${extra.join(' ') || '-'}`);
console.log('| where | evaluate wall ms (incl. CDP transfer) | compile ms | top-level exec ms | 2nd, new source ms | 3rd, same source (cache) ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const w of ['blank', 'page']) {
  const r = rows.filter((x) => x.where === w);
  console.log(`| ${w} | ${med(r.map((x) => x.wall)).toFixed(0)} | ${med(r.map((x) => x.compile)).toFixed(0)} | ${med(r.map((x) => x.exec)).toFixed(0)} | ${med(r.map((x) => x.second)).toFixed(0)} | ${med(r.map((x) => x.cached)).toFixed(0)} |`);
}
