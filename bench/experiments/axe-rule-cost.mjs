// What each axe-core rule the plan runs costs alone, on generated pages: axe.run with that one rule
// (after a warm-up run of all of them), in the page, against a run of a trivial rule (the fixed
// cost of a run: the flattened tree, the context) and a run of every rule at once.
//   node bench/experiments/axe-rule-cost.mjs [pages=4]
import { chromium } from 'playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { servePages } from '../server.mjs';
import { launchArgs } from '../reference.mjs';
import { findBrowser } from '../../dist/gather/browser.js';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
const plan = new AuditSession({ ...defaultAuditOptions() })['plan'];
const rules = plan.axeRules;
const n = Number(process.argv[2] ?? 4);
const srv = await servePages(n);
const browser = await chromium.launch({ executablePath: (await findBrowser()).executablePath, args: launchArgs() });
const page = await browser.newPage();
const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tot = {};
for (let i = 0; i < n; i++) {
  await page.goto(srv.urls[i]);
  await page.evaluate(axe);
  const r = await page.evaluate(async (rules) => {
    const out = {};
    const opt = (v) => ({ runOnly: { type: 'rule', values: v }, resultTypes: ['violations'], performanceTimer: false, selectors: true, ancestry: false, xpath: false });
    await axe.run(document, opt(rules));
    let t = performance.now(); await axe.run(document, opt(rules)); out.ALL = performance.now() - t;
    t = performance.now(); await axe.run(document, opt(['html-has-lang'])); out.BASE = performance.now() - t;
    for (const r of rules) { t = performance.now(); await axe.run(document, opt([r])); out[r] = performance.now() - t; }
    return out;
  }, rules);
  for (const [k, v] of Object.entries(r)) tot[k] = (tot[k] ?? 0) + v / n;
}
const base = tot.BASE;
console.log(`${n} pages; every rule in one run: ${tot.ALL.toFixed(0)} ms a page; a run of one trivial rule (html-has-lang): ${base.toFixed(0)} ms`);
console.log('| rule | ms alone | above the trivial run |\n|---|---:|---:|');
for (const [k, v] of Object.entries(tot).filter(([k]) => k !== 'ALL' && k !== 'BASE').sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`| ${k} | ${v.toFixed(1)} | ${(v - base).toFixed(1)} |`);
await browser.close(); process.exit(0);
