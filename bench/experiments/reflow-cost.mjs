// What the reflow gatherer (10.11.1: the page at 320 CSS px) costs a page, every process counted,
// by way of resizing: Playwright's page.setViewportSize (the tool: Emulation.setDeviceMetricsOverride
// and Browser.setWindowBounds, each way) against the protocol's device metrics override alone, and
// without the reflow at all. One AuditSession at concurrency 1 per variant, N generated pages after a
// warm-up page; variants alternated over rounds.
//   node bench/experiments/reflow-cost.mjs [pages=15] [rounds=3]
import { servePages } from '../server.mjs';
import { sessionCpu } from '../proctree.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
import { GATHERERS } from '../../dist/gather/gatherers/index.js';
import { callProbe } from '../../dist/gather/inpage.js';

const n = Number(process.argv[2] ?? 15);
const rounds = Number(process.argv[3] ?? 3);
const reflow = GATHERERS.find((g) => g.name === 'reflow');
const asIs = reflow.collect;
const metrics = (w, h) => ({ width: w, height: h, deviceScaleFactor: 1, mobile: false, screenWidth: w, screenHeight: h, screenOrientation: { angle: 0, type: 'landscapePrimary' } });
const viaOverride = async ({ page, script, cdp }) => {
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  await cdp.send('Emulation.setDeviceMetricsOverride', metrics(320, 256));
  try {
    return await callProbe(page, script, 'measureReflow');
  } finally {
    await cdp.send('Emulation.setDeviceMetricsOverride', metrics(size.width, size.height));
  }
};
const VARIANTS = { 'page.setViewportSize (the tool)': asIs, 'Emulation.setDeviceMetricsOverride only': viaOverride, 'no reflow': null };
const srv = await servePages(n + 1);
const acc = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, { cpu: {}, n: 0, ms: [] }]));
for (let r = 0; r < rounds; r++) {
  for (const [name, collect] of Object.entries(VARIANTS)) {
    reflow.collect = collect ?? asIs;
    for (const g of GATHERERS) g.interactive = collect === null && g.name === 'reflow';
    const cpu = await sessionCpu(() => new AuditSession({ ...defaultAuditOptions(), concurrency: 1, interactive: collect !== null }), srv.urls[n], srv.urls.slice(0, n), (g) => {
      if (g.error) throw new Error(`${name}: ${g.error}`);
      if (collect) acc[name].ms.push(g.raw.timings['gather:reflow']);
      if (collect && JSON.stringify(g.raw.checks['presentation-reflow'] ?? null).includes('error')) throw new Error(`${name}: ${JSON.stringify(g.raw.checks['presentation-reflow'])}`);
    });
    for (const [k, v] of Object.entries(cpu)) acc[name].cpu[k] = (acc[name].cpu[k] ?? 0) + v;
    acc[name].n += n;
  }
}
const med = (a) => (a.length ? [...a].sort((x, y) => x - y)[a.length >> 1] : '—');
console.log(`${n} pages × ${rounds} rounds\n| variant | gather:reflow median ms | renderer | browser | gpu | Node | total (CPU ms a page) |\n|---|---:|---:|---:|---:|---:|---:|`);
for (const [name, a] of Object.entries(acc)) {
  const f = (x) => (((x ?? 0) * 1000) / a.n).toFixed(0);
  const total = Object.values(a.cpu).reduce((s, x) => s + x, 0);
  console.log(`| ${name} | ${med(a.ms)} | ${f(a.cpu.renderer)} | ${f(a.cpu.browser)} | ${f(a.cpu.gpu)} | ${f(a.cpu.node)} | ${f(total)} |`);
}
srv.close?.();
process.exit(0);
