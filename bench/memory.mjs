/**
 * `npm run bench -- --memory`: does a reused renderer keep memory from page to page (issue 18)?
 *
 * One AuditSession, concurrency 1, one pooled context that never gets replaced (pages per context
 * raised above N): the N generated pages are audited one after the other in the same tab. After
 * each page, once the page is back in the pool (cleaned), we read:
 *  - the renderer processes of the browser (`--type=renderer` among its descendants, /proc):
 *    RSS (VmRSS) and PSS (smaps_rollup) of the largest one (the tab's own renderer), and the CPU
 *    (utime + stime) of all of them;
 *  - through the DevTools protocol on the pooled page: V8's heap (Runtime.getHeapUsage) and the
 *    DOM counters (Memory.getDOMCounters: documents, nodes, JS event listeners alive) — documents
 *    that outlive their navigation are the usual leak.
 * With `--gc` the page's heap is collected (HeapProfiler.collectGarbage) before each reading: what
 * is then still there is held, not just garbage V8 has not collected yet.
 *
 * Exits with status 1 when the renderer's RSS after page `to` (50) exceeds its RSS after page
 * `from` (5) by more than `limit` (10 %), each the largest reading over the `window` (5) pages up
 * to that page (the pool collects every few pages: both are compared at their worst). Load-independent: it measures memory, not time.
 */
import { readFileSync } from 'node:fs';
import { descendants, childPids, readStat } from './proctree.mjs';

const MB = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function pssOf(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Renderer processes under the browser `root`: pid, RSS, PSS. */
function renderers(root) {
  const out = [];
  for (const [pid] of descendants(root)) {
    let cmd;
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
    } catch {
      continue;
    }
    if (!cmd.includes('--type=renderer')) continue;
    const st = readStat(pid);
    if (st) out.push({ pid, rss: st.rss, pss: pssOf(pid), cpu: st.utime + st.stime });
  }
  return out.sort((a, b) => b.rss - a.rss);
}

/**
 * @param {{ pages: number, from: number, to: number, window: number, limit: number, gc: boolean, interactive: boolean }} o
 * @param {{ AuditSession: any, defaultAuditOptions: () => any, servePages: Function }} deps
 */
export async function memory(o, { AuditSession, defaultAuditOptions, servePages }) {
  const n = Math.max(o.pages, o.to);
  const srv = await servePages(n);
  // One context for the whole run: what a renderer keeps shows as growth, not as a replacement.
  const before = process.env.RGAA_AUDIT_PAGES_PER_TAB;
  process.env.RGAA_AUDIT_PAGES_PER_TAB = String(n + 10);
  const session = new AuditSession({ ...defaultAuditOptions(), concurrency: 1, ...(o.interactive ? {} : { interactive: false }) });
  if (before === undefined) delete process.env.RGAA_AUDIT_PAGES_PER_TAB;
  else process.env.RGAA_AUDIT_PAGES_PER_TAB = before;
  const pipe = '--remote-debugging-pipe';
  const old = childPids(pipe);
  await session.start();
  const root = [...childPids(pipe)].find((p) => !old.has(p));
  if (!root) throw new Error('could not find the browser among the child processes');
  const rows = [];
  let errors = 0;
  let cdp;
  try {
    for (let i = 0; i < n; i++) {
      const g = await session.gather(srv.urls[i]);
      if (g.error) errors++;
      const idle = session.pool['idle'];
      if (idle.length !== 1) throw new Error(`expected one pooled page after page ${i + 1}, found ${idle.length}`);
      const lease = idle[0];
      if (i === 0) cdp = await lease.context.newCDPSession(lease.page);
      if (lease.context !== rows.at(-1)?.context && i > 0) throw new Error(`the context was replaced at page ${i + 1}`);
      if (o.gc) await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      const r = renderers(root);
      const cpu = r.reduce((k, x) => k + x.cpu, 0);
      rows.push({ page: i + 1, context: lease.context, release: g.timings.release ?? NaN, cpu, total: g.timings.total ?? NaN, rss: r[0]?.rss ?? 0, pss: r[0]?.pss ?? 0, renderers: r.length, heapUsed: heap.usedSize, heapTotal: heap.totalSize, documents: dom.documents, nodes: dom.nodes, listeners: dom.jsEventListeners });
      if ((i + 1) % 5 === 0 || i === 0) {
        const x = rows.at(-1);
        console.error(`[memory] page ${x.page}: renderer RSS ${MB(x.rss)} PSS ${MB(x.pss)} (${x.renderers} renderers), V8 heap ${MB(x.heapUsed)}/${MB(x.heapTotal)}, documents ${x.documents}, nodes ${x.nodes}, listeners ${x.listeners}`);
      }
    }
  } finally {
    await cdp?.detach().catch(() => undefined);
    await session.close();
    await srv.close();
  }
  // The largest reading over the `window` pages up to page `from`, and up to page `to`: a renderer
  // collected every few pages is compared at the same phase, never right after a collection only.
  const peak = (k) => rows.slice(Math.max(0, k - o.window), k).reduce((m, x) => (x.rss > m.rss ? x : m));
  const a = peak(o.from);
  const b = peak(o.to);
  const growth = b.rss / a.rss - 1;
  const cpuAt = (k) => rows[k - 1].cpu;
  const cpuPerPage = (cpuAt(o.to) - cpuAt(o.from)) / (o.to - o.from);
  // What a new context costs: the renderer's CPU on its first page (process start, compile of
  // axe-core and our checks) against the median page after.
  const steps = rows.slice(1).map((x, i) => x.cpu - rows[i].cpu).sort((p, q) => p - q);
  const firstPage = { cpu: rows[0].cpu, later: steps[Math.floor(steps.length / 2)] ?? NaN };
  return { firstPage, cpuPerPage, rows: rows.map(({ context, ...r }) => r), from: o.from, to: o.to, window: o.window, a: strip(a), b: strip(b), growth, perPage: (b.rss - a.rss) / (o.to - o.from), pass: growth <= o.limit, limit: o.limit, errors, gc: o.gc, interactive: o.interactive };
}

