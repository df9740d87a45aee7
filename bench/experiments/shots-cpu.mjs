// What a screenshot capture costs each browser process, by way of taking it: 4 elements of a
// generated page, scrolled to the middle one at a time (the tool today) or not scrolled, clip or
// whole viewport; CPU per process from /proc, summed over rounds.
//   node bench/experiments/shots-cpu.mjs [rounds=10]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { launchArgs } from '../reference.mjs';
import { cpuByType } from '../proctree.mjs';
import { findBrowser } from '../../dist/gather/browser.js';

const rounds = Number(process.argv[2] ?? 10);
const srv = await servePages(10);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
const cpu = () => cpuByType();
const place = (sel, scroll) => {
  const el = document.querySelector(sel);
  if (scroll) el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  const left = Math.max(0, r.left - 4), top = Math.max(0, r.top - 4);
  const right = Math.min(document.documentElement.clientWidth, r.right + 4), bottom = Math.min(document.documentElement.clientHeight, r.bottom + 4);
  if (right - left < 1 || bottom - top < 1) return null;
  return { x: left + scrollX, y: top + scrollY, width: Math.min(800, right - left), height: Math.min(400, bottom - top) };
};
const VARIANTS = {
  'measure only (scroll)': { scroll: true, spread: true, shot: false },
  'scroll + clip capture (today)': { scroll: true, spread: true, shot: true },
  'first viewport, no scroll, clip capture': { scroll: false, spread: false, shot: true },
  'first viewport, no scroll, one whole-viewport capture': { scroll: false, spread: false, shot: 'viewport' },
  'scroll + clip capture, fromSurface false': { scroll: true, spread: true, shot: true, fromSurface: false },
  'scroll + clip capture as JPEG (quality 80)': { scroll: true, spread: true, shot: true, format: 'jpeg', quality: 80 },
  'scroll + clip capture as WebP (quality 80)': { scroll: true, spread: true, shot: true, format: 'webp', quality: 80 },
};
const acc = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, { renderer: 0, browser: 0, gpu: 0, wall: 0, n: 0, bytes: 0 }]));
for (let r = 0; r < rounds; r++) {
  for (const [name, v] of Object.entries(VARIANTS)) {
    await page.goto(srv.urls[r % srv.urls.length], { waitUntil: 'load' });
    const sels = await page.evaluate((spread) => {
      const els = Array.from(document.querySelectorAll('main a, main img, main h2, main input, footer a'));
      const pick = spread ? els.filter((_, i) => i % Math.max(1, Math.floor(els.length / 4)) === 0) : Array.from(document.querySelectorAll('body *')).filter((el) => { const b = el.getBoundingClientRect(); return !el.children.length && b.width > 10 && b.height > 10 && b.bottom < innerHeight; });
      return pick.slice(0, 4).map((el, i) => (el.setAttribute('data-shot', String(i)), `[data-shot="${i}"]`));
    }, v.spread);
    await new Promise((res) => setTimeout(res, 300));
    const a = acc[name];
    const c0 = cpu();
    const t0 = performance.now();
    if (v.shot === 'viewport') {
      for (const s of sels) await page.evaluate(`(${place})(${JSON.stringify(s)}, false)`);
      await cdp.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false, fromSurface: true });
    } else {
      for (const s of sels) {
        const clip = await page.evaluate(`(${place})(${JSON.stringify(s)}, ${v.scroll})`);
        if (!clip || !v.shot) continue;
        const { data } = await cdp.send('Page.captureScreenshot', { format: v.format ?? 'png', ...(v.quality ? { quality: v.quality } : {}), clip: { ...clip, scale: 1 }, captureBeyondViewport: false, fromSurface: v.fromSurface ?? true });
        a.bytes += data.length;
      }
    }
    const c1 = cpu();
    a.wall += performance.now() - t0; a.n += sels.length;
    for (const k of ['renderer', 'browser', 'gpu']) a[k] += c1[k] - c0[k];
  }
}
console.log('| variant | elements | wall ms/element | renderer | browser | gpu (CPU ms/element) | base64 KB/element |\n|---|---:|---:|---:|---:|---:|---:|');
for (const [name, a] of Object.entries(acc)) {
  const f = (x) => (x / a.n).toFixed(1);
  console.log(`| ${name} | ${a.n} | ${f(a.wall)} | ${f(a.renderer * 1000)} | ${f(a.browser * 1000)} | ${f(a.gpu * 1000)} | ${f(a.bytes / 1024)} |`);
}
await browser.close();
srv.close?.();
process.exit(0);
