// Node's own CPU for one Playwright call of each kind on a loaded generated page (raw Playwright,
// one tab), to see what a page's protocol traffic costs the tool's process, call by call.
//   node bench/experiments/call-cost.mjs [reps=200]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { launchArgs } from '../reference.mjs';

const reps = Number(process.argv[2] ?? 200);
const srv = await servePages(1);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(srv.urls[0]);
const cdp = await page.context().newCDPSession(page);
const kinds = {
  'cdp Runtime.evaluate 1 (awaited one by one)': async () => { await cdp.send('Runtime.evaluate', { expression: '1' }); },
  'cdp Input.dispatchKeyEvent rawKeyDown Shift (pipelined ×60)': async () => { await Promise.all(Array.from({ length: 60 }, () => cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16 }))); },
  'page.evaluate 1': async () => { await page.evaluate('1'); },
  'page.setViewportSize (320 then 1280)': async () => { await page.setViewportSize({ width: 320, height: 800 }); await page.setViewportSize({ width: 1280, height: 800 }); },
  'cdp Emulation.setDeviceMetricsOverride (320 then 1280)': async () => {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 800, deviceScaleFactor: 1, mobile: false });
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 800, deviceScaleFactor: 1, mobile: false });
  },
};
for (const [name, fn] of Object.entries(kinds)) {
  for (let i = 0; i < 5; i++) await fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const n = name.includes('×60') ? Math.ceil(reps / 10) : reps;
  for (let i = 0; i < n; i++) await fn();
  const c = process.cpuUsage(c0);
  const per = name.includes('×60') ? n * 60 : n;
  console.log(`${name}: Node ${((c.user + c.system) / 1000 / per).toFixed(3)} ms CPU, ${((performance.now() - t0) / per).toFixed(3)} ms wall a call`);
}
await browser.close();
await srv.close();
