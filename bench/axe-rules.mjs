/**
 * Rank axe rules by cost on a few generated pages.
 *
 * Two measures per rule, each in a fresh context per page:
 *  - in-run: one axe.run of all RGAA rules with `performanceTimer: true`; axe records a
 *    performance.measure `rule_<id>` per rule (gather + matches + checks of that rule), read back
 *    with performance.getEntriesByType('measure'). The rest of axe.run (setup of the flattened
 *    tree, `after` steps, building results: selectors, html snippets) is reported as overhead.
 *  - alone: after one warm-up run, axe.run with runOnly [that rule] only, minus the time of
 *    axe.run with an empty-ish rule (`marquee`, which matches nothing): what dropping or adding
 *    the rule would cost on its own (caches shared with other rules are paid by it alone).
 *
 *   node bench/axe-rules.mjs [pages=5]   (needs a build: npm run build)
 */
import { chromium } from 'playwright';
import { AXE_SOURCE, rgaaRuleIds, launchArgs } from './reference.mjs';
import { findBrowser } from '../dist/gather/browser.js';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

/** Options as rgaa-audit passes them (src/gather/inpage.ts). */
const AXE_OPTIONS = { resultTypes: ['violations', 'incomplete'], elementRef: false, selectors: true, ancestry: false, xpath: false, iframes: false, preload: false };

export async function profileAxeRules(urls, { executablePath, args, alone = true } = {}) {
  if (executablePath === undefined) executablePath = (await findBrowser()).executablePath;
  const ids = rgaaRuleIds();
  const browser = await chromium.launch({ executablePath, headless: true, args: args ?? launchArgs() });
  const inRun = new Map(ids.map((id) => [id, []]));
  const aloneMs = new Map(ids.map((id) => [id, []]));
  const totals = [];
  const overheads = [];
  const baselines = [];
  try {
    for (const url of urls) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(AXE_SOURCE);
      const r = await page.evaluate(
        async ({ ids, opts }) => {
          performance.clearMeasures();
          const t0 = performance.now();
          await window.axe.run(document, { ...opts, runOnly: { type: 'rule', values: ids }, performanceTimer: true });
          const total = performance.now() - t0;
          const rules = {};
          for (const m of performance.getEntriesByType('measure')) {
            const k = /^rule_([\w-]+)$/.exec(m.name);
            if (k) rules[k[1]] = (rules[k[1]] ?? 0) + m.duration;
          }
          return { total, rules };
        },
        { ids, opts: AXE_OPTIONS },
      );
      totals.push(r.total);
      let sum = 0;
      for (const id of ids) {
        inRun.get(id).push(r.rules[id] ?? 0);
        sum += r.rules[id] ?? 0;
      }
      overheads.push(r.total - sum);
      if (alone) {
        const a = await page.evaluate(
          async ({ ids, opts }) => {
            const time = async (values) => {
              const t0 = performance.now();
              await window.axe.run(document, { ...opts, runOnly: { type: 'rule', values } });
              return performance.now() - t0;
            };
            const base = [];
            for (let i = 0; i < 3; i++) base.push(await time(['marquee']));
            base.sort((x, y) => x - y);
            const out = { base: base[1], rules: {} };
            for (const id of ids) out.rules[id] = (await time([id])) - base[1];
            return out;
          },
          { ids, opts: AXE_OPTIONS },
        );
        baselines.push(a.base);
        for (const id of ids) aloneMs.get(id).push(a.rules[id]);
      }
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
  const rows = ids.map((id) => ({ id, inRun: median(inRun.get(id)), alone: alone ? median(aloneMs.get(id)) : NaN }));
  rows.sort((a, b) => b.inRun - a.inRun);
  return { pages: urls.length, total: median(totals), overhead: median(overheads), baseline: median(baselines), rules: rows };
}

export function axeRulesMarkdown(p, top = 15) {
  const lines = [];
  lines.push(`axe.run of the ${p.rules.length} RGAA rules, median over ${p.pages} pages: **${p.total.toFixed(0)} ms**, of which rules ${(p.total - p.overhead).toFixed(0)} ms and axe's own overhead (flattened tree, results, selectors, snippets) ${p.overhead.toFixed(0)} ms. Fixed cost of an axe.run call (one rule matching nothing): ${p.baseline.toFixed(0)} ms.`);
  lines.push('');
  lines.push('| rank | axe rule | in the full run, ms | share of rules | alone (minus fixed cost), ms |');
  lines.push('|---:|---|---:|---:|---:|');
  const rulesSum = p.rules.reduce((n, r) => n + r.inRun, 0);
  p.rules.slice(0, top).forEach((r, i) => {
    lines.push(`| ${i + 1} | ${r.id} | ${r.inRun.toFixed(1)} | ${((100 * r.inRun) / rulesSum).toFixed(1)} % | ${Number.isNaN(r.alone) ? '–' : r.alone.toFixed(1)} |`);
  });
  const rest = p.rules.slice(top);
  if (rest.length) lines.push(`| | the other ${rest.length} rules | ${rest.reduce((n, r) => n + r.inRun, 0).toFixed(1)} | ${((100 * rest.reduce((n, r) => n + r.inRun, 0)) / rulesSum).toFixed(1)} % | |`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { servePages } = await import('./server.mjs');
  const n = Number(process.argv[2] ?? 5);
  const srv = await servePages(n);
  try {
    const p = await profileAxeRules(srv.urls);
    console.log(axeRulesMarkdown(p, 25));
  } finally {
    await srv.close();
  }
}
