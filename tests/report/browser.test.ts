/**
 * The HTML report and the dashboard in Chromium: no console error, no network, sorting works,
 * readable on a phone; and a hostile page audited for real then rendered in every format runs
 * no script anywhere and leaves no formula in a CSV or raw HTML in the Markdown.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright';
import { useHarness, FIXTURES } from '../helpers/harness.js';
import { buildReport } from '../../src/report/json.js';
import { FILE_FORMATS, renderFiles } from '../../src/report/formats.js';
import type { AuditReport, ProcedureReport } from '../../src/model/types.js';
import { AS_OF, ctx, PNG_1PX, sampleProcedure } from './factory.js';
import { hostileProcedure, parseCsv, expectNoFormula } from './hostile.js';

const ARTIFACTS = join(FIXTURES, '..', 'test-artifacts');
const RAW_HTML = /<[a-zA-Z!/?]/;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on our own report (evaluated through the protocol, which the page's CSP does not govern). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

describe('reports in the browser', () => {
  // Real screenshots of the failing elements too (the HTML report shows them).
  const h = useHarness({ screenshots: 3 });
  const dir = mkdtempSync(join(tmpdir(), 'rgaa-report-'));
  let audited: ProcedureReport;
  let report: AuditReport;

  beforeAll(async () => {
    audited = await h.procedure(['pages/hostile.html'], '=HYPERLINK("http://evil.example","id")');
    // A screenshot on one real finding (the model may carry one later).
    const first = Object.values(audited.criteria).find((c) => c.status === 'NC')!.findings[0] as { screenshot?: string };
    first.screenshot = PNG_1PX;
    report = buildReport([audited, hostileProcedure(), sampleProcedure('b')], {
      startedAt: new Date('2025-06-01T10:00:00Z'),
      browser: 'Chromium (test) <script>window.__pwned=1</script>',
      options: { asOf: AS_OF, threshold: 75 },
    });
  });

  interface Opened {
    page: Page;
    errors: string[];
    dialogs: string[];
    requests: string[];
    close(): Promise<void>;
  }

  async function open(file: string, width = 1280): Promise<Opened> {
    const browser = await h.session.start();
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    return { page, errors, dialogs, requests, close: () => context.close() };
  }

  function write(name: string, text: string): string {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  }

  async function expectInert(o: Opened, title: string): Promise<void> {
    expect(await o.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await o.page.title()).toBe(title);
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
    for (const u of o.requests) expect(u).toMatch(/^(file:|data:)/);
    expect(await o.page.evaluate(() => document.querySelectorAll('script').length)).toBe(1);
    expect(await o.page.evaluate(() => document.querySelectorAll('iframe, textarea, object, embed').length)).toBe(0);
  }

  it('the audit of the hostile page found its defects, payloads included', () => {
    const nc = Object.entries(audited.criteria).filter(([, c]) => c.status === 'NC').map(([id]) => id);
    for (const id of ['1.1', '8.3', '11.1']) expect(nc).toContain(id);
    const text = JSON.stringify(audited);
    expect(text).toContain('onerror=');
    expect(text).toContain('HYPERLINK');
    expect(audited.pages[0].title).toContain('<script>window.__pwned=1</script>');
  });

  it('HTML report: no script from the page runs, no console error, nothing loaded; screenshot saved', async () => {
    const file = write('report.html', FILE_FORMATS.html.render(report, ctx('en')));
    const o = await open(file);
    try {
      await expectInert(o, 'RGAA accessibility audit report');
      const p = o.page;
      // The payloads are shown as text.
      expect(await p.locator('main').innerText()).toContain('<script>window.__pwned=1</script>');
      const shots = p.locator('img.shot');
      expect(await shots.count()).toBeGreaterThanOrEqual(2);
      for (const img of await shots.all()) {
        expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0 && i.src.startsWith('data:image/png;base64,'))).toBe(true);
        expect(await img.getAttribute('alt')).toMatch(/^Screenshot of the element ./);
      }
      // The "only NC" filter (script allowed by its hash) works.
      const grid = p.locator('table.grid').first();
      const rows = await grid.locator('tbody tr:visible').count();
      await p.locator('[data-filter] input').first().check();
      const ncRows = await grid.locator('tbody tr:visible').count();
      expect(ncRows).toBeLessThan(rows);
      expect(ncRows).toBe(Object.values(audited.criteria).filter((c) => c.status === 'NC').length);
      await p.locator('[data-filter] input').first().uncheck();
      await expectInert(o, 'RGAA accessibility audit report');
      expect(await axeViolations(p)).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await p.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    } finally {
      await o.close();
    }
  });

  it('HTML report in French, on a phone: no horizontal scroll of the page, tables scroll in their region', async () => {
    const file = write('rapport.html', FILE_FORMATS.html.render(report, ctx('fr')));
    const o = await open(file, 390);
    try {
      await expectInert(o, 'Rapport d’audit d’accessibilité RGAA');
      expect(await o.page.evaluate(() => document.documentElement.lang)).toBe('fr');
      const wide = await o.page.evaluate(() =>
        Array.from(document.querySelectorAll('body *'))
          .filter((e) => !e.closest('.scroll') && e.getBoundingClientRect().right > 391)
          .map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
          .slice(0, 5),
      );
      expect(wide).toEqual([]);
      expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const region = o.page.locator('.scroll[role=region]').first();
      expect(await region.getAttribute('tabindex')).toBe('0');
      await o.page.screenshot({ path: join(ARTIFACTS, 'report-phone.png') });
      expect(await axeViolations(o.page)).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('dashboard: inert, charts present, the table sorts with its header buttons', async () => {
    const file = write('dashboard.html', FILE_FORMATS.dashboard.render(report, ctx('en')));
    const o = await open(file);
    try {
      await expectInert(o, 'RGAA audit dashboard — 3 procedures');
      const p = o.page;
      expect(await p.locator('svg[role=img]').count()).toBe(2);
      expect(await p.locator('[data-sort-hint]').isVisible()).toBe(true);
      // The verdict column is in view at 1280 px, whatever the names (the hostile one is long).
      const verdictBox = await p.locator('#dash-col-verdict').boundingBox();
      expect(verdictBox).not.toBeNull();
      expect(verdictBox!.x).toBeGreaterThanOrEqual(0);
      expect(verdictBox!.x + verdictBox!.width).toBeLessThanOrEqual(1280);
      const cells = await p.locator('#dash-table tbody td.verdict').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right));
      expect(cells.length).toBe(3);
      for (const right of cells) expect(right).toBeLessThanOrEqual(1280);
      await p.locator('#dash-table').scrollIntoViewIfNeeded();
      await p.screenshot({ path: join(ARTIFACTS, 'dashboard-1280.png') });
      const rateCol = p.locator('#dash-table thead th').nth(2);
      await rateCol.locator('button').click();
      expect(await rateCol.getAttribute('aria-sort')).toBe('ascending');
      const read = () => p.locator('#dash-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLTableRowElement).cells[2].getAttribute('data-sort') ?? ''));
      const asc = await read();
      const nums = asc.filter((x) => x !== '').map(Number);
      expect(nums).toEqual([...nums].sort((a, b) => a - b));
      await rateCol.locator('button').click();
      expect(await rateCol.getAttribute('aria-sort')).toBe('descending');
      const desc = (await read()).filter((x) => x !== '').map(Number);
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
      // The detail link of each procedure lands on its section.
      const href = await p.locator('#dash-table tbody th a').first().getAttribute('href');
      expect(await p.locator(href!).count()).toBe(1);
      await expectInert(o, 'RGAA audit dashboard — 3 procedures');
      expect(await axeViolations(p)).toEqual([]);
      await p.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    } finally {
      await o.close();
    }
  });

  it('every format renders the hostile audit: no CSV formula, no raw HTML in Markdown, valid XML and JSON', () => {
    for (const lang of ['en', 'fr'] as const) {
      // Every format, the files-only ones too (first file: the grid, the declaration's HTML).
      const files = Object.fromEntries(Object.keys(FILE_FORMATS).map((k) => [k, renderFiles(k, report, ctx(lang))]));
      const out = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, f[0].data as string]));
      expect(files.ods.length).toBe(3);
      const declMd = files.declaration.filter((f) => f.ext === '.declaration.md');
      expect(declMd).toHaveLength(3);
      for (const f of declMd) expect(f.data as string).not.toMatch(RAW_HTML);
      for (const k of ['csv', 'grid', 'batch-csv', 'observatory']) {
        const rows = parseCsv(out[k]);
        expect(rows.length, k).toBeGreaterThan(1);
        expectNoFormula(rows);
      }
      expect(out.csv).toContain('HYPERLINK');
      expect(out.md ?? out.markdown).not.toMatch(RAW_HTML);
      expect(out.markdown).toContain('&lt;script&gt;');
      const junit = new XMLParser({ ignoreAttributes: false }).parse(out.junit);
      expect(junit.testsuites.testsuite).toHaveLength(3);
      expect(JSON.parse(out.sarif).runs[0].results.length).toBeGreaterThan(0);
      expect(JSON.parse(out.json).procedures).toHaveLength(3);
    }
    expect(readFileSync(join(FIXTURES, 'pages', 'hostile.html'), 'utf8')).not.toMatch(/<script>(?!window)/);
  });
});
