// CPU burnt by pages that are open but idle (compositor frames, timers), per second of wall time:
// the part of the CPU cost that grows with the time a page stays open (settle wait, waiting for a
// core under load). Browser with 0 pages, then K idle pages for `secs` seconds, with optional flags.
//   node bench/experiments/idle.mjs [K=2] [secs=10] [--flag …]
import { chromium } from 'playwright';
import { servePages } from '../server.mjs';
import { baseArgs } from './harness.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { descendants } from '../proctree.mjs';

const [K = 2, secs = 10] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
const extra = process.argv.slice(2).filter((a) => a.startsWith('--'));
const srv = await servePages(K);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: [...baseArgs(), ...extra] });
const treeCpu = () => { let n = 0; for (const st of descendants().values()) n += st.utime + st.stime; return n; };
const window = async () => {
  const c0 = treeCpu(); const n0 = process.cpuUsage();
  await new Promise((r) => setTimeout(r, secs * 1000));
  const n = process.cpuUsage(n0);
  return { browser: (treeCpu() - c0) / secs, node: (n.user + n.system) / 1e6 / secs };
};
const none = await window();
const pages = [];
for (const url of srv.urls) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load' });
  pages.push(page);
}
await new Promise((r) => setTimeout(r, 1000));
const open = await window();
await browser.close();
await srv.close();
console.log(`flags: ${extra.join(' ') || '-'}`);
console.log(`no page open: browser tree ${(none.browser * 1000).toFixed(0)} ms CPU/s, node ${(none.node * 1000).toFixed(0)} ms CPU/s`);
console.log(`${K} idle pages: browser tree ${(open.browser * 1000).toFixed(0)} ms CPU/s, node ${(open.node * 1000).toFixed(0)} ms CPU/s → ${(((open.browser + open.node - none.browser - none.node) / K) * 1000).toFixed(0)} ms CPU per second per idle page`);