function strip({ context, ...r }) {
  return r;
}

export function memoryMarkdown(o, r, m) {
  const L = [];
  L.push(`- machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}, axe-core ${m.axe}, Playwright ${m.playwright}; rgaa-audit at ${m.commit}`);
  L.push(`- ${r.rows.length} generated pages (~50 KB) audited one after the other in one pooled tab (concurrency 1, the context never replaced), all checks${r.interactive ? '' : ' but the interactive ones'}; read after each page once the tab is back in the pool${r.gc ? ', after a forced garbage collection of the page' : ' (no forced garbage collection: what a batch sees)'}; ${r.errors} page errors`);
  L.push('');
  L.push('| after page | renderer RSS | renderer PSS | V8 heap used / total | documents | DOM nodes | JS listeners |');
  L.push('|---:|---:|---:|---:|---:|---:|---:|');
  const show = new Set([1, r.from, Math.round((r.from + r.to) / 2), r.to, r.rows.length]);
  for (const x of r.rows) if (show.has(x.page)) L.push(`| ${x.page} | ${MB(x.rss)} | ${MB(x.pss)} | ${MB(x.heapUsed)} / ${MB(x.heapTotal)} | ${x.documents} | ${x.nodes} | ${x.listeners} |`);
  L.push('');
  const med = (k) => {
    const xs = r.rows.map((x) => x[k]).filter(Number.isFinite).sort((p, q) => p - q);
    return xs.length ? xs[Math.floor(xs.length / 2)] : NaN;
  };
  L.push(`Renderer CPU from page ${r.from} to page ${r.to}: ${(r.cpuPerPage * 1000).toFixed(0)} ms a page (utime + stime of the renderers, /proc); first page of the context ${(r.firstPage.cpu * 1000).toFixed(0)} ms against a median of ${(r.firstPage.later * 1000).toFixed(0)} ms for the pages after (a new context costs the difference).`);
  L.push(`Median per page: total ${med('total')} ms, of which giving the tab back to the pool (cleaning${r.gc ? '' : ', garbage collection'}) ${med('release')} ms.`);
  L.push(`Renderer RSS, the largest over the ${r.window} pages up to page ${r.from} (page ${r.a.page}) and up to page ${r.to} (page ${r.b.page}): ${MB(r.a.rss)} → ${MB(r.b.rss)}, **${(r.growth * 100).toFixed(1)} %** (${(r.perPage / 1024 / 1024).toFixed(1)} MB a page; limit ${(r.limit * 100).toFixed(0)} %): **${r.pass ? 'flat' : 'grows'}**.`);
  return L.join('\n');
}
