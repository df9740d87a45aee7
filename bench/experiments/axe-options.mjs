// axe.run cost under different rule sets and options, each variant on a fresh page (first run in a
// page, as in the audit: JIT cold), variants interleaved page by page; plus what rebuilding axe's
// tree after the run costs (rgaa-audit calls axe.setup(document) again for its own checks).
//   node bench/experiments/axe-options.mjs [pages=6]
import { chromium } from 'playwright';
import { createRequire } from 'node:module';
import { servePages } from '../server.mjs';
import { AXE_SOURCE, rgaaRuleIds } from '../reference.mjs';
import { baseArgs, median } from './harness.mjs';
import { findBrowser } from '../../dist/gather/browser.js';

const require = createRequire(import.meta.url);
const axeMeta = require('axe-core');
const n = Number(process.argv[2] ?? 6);
const ids = rgaaRuleIds();
const experimental = new Set(axeMeta.getRules(['experimental']).map((r) => r.ruleId));
const TOOL = { resultTypes: ['violations', 'incomplete'], elementRef: false, selectors: true, ancestry: false, xpath: false, iframes: false, preload: false, performanceTimer: false };
const rule = (values) => ({ type: 'rule', values });
const variants = {
  'rgaa-audit: 67 rule ids, its options': { ...TOOL, runOnly: rule(ids) },
  'reference: 67 rule ids, axe defaults + resultTypes': { runOnly: rule(ids), resultTypes: ['violations', 'incomplete'] },
  "by tag RGAAv4 (61 rules: axe's experimental ones skipped)": { ...TOOL, runOnly: { type: 'tag', values: ['RGAAv4'] } },
  'without color-contrast (66 rules)': { ...TOOL, runOnly: rule(ids.filter((x) => x !== 'color-contrast')) },
  'selectors: false (no CSS selector per node)': { ...TOOL, selectors: false, runOnly: rule(ids) },
  'resultTypes: violations only': { ...TOOL, resultTypes: ['violations'], runOnly: rule(ids) },
  'all result types (passes, inapplicable too)': { ...TOOL, resultTypes: undefined, runOnly: rule(ids) },
};
const srv = await servePages(n);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: baseArgs() });
const acc = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
const setup = [];
for (const url of srv.urls) {
  for (const [name, opts] of Object.entries(variants)) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await ctx.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(AXE_SOURCE);
    const r = await page.evaluate(async (opts) => {
      if (!opts.resultTypes) delete opts.resultTypes;
      const t0 = performance.now();
      await window.axe.run(document, opts);
      const t1 = performance.now();
      window.axe.setup(document);
      const t2 = performance.now();
      window.axe.teardown();
      return { run: t1 - t0, setup: t2 - t1 };
    }, opts);
    acc[name].push(r.run);
    setup.push(r.setup);
    await ctx.close();
  }
}
await browser.close();
await srv.close();
const base = median(acc[Object.keys(variants)[0]]);
console.log(`${n} pages, one axe.run per fresh page, medians; experimental RGAA rules: ${ids.filter((x) => experimental.has(x)).join(', ')}`);
console.log('');
console.log('| axe.run variant | ms | vs rgaa-audit |');
console.log('|---|---:|---:|');
for (const [name, xs] of Object.entries(acc)) console.log(`| ${name} | ${median(xs).toFixed(0)} | ${name === Object.keys(variants)[0] ? '' : `${median(xs) >= base ? '+' : ''}${(100 * (median(xs) / base - 1)).toFixed(0)} %`} |`);
console.log(`| axe.setup(document) after a run (rgaa-audit's checks rebuild axe's tree) | ${median(setup).toFixed(0)} | |`);
