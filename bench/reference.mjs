/**
 * The reference: the floor any axe-based tool stands on. Plain Playwright, one browser, a new
 * context + page per URL, `goto(url, {waitUntil: 'load'})`, axe-core's source injected with
 * page.evaluate, then axe.run in the page restricted to RGAA-tagged rules, returning
 * violations and incomplete only. No settle wait, no checks of our own, no report.
 *
 * Same browser binary as rgaa-audit (dist/gather/browser.js findBrowser()) and the same flags
 * (CHROMIUM_FLAGS + --no-sandbox when root), same concurrency, same viewport (1280×800).
 *
 * Rule selection: by default the ids of axe's RGAAv4-tagged rules, passed as
 * runOnly {type:'rule'} — exactly the 67 rules rgaa-audit's plan runs. `ruleSelection: 'tag'`
 * uses runOnly {type:'tag', values:['RGAAv4']} instead, which SKIPS the 6 rules axe marks
 * experimental (css-orientation-lock, focus-order-semantics, label-content-name-mismatch,
 * p-as-heading, table-fake-caption, td-has-header): cheaper, but not the same work.
 *
 *   node bench/reference.mjs http://127.0.0.1:8080/a http://127.0.0.1:8080/b
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright';
import { findBrowser, CHROMIUM_FLAGS } from '../dist/gather/browser.js';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION = require('axe-core/package.json').version;

/** Ids of the RGAAv4-tagged axe rules (evaluated in Node with axe-core's own metadata). */
export function rgaaRuleIds() {
  const axe = require('axe-core');
  return axe.getRules(['RGAAv4']).map((r) => r.ruleId);
}

export function launchArgs() {
  const args = [...CHROMIUM_FLAGS];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

/** Run `fn` over `items` with at most `concurrency` at a time; results in input order. */
export async function pool(items, concurrency, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return out;
}

/**
 * Launch the reference's browser; `audit(urls)` can then be called several times on it.
 * Per page: { url, violations, incomplete, error, ms } where violations / incomplete are axe's own
 * result objects.
 */
export async function openReference({ concurrency = 2, executablePath, args, ruleSelection = 'rules', viewport = { width: 1280, height: 800 } } = {}) {
  if (executablePath === undefined) executablePath = (await findBrowser()).executablePath;
  const browser = await chromium.launch({ executablePath, headless: true, args: args ?? launchArgs() });
  const runOnly = ruleSelection === 'tag' ? { type: 'tag', values: ['RGAAv4'] } : { type: 'rule', values: rgaaRuleIds() };
  const auditOne = async (url) => {
    const t0 = performance.now();
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(AXE_SOURCE);
      const res = await page.evaluate(async (runOnly) => {
        const r = await window.axe.run(document, { runOnly, resultTypes: ['violations', 'incomplete'] });
        return { violations: r.violations, incomplete: r.incomplete };
      }, runOnly);
      return { url, ...res, error: null, ms: performance.now() - t0 };
    } catch (e) {
      return { url, violations: [], incomplete: [], error: String(e?.message ?? e).split('\n')[0], ms: performance.now() - t0 };
    } finally {
      await context.close().catch(() => undefined);
    }
  };
  return {
    browser,
    audit: (urls) => pool(urls, concurrency, auditOne),
    close: () => browser.close(),
  };
}

/** Launch, audit `urls`, close. */
export async function runReference(urls, opts = {}) {
  const ref = await openReference(opts);
  try {
    return await ref.audit(urls);
  } finally {
    await ref.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const urls = process.argv.slice(2);
  if (!urls.length) {
    console.error('usage: node bench/reference.mjs URL…');
    process.exit(2);
  }
  const res = await runReference(urls);
  for (const r of res) console.log(r.url, r.error ?? `${r.violations.length} violations, ${r.incomplete.length} incomplete`, `${Math.round(r.ms)} ms`);
}
