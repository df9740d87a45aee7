// Per-step wall time of the plain reference flow on a few pages, one at a time (no concurrency).
import { servePages } from '../server.mjs';
import { AXE_SOURCE, rgaaRuleIds, launchArgs } from '../reference.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { chromium } from 'playwright';
const srv = await servePages(6);
const b = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const ids = rgaaRuleIds();
for (const url of srv.urls) {
  const t = [performance.now()];
  const ctx = await b.newContext({ viewport: { width: 1280, height: 800 } }); t.push(performance.now());
  const page = await ctx.newPage(); t.push(performance.now());
  await page.goto(url, { waitUntil: 'load' }); t.push(performance.now());
  await page.evaluate(AXE_SOURCE); t.push(performance.now());
  const inner = await page.evaluate(async (ids) => { const t0 = performance.now(); await axe.run(document, { runOnly: { type: 'rule', values: ids }, resultTypes: ['violations', 'incomplete'] }); return performance.now() - t0; }, ids); t.push(performance.now());
  await ctx.close(); t.push(performance.now());
  const d = t.slice(1).map((x, i) => Math.round(x - t[i]));
  console.log('ctx', d[0], 'page', d[1], 'goto', d[2], 'inject', d[3], 'run', d[4], '(in-page', Math.round(inner), ') close', d[5]);
}
await b.close(); await srv.close();
