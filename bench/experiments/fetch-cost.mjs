// What the media block's fetch patterns cost the browser: the same generated pages navigated in
// one tab with and without `Fetch.enable` (the patterns the pool sets), blocks of 10 alternated;
// CPU of each browser process from /proc.
//   node bench/experiments/fetch-cost.mjs [blocks=6]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { launchArgs } from '../reference.mjs';
import { cpuByType } from '../proctree.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
const INIT = new AuditSession({ ...defaultAuditOptions() })['script'].init;
const SMALL = '(function () { window.__x = 1; })();';

const blocks = Number(process.argv[2] ?? 6);
const srv = await servePages(10);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const cpu = () => cpuByType();
const exts = ['mp4', 'webm', 'ogg', 'ogv', 'mp3', 'wav', 'm4a', 'aac', 'flac', 'mov', 'avi', 'mkv', 'm4v', 'oga', 'opus'];
const variants = { 'no fetch patterns': false, 'fetch patterns (the pool)': true, 'a small init script': 'small', "the tool's init script (axe-core + bundle)": 'init' };
const acc = Object.fromEntries(Object.keys(variants).map((k) => [k, { node: 0, renderer: 0, browser: 0, gpu: 0, other: 0, n: 0 }]));
for (let b = 0; b < blocks; b++) {
  for (const [name, on] of Object.entries(variants)) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    if (on === 'small' || on === 'init') await ctx.addInitScript(on === 'small' ? SMALL : INIT);
    if (on === true) {
      cdp.on('Fetch.requestPaused', (e) => cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'BlockedByClient' }).catch(() => {}));
      await cdp.send('Fetch.enable', { patterns: exts.flatMap((x) => [`*.${x}*`, `*.${x.toUpperCase()}*`].map((urlPattern) => ({ urlPattern, requestStage: 'Request' }))) });
    }
    await page.goto(srv.urls[0], { waitUntil: 'load' });
    const c0 = cpu();
    for (let i = 1; i < 10; i++) await page.goto(srv.urls[i], { waitUntil: 'load' });
    const c1 = cpu();
    for (const k of Object.keys(c0)) acc[name][k] += c1[k] - c0[k];
    acc[name].n += 9;
    await ctx.close();
  }
}
console.log('| variant | navigations | renderer | browser | gpu | other (CPU ms a navigation) |\n|---|---:|---:|---:|---:|---:|');
for (const [name, a] of Object.entries(acc)) console.log(`| ${name} | ${a.n} | ${((a.renderer * 1000) / a.n).toFixed(0)} | ${((a.browser * 1000) / a.n).toFixed(0)} | ${((a.gpu * 1000) / a.n).toFixed(0)} | ${((a.other * 1000) / a.n).toFixed(0)} |`);
await browser.close();
process.exit(0);
