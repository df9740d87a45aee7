/**
 * The filled official grid, checked for real: LibreOffice (headless) opens it, computes every
 * formula of the template and exports each sheet to CSV; the statuses per page and what
 * « Synthèse » computes must agree with the JSON report. A screenshot of P01 (LibreOffice's PDF,
 * then pdftoppm) is kept in test-artifacts/ for a person to look at.
 *
 * Skipped, with a warning, only when LibreOffice is not installed (`.ci/run` installs Debian's
 * libreoffice-calc-nogui and poppler-utils when missing).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { useHarness, FIXTURES } from '../helpers/harness.js';
import { buildReport } from '../../src/report/json.js';
import { renderOds } from '../../src/report/ods.js';
import { floor1 } from '../../src/aggregate/rate.js';
import type { AuditReport, PageReport, ProcedureReport, Status } from '../../src/model/types.js';
import { finding, makeProcedure, makeReport, rules } from './factory.js';

const run = promisify(execFile);
const ARTIFACTS = join(FIXTURES, '..', 'test-artifacts');

function onPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    if (dir && existsSync(p)) return p;
  }
  return null;
}
const SOFFICE = onPath('soffice') ?? onPath('libreoffice');
const PDFTOPPM = onPath('pdftoppm');
const PDFTOTEXT = onPath('pdftotext');
if (!SOFFICE) {
  console.warn('\n*** LibreOffice (soffice) NOT FOUND: the round trip of the official grid is SKIPPED. Install it: apt-get install libreoffice-calc-nogui ***\n');
}

/** LibreOffice's export filter: UTF-8, comma, double quotes, raw values, every sheet (-1) to its own file. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/** Sheet name → rows, for each converted file (LibreOffice names them `<file>-<sheet>.csv`). */
type Workbook = Record<string, string[][]>;

/** Criterion rows of the page sheets and of BaseDeCalcul, read from the converted files. */
const FIRST = 4;

