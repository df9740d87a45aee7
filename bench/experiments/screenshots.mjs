// What a screenshot of a failing element costs, by step and format: 10 elements spread over a
// generated page (scroll + measure in one evaluation, then one capture), renderer + browser CPU.
//   node bench/experiments/screenshots.mjs [rounds=5]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { launchArgs } from '../reference.mjs';
import { findBrowser } from '../../dist/gather/browser.js';

const rounds = Number(process.argv[2] ?? 5);
const srv = await servePages(10);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
const place = (el) => {
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return null;
  const left = Math.max(0, r.left - 4), top = Math.max(0, r.top - 4);
  const right = Math.min(document.documentElement.clientWidth, r.right + 4), bottom = Math.min(document.documentElement.clientHeight, r.bottom + 4);
  return { x: left + scrollX, y: top + scrollY, width: Math.min(800, right - left), height: Math.min(400, bottom - top) };
};
const VARIANTS = {
  'measure only': null,
  'measure only, one page.evaluate': 'evaluate',
  'measure only, no scroll': 'noscroll',
  png: { format: 'png' },
  'png optimizeForSpeed': { format: 'png', optimizeForSpeed: true },
  'jpeg 80': { format: 'jpeg', quality: 80 },
  'webp 80': { format: 'webp', quality: 80 },
};
const res = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, { ms: [], bytes: [] }]));
for (let r = 0; r < rounds; r++) {
  for (const [name, opts] of Object.entries(VARIANTS)) {
    await page.goto(srv.urls[r % srv.urls.length], { waitUntil: 'load' });
    // 10 elements spread over the page: every n-th link, image or heading.
    const sels = await page.evaluate(() => {
      const els = Array.from(document.querySelectorAll('main a, main img, main h2, main input, footer a'));
      const step = Math.max(1, Math.floor(els.length / 10));
      return els.filter((_, i) => i % step === 0).slice(0, 10).map((el, i) => (el.setAttribute('data-shot', String(i)), `[data-shot="${i}"]`));
    });
    const t0 = performance.now();
    let bytes = 0;
    for (const s of sels) {
      const clip =
        opts === 'evaluate'
          ? await page.evaluate(`(${place})(document.querySelector(${JSON.stringify(s)}))`)
          : opts === 'noscroll'
            ? await page.locator(s).first().evaluate((el) => el.getBoundingClientRect().toJSON(), undefined, { timeout: 500 })
            : await page.locator(s).first().evaluate(place, undefined, { timeout: 500 });
      if (!clip || !opts || typeof opts === 'string') continue;
      const { data } = await cdp.send('Page.captureScreenshot', { ...opts, clip: { ...clip, scale: 1 }, captureBeyondViewport: false, fromSurface: true });
      bytes += data.length * 0.75;
    }
    res[name].ms.push(performance.now() - t0);
    res[name].bytes.push(bytes);
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log('| variant | ms for 10 elements (median) | bytes for 10 |\n|---|---:|---:|');
for (const [k, v] of Object.entries(res)) console.log(`| ${k} | ${Math.round(med(v.ms))} | ${Math.round(med(v.bytes) / 1024)} KB |`);
await browser.close();
await srv.close();
