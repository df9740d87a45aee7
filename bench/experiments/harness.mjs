/**
 * Shared harness for the experiments: run several variants of "audit these URLs" on the same pages,
 * block-interleaved (all browsers open; block 1 by A, B, C; block 2 by B, C, A…) so that drift and
 * other work on the machine spread evenly; per variant: pages/s, CPU s/page of its own browser
 * subtree + Node during its turns, peak RSS; medians over rounds.
 *
 * A variant: { name, args?: extra Chromium flags, concurrency?, worker?(browser) → state,
 *              page(browser, url, state) → {error?}, done?(state) }.
 * `toolLike(...)` builds variants that replay rgaa-audit's gatherPage with one thing changed.
 */
import { chromium } from 'playwright';
import { findBrowser, CHROMIUM_FLAGS } from '../../dist/gather/browser.js';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
import { axeScript } from '../../dist/gather/inpage.js';
import { gatherPage } from '../../dist/gather/page.js';
import { PagePool, blockPattern } from '../../dist/gather/pool.js';

const pools = new WeakMap();
import { servePages } from '../server.mjs';
import { SplitSampler, childPids, waitQuiet } from '../proctree.mjs';

export const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export function baseArgs() {
  const args = [...CHROMIUM_FLAGS];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

/** The exact in-page script rgaa-audit evaluates, and its split into axe + the rest. */
export function toolScript() {
  const s = new AuditSession(defaultAuditOptions());
  const pageScript = s['script'];
  const script = pageScript.full;
  const axe = axeScript();
  if (!script.startsWith(axe)) throw new Error('the in-page script no longer starts with the axe source');
  return { script, pageScript, axe, rest: script.slice(axe.length), options: s.options, hooks: s.hooks };
}

async function pool(urls, concurrency, browser, v, states) {
  let next = 0;
  let errors = 0;
  const worker = async (w) => {
    while (next < urls.length) {
      const url = urls[next++];
      const r = await v.page(browser, url, states[w]);
      if (r?.error) {
        errors++;
        if (errors < 3) console.error(`  ${v.name}: ${url}: ${r.error}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return errors;
}

/**
 * Block-interleaved comparison: every variant gets its own browser, all open at once; the URLs are
 * cut in blocks and each block is audited by every variant in turn (order rotated every block), so
 * that other work on the machine hits all variants alike. Per variant: wall = sum of its turns,
 * CPU = its browser subtree (launch included) + Node during its turns, peak RSS during its turns.
 * `rounds` repeats the whole thing with fresh browsers; medians over rounds.
 *
 * @param variants list of variants
 * @param {{pages?: number, rounds?: number, block?: number, concurrency?: number, latency?: number, quiet?: number}} o
 */
export async function compareVariants(variants, { pages = 30, rounds = 2, block = 5, concurrency = 2, latency = 0, quiet = Number(process.env.BENCH_QUIET ?? 0.3) } = {}) {
  const srv = await servePages(pages, { latency, extra: new Map([['/__axe.js', { type: 'text/javascript; charset=utf-8', body: axeScript() }]]) });
  const { executablePath } = await findBrowser();
  const res = new Map(variants.map((v) => [v.name, []]));
  const blocks = Array.from({ length: Math.ceil(pages / block) }, (_, i) => srv.urls.slice(i * block, i * block + block));
  for (let r = 0; r < rounds; r++) {
    if (Number.isFinite(quiet)) await waitQuiet({ maxCores: quiet, maxWait: Number(process.env.BENCH_QUIET_WAIT ?? 30) * 1000 });
    const open = [];
    for (const v of variants) {
      const before = childPids('--remote-debugging-pipe');
      const browser = await chromium.launch({ executablePath, args: [...(v.replaceArgs ?? baseArgs()), ...(v.args ?? [])] });
      const root = [...childPids('--remote-debugging-pipe')].find((p) => !before.has(p));
      const c = v.concurrency ?? concurrency;
      const states = [];
      for (let w = 0; w < c; w++) states.push(v.worker ? await v.worker(browser) : {});
      open.push({ v, browser, root, states, c, errors: 0 });
    }
    // Warm-up turn for each (not measured): first pages of a browser are slower.
    for (const x of open) await pool(srv.urls.slice(0, 2), 1, x.browser, x.v, x.states);
    const sp = new SplitSampler(Object.fromEntries(open.map((x, i) => [String(i), x.root])), { pssEvery: 0, fromNow: true }).start();
    for (let b = 0; b < blocks.length; b++) {
      for (let k = 0; k < open.length; k++) {
        const i = (k + b) % open.length;
        const x = open[i];
        x.errors += await sp.turn(String(i), () => pool(blocks[b], x.c, x.browser, x.v, x.states));
      }
    }
    const m = sp.stop();
    for (const [i, x] of open.entries()) {
      for (const st of x.states) await x.v.done?.(st);
      await x.browser.close();
      const s = m[String(i)];
      const row = { wall: s.wall, pps: pages / s.wall, cpu: s.cpu / pages, rss: s.peakRss, foreign: m.foreignCores, errors: x.errors };
      res.get(x.v.name).push(row);
      console.error(`  round ${r + 1} ${x.v.name}: ${row.pps.toFixed(2)} pages/s, ${row.cpu.toFixed(2)} CPU s/page, ${Math.round(row.rss / 2 ** 20)} MB, other work ${row.foreign.toFixed(2)} cores${x.errors ? `, ${x.errors} errors` : ''}`);
    }
  }
  await srv.close();
  const base = variants[0].name;
  const out = variants.map((v) => {
    const rows = res.get(v.name);
    return { name: v.name, pps: median(rows.map((x) => x.pps)), cpu: median(rows.map((x) => x.cpu)), rss: median(rows.map((x) => x.rss)), foreign: median(rows.map((x) => x.foreign)), errors: rows.reduce((n, x) => n + x.errors, 0) };
  });
  const b = out[0];
  const lines = [`${pages} pages, concurrency ${concurrency} (unless stated), latency ${latency} ms, block-interleaved by ${block} pages, ${rounds} round(s), medians; Δ vs "${base}"; other work on the machine meanwhile ≈ ${median(out.map((x) => x.foreign)).toFixed(2)} cores`, '', '| variant | pages/s | Δ pages/s | CPU s/page | Δ CPU | peak RSS | errors |', '|---|---:|---:|---:|---:|---:|---:|'];
  for (const x of out) {
    lines.push(`| ${x.name} | ${x.pps.toFixed(2)} | ${x === b ? '' : `${x.pps >= b.pps ? '+' : ''}${(100 * (x.pps / b.pps - 1)).toFixed(0)} %`} | ${x.cpu.toFixed(2)} | ${x === b ? '' : `${x.cpu >= b.cpu ? '+' : ''}${(100 * (x.cpu / b.cpu - 1)).toFixed(0)} %`} | ${Math.round(x.rss / 2 ** 20)} MB | ${x.errors} |`);
  }
  return { table: lines.join('\n'), out, raw: Object.fromEntries(res) };
}

/* ------------------------------------------------------------------ rgaa-audit's flow, parametrised */

/**
 * A variant replaying rgaa-audit's gatherPage. Options:
 *  - name
 *  - asIs: call dist/gather/page.js gatherPage itself (the baseline)
 *  - settle: ms of network quiet required after load (tool: 250; 0 = no wait, only the animation frame)
 *  - inject: 'evaluate' (the whole script in one evaluate, as the tool) | 'initScript' (axe via
 *    context.addInitScript, the rest evaluated) | 'scriptTag' (axe served over HTTP by the bench server at
 *    /__axe.js, added with a <script src>: no CDP transfer; not possible on a real site) | 'route' (a
 *    <script src> on the page's origin answered by a Playwright route from memory)
 *  - mediaRoute: false to drop the media-blocking route (any route makes every request go through Node)
 *  - hooks: false to skip the interactive checks (run from Node after the evaluation)
 *  - reuse: 'context' (one context per worker, a new page per URL) | 'page' (one page per worker, navigated)
 *  - block: extra resource types to abort (e.g. ['image'])
 *  - args, concurrency
 */
export function toolLike({ name, asIs = false, settle = 250, inject = 'evaluate', reuse = null, block = [], mediaRoute = true, hooks = true, args, replaceArgs, concurrency }) {
  const t = toolScript();
  const opts = { ...t.options };
  const ctxOptions = { viewport: opts.viewport, userAgent: opts.userAgent, serviceWorkers: 'block', locale: 'fr-FR' };
  const re = mediaRoute ? blockPattern(opts.block) : null;
  const newContext = async (browser) => {
    const ctx = await browser.newContext(ctxOptions);
    if (re) await ctx.route(re, (r) => r.abort());
    if (block.length) await ctx.route('**/*', (r) => (block.includes(r.request().resourceType()) ? r.abort() : r.fallback()));
    if (inject === 'initScript') await ctx.addInitScript(t.axe);
    if (inject === 'route') await ctx.route('**/__rgaa_audit_axe__.js', (r) => r.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: t.axe }));
    return ctx;
  };
  const visit = async (page, url) => {
    const inflight = new Set();
    let last = performance.now();
    const on = (r) => { inflight.add(r); last = performance.now(); };
    const off = (r) => { inflight.delete(r); last = performance.now(); };
    page.on('request', on);
    page.on('requestfinished', off);
    page.on('requestfailed', off);
    try {
      const resp = await page.goto(url, { waitUntil: 'load', timeout: opts.timeout });
      if (resp && resp.status() >= 400) return { error: `HTTP ${resp.status()}` };
      const s0 = performance.now();
      if (settle > 0) {
        while (performance.now() - s0 < opts.settle) {
          if (inflight.size === 0 && performance.now() - last >= settle) break;
          await page.waitForTimeout(50);
        }
      }
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      if (inject === 'scriptTag') await page.addScriptTag({ url: '/__axe.js' });
      if (inject === 'route') await page.addScriptTag({ url: '/__rgaa_audit_axe__.js' });
      const raw = await page.evaluate(inject === 'evaluate' ? t.script : t.rest);
      if (hooks) for (const hook of t.hooks) await hook(page, raw);
      return { error: raw?.axe ? null : 'no axe result: ' + (raw?.errors ?? []).join('; ') };
    } finally {
      page.off('request', on);
      page.off('requestfinished', off);
      page.off('requestfailed', off);
    }
  };
  if (asIs) {
    // One pool per browser, as in an AuditSession.
    return { name, args, replaceArgs, concurrency, worker: async (browser) => ({ pool: (pools.get(browser) ?? pools.set(browser, new PagePool({ initScript: t.pageScript.init })).get(browser)) }), page: async (browser, url, st) => gatherPage(browser, url, t.pageScript, opts, t.hooks, st.pool) };
  }
  if (reuse === 'context') {
    return {
      name, args, replaceArgs, concurrency,
      worker: async (browser) => ({ ctx: await newContext(browser) }),
      page: async (browser, url, st) => {
        const page = await st.ctx.newPage();
        try {
          return await visit(page, url);
        } catch (e) {
          return { error: String(e.message).split('\n')[0] };
        } finally {
          await page.close();
          await st.ctx.clearCookies();
        }
      },
      done: (st) => st.ctx.close(),
    };
  }
  if (reuse === 'page') {
    return {
      name, args, replaceArgs, concurrency,
      worker: async (browser) => {
        const ctx = await newContext(browser);
        return { ctx, page: await ctx.newPage() };
      },
      page: async (browser, url, st) => {
        try {
          return await visit(st.page, url);
        } catch (e) {
          return { error: String(e.message).split('\n')[0] };
        } finally {
          await st.ctx.clearCookies();
        }
      },
      done: (st) => st.ctx.close(),
    };
  }
  return {
    name, args, replaceArgs, concurrency,
    page: async (browser, url) => {
      const ctx = await newContext(browser);
      try {
        const page = await ctx.newPage();
        return await visit(page, url);
      } catch (e) {
        return { error: String(e.message).split('\n')[0] };
      } finally {
        await ctx.close();
      }
    },
  };
}