describe.skipIf(!SOFFICE)('the official grid in LibreOffice', () => {
  const h = useHarness({ screenshots: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'rgaa-ods-'));
  // A profile of its own: no clash with another LibreOffice running on the machine.
  const profile = pathToFileURL(join(dir, 'profile')).href;
  let demo: AuditReport;
  let full: AuditReport;
  const books: Record<string, Workbook> = {};

  async function soffice(args: string[]): Promise<void> {
    await run(SOFFICE!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { timeout: 300_000 });
  }

  beforeAll(async () => {
    const audited = await h.procedure(['demo/', 'demo/demarche', 'demo/accessibilite'], 'demo');
    demo = buildReport([audited], { startedAt: new Date('2025-06-01T10:00:00Z'), browser: 'Chromium (test)', options: {} });
    full = makeReport([noNtProcedure()]);
    const files = { demo: renderOds(demo, rules)[0].data, full: renderOds(full, rules)[0].data };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, `${name}.ods`), data);
    writeFileSync(join(dir, 'demo.json'), JSON.stringify(demo));
    await soffice(['--convert-to', CSV_FILTER, '--outdir', join(dir, 'csv'), join(dir, 'demo.ods'), join(dir, 'full.ods')]);
    for (const name of Object.keys(files)) {
      books[name] = {};
      for (const f of readdirSync(join(dir, 'csv')).filter((x) => x.startsWith(`${name}-`))) {
        books[name][f.slice(name.length + 1, -4)] = parse(readFileSync(join(dir, 'csv', f), 'utf8'), { relax_column_count: true }) as string[][];
      }
    }
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Criterion id → status on a page sheet, as LibreOffice shows it. */
  function sheetStatuses(book: Workbook, sheet: string): Record<string, string> {
    const rows = book[sheet];
    expect(rows, `sheet ${sheet}`).toBeDefined();
    return Object.fromEntries(rows.slice(FIRST - 1, FIRST - 1 + 106).map((r) => [r[1], r[3]]));
  }

  function expectPages(book: Workbook, p: ProcedureReport): void {
    p.pages.forEach((pg: PageReport, i) => {
      const got = sheetStatuses(book, `P0${i + 1}`);
      for (const c of rules.criteria) expect(got[c.id], `P0${i + 1} ${c.id}`).toBe(pg.error ? 'NT' : pg.criteria[c.id].status);
    });
    for (let i = p.pages.length; i < 20; i++) {
      const name = `P${String(i + 1).padStart(2, '0')}`;
      expect(new Set(Object.values(sheetStatuses(book, name))), name).toEqual(new Set(['NA']));
    }
    const sample = book['Échantillon'];
    p.pages.forEach((pg, i) => expect(sample[8 + i].slice(0, 3)).toEqual([`P0${i + 1}`, pg.title ?? '', pg.url]));
    // LibreOffice leaves trailing empty rows out of the CSV: absent or empty.
    expect(sample[8 + p.pages.length]?.[0] ?? '').toBe('');
  }

  /** Synthèse's totals (column Q of rows C, NC, NA, NT) must be the report's, plus the unused sheets' NA. */
  function expectTotals(book: Workbook, p: ProcedureReport): void {
    const sum = (s: Status) => p.pages.reduce((n, pg) => n + rules.criteria.filter((c) => (pg.error ? 'NT' : pg.criteria[c.id].status) === s).length, 0);
    const unused = (20 - p.pages.length) * 106;
    const q = (label: string) => Number(book['Synthèse'].find((r) => r[1] === label)![16]);
    expect({ C: q('C'), NC: q('NC'), NA: q('NA'), NT: q('NT') }).toEqual({ C: sum('C'), NC: sum('NC'), NA: sum('NA') + unused, NT: sum('NT') });
  }

  /** The two lines under « Pourcentage de critères respectés » and « Taux moyen ». */
  function rateCells(book: Workbook): [string, string] {
    const rows = book['Synthèse'];
    const at = (label: RegExp) => rows[rows.findIndex((r) => label.test(r[1] ?? '')) + 1][1];
    return [at(/^Pourcentage de critères respectés/), at(/^Taux moyen de conformité/)];
  }

  it('a real audit (the demo): every page’s statuses as in the JSON report; the unused sheets NA', () => {
    expectPages(books.demo, demo.procedures[0]);
    // The sample's status per criterion, as the grid's BaseDeCalcul computes it (column AB).
    const base = books.demo['BaseDeCalcul'];
    const p = demo.procedures[0];
    for (const c of rules.criteria) {
      const row = base.find((r) => r[1] === c.id)!;
      const ours = p.criteria[c.id].status;
      // The grid counts C + NT as C (it shows no rate while an NT remains); every other status is ours.
      if (ours === 'NT') expect(['NT', 'C'], c.id).toContain(row[27]);
      else expect(row[27], c.id).toBe(ours);
    }
  });

  it('a real audit: Synthèse counts what the report counts, and shows no rate while NT remain', () => {
    const p = demo.procedures[0];
    expectTotals(books.demo, p);
    const nt = p.pages.reduce((n, pg) => n + Object.values(pg.criteria).filter((c) => c.status === 'NT').length, 0);
    expect(nt).toBeGreaterThan(0);
    expect(rateCells(books.demo)).toEqual([`Pourcentage indisponible : il reste ${nt} critère(s) NT.`, `Pourcentage indisponible : il reste ${nt} critère(s) NT.`]);
  });

  it('no NT left: Synthèse computes the official rate, equal to the report’s (measured = floor = ceiling), and the mean rate', () => {
    const p = full.procedures[0];
    expect(p.rate.NT).toBe(0);
    expectPages(books.full, p);
    expectTotals(books.full, p);
    const [global, average] = rateCells(books.full);
    const num = (s: string) => Number(s.replace('%', '').replace(',', '.'));
    expect(global, global).toMatch(/^\d+([.,]\d+)?%$/);
    // The grid does not round; the report floors to one decimal (never rounds up).
    expect(floor1(num(global) * 1000, 100_000)).toBe(p.rate.measured);
    expect(p.rate.measured).toBe(floor1(p.rate.C, p.rate.C + p.rate.NC));
    // With nothing left to a human, the official rate's bounds meet the measured rate.
    expect([p.rate.floor, p.rate.ceiling]).toEqual([p.rate.measured, p.rate.measured]);
    // The grid rounds the mean to one decimal; the report floors it.
    expect(Math.abs(num(average) - p.rate.average!)).toBeLessThanOrEqual(0.1);
  });

  it('page text stays text in LibreOffice: a title that looks like a formula is shown as written', () => {
    expect(books.full['Échantillon'][8][1]).toBe(EVIL_TITLE);
    expect(books.full['Échantillon'][5][1]).toBe('Démarche sans NT');
  });

  it('P01 rendered by LibreOffice (PDF, then PNG) is kept in test-artifacts/ods-P01.png', async () => {
    if (!PDFTOPPM || !PDFTOTEXT) {
      console.warn('\n*** pdftoppm/pdftotext (poppler-utils) NOT FOUND: no screenshot of the grid. Install it: apt-get install poppler-utils ***\n');
      return;
    }
    await soffice(['--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), join(dir, 'demo.ods')]);
    const pdf = join(dir, 'pdf', 'demo.pdf');
    // The page footer names the sheet: find P01's first page.
    const { stdout } = await run(PDFTOTEXT, ['-layout', pdf, '-']);
    const pages = stdout.split('\f');
    const index = pages.findIndex((t) => /\d+\/\d+ - P01\b/.test(t));
    expect(index, 'a page of the PDF is P01').toBeGreaterThanOrEqual(0);
    expect(pages[index]).toContain('Modifications à apporter');
    mkdirSync(ARTIFACTS, { recursive: true });
    await run(PDFTOPPM, ['-png', '-r', '110', '-f', String(index + 1), '-l', String(index + 1), '-singlefile', pdf, join(ARTIFACTS, 'ods-P01')]);
    expect(statSync(join(ARTIFACTS, 'ods-P01.png')).size).toBeGreaterThan(20_000);
    // LibreOffice prints the whole workbook (70 pages): a budget, not a timing.
  }, 300_000);
});

const EVIL_TITLE = '=HYPERLINK("http://evil.example";"x")';

/**
 * A procedure where every criterion is decided on every page (no real page has that): two pages,
 * each criterion C, NC or NA by a fixed pattern, so that the sample has C, NC and NA criteria.
 */
function noNtProcedure(): ProcedureReport {
  const pattern = (i: number, page: number): Status => (['C', 'NC', 'NA', 'C', 'C'] as Status[])[(i + page * 2) % 5];
  const pages = [0, 1].map((page) => {
    const status: Record<string, Status> = {};
    const findings: Record<string, ReturnType<typeof finding>[]> = {};
    rules.criteria.forEach((c, i) => {
      status[c.id] = pattern(i, page);
      if (status[c.id] === 'NC') findings[c.id] = [finding(c.tests[0].id, { selector: `#p${page}-${c.id}` })];
    });
    return { url: `https://full.example/${page}`, title: page === 0 ? EVIL_TITLE : 'Seconde page', status, findings };
  });
  return makeProcedure({ id: 'full', name: 'Démarche sans NT', pages });
}
