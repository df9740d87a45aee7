// Which step of a page's audit leaves documents behind (Memory.getDOMCounters, no GC)?
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { AXE_SOURCE, launchArgs } from '../reference.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
const mode = process.argv[2] ?? 'goto';
const srv = await servePages(8);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const { newContext } = await import('../../dist/gather/pool.js');
const ctx = process.env.CTX ? await newContext(browser, { viewport: { width: 1280, height: 800 }, block: [], ...JSON.parse(process.env.CTX) }) : await browser.newContext();
let script;
if (mode.startsWith('init') || mode === 'tool') {
  const { AuditSession, defaultAuditOptions } = await import('../../dist/audit.js');
  script = new AuditSession({ ...defaultAuditOptions(), interactive: false }).script;
  await ctx.addInitScript(script.init);
}
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
const docs = async () => (await cdp.send('Memory.getDOMCounters')).documents;
const out = [];
for (let i = 0; i < 8; i++) {
  await page.goto(srv.urls[i], { waitUntil: 'load' });
  if (process.env.SETTLE) { for (let k = 0; k < 6; k++) await page.waitForTimeout(50); await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))'); }
  const a = await docs();
  if (mode === 'tool') {
    const r = await page.evaluate(script.call); if (i === 0) console.log(typeof r, JSON.stringify(r).slice(0, 200));
    out.push([a, await docs()]);
  } else if (mode !== 'goto' && mode !== 'init') {
    await page.evaluate(AXE_SOURCE);
    const b = await docs();
    if (mode === 'rule') await page.evaluate((r) => window.axe.run(document, { runOnly: { type: 'rule', values: [r] } }).then(() => 0), process.argv[3]);
    else await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['RGAAv4'] }, resultTypes: ['violations'] }).then(() => 0));
    out.push([a, b, await docs()]);
  } else out.push([a]);
}
console.log(mode, process.argv[3] ?? '', JSON.stringify(out));
await browser.close();
await srv.close();
