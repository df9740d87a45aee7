/**
 * `--format ods`: the official RGAA 4.1.2 audit grid (DINUM's template file itself, shipped in
 * official/) filled with what the tool decided, for an auditor to go on from. Written cells:
 * « Échantillon » (date, context, site, and each page's number, title and URL) and, on each page
 * sheet P01…P20, « Statut » (C, NC or NA where the tool decided, NT everywhere else) and, for an
 * NC, « Modifications à apporter » (the findings in short). « Dérogation » stays N; every formula
 * stays, so that « Synthèse » computes the rate itself once no NT is left.
 *
 * The template holds 20 pages: a larger sample gives one grid per 20 pages, and several
 * procedures one grid each. Page sheets left unused are set to NA, as the grid's own « Mode
 * d'emploi » asks, so that they weigh nothing in « Synthèse ».
 */
import { readFileSync } from 'node:fs';
import type { AuditReport, Finding, PageReport, ProcedureReport, RuleSet, Status } from '../model/types.js';
import { applyProcess } from '../aggregate/rate.js';
import { OdsDocument, type OdsSheet } from './ods-doc.js';
import { GRID_TEMPLATE } from './official.js';
import { pageNumber } from './grid.js';
import { numericDate, safePart } from './view.js';

export const PAGES_PER_GRID = 20;
/** Findings written in « Modifications à apporter » before « … et N autres ». */
export const FINDINGS_IN_CELL = 5;
const TEXT_MAX = 200;

/** Where the template keeps what we fill (checked against the file when it is opened). */
const SAMPLE = { sheet: 'Échantillon', date: 'B3', auditor: 'B4', context: 'B5', site: 'B6', firstRow: 9 } as const;
const PAGE = { header: 3, status: 'D', derogation: 'E', changes: 'F', criterion: 'B' } as const;

/** One grid to write: up to 20 pages of one procedure. */
export interface GridPart {
  procedure: ProcedureReport;
  /** Index in the procedure of its first page. */
  first: number;
  pages: PageReport[];
  /** 1-based number of this grid among the procedure's grids, and their count. */
  n: number;
  of: number;
}

/** The grids a report needs: one per procedure and per 20 pages. */
export function gridParts(report: AuditReport): GridPart[] {
  const parts: GridPart[] = [];
  for (const p of report.procedures) {
    const of = Math.max(1, Math.ceil(p.pages.length / PAGES_PER_GRID));
    for (let k = 0; k < of; k++) parts.push({ procedure: p, first: k * PAGES_PER_GRID, pages: p.pages.slice(k * PAGES_PER_GRID, (k + 1) * PAGES_PER_GRID), n: k + 1, of });
  }
  return parts;
}

/**
 * Each page's status per criterion as the grid must show it: the page's own, except that with
 * `--process` a criterion NC on one step is NC on every step (the official method; the grid's
 * formulas do not know it). Pages in error have none (NT everywhere).
 */
export function gridStatuses(p: ProcedureReport, process: boolean): Map<PageReport, Record<string, Status>> {
  const ok = p.pages.filter((pg) => !pg.error);
  const sample = ok.map((pg) => ({ url: pg.url, criteria: pg.criteria }));
  const applied = process ? applyProcess(sample) : sample;
  const out = new Map<PageReport, Record<string, Status>>();
  ok.forEach((pg, i) => out.set(pg, Object.fromEntries(Object.entries(applied[i].criteria).map(([id, c]) => [id, c.status]))));
  return out;
}

function short(s: string | null | undefined): string {
  const x = String(s ?? '').replace(/\s+/g, ' ').trim();
  return x.length > TEXT_MAX ? `${x.slice(0, TEXT_MAX - 1)}…` : x;
}

/** « Modifications à apporter » for an NC: one line per finding (source, selector, message), capped. */
export function changesText(findings: Finding[], ncElsewhere: string[]): string[] {
  const lines = findings.slice(0, FINDINGS_IN_CELL).map((f) => `${short(f.source)} · ${short(f.selector)} · ${short(f.message)}`);
  if (findings.length > FINDINGS_IN_CELL) lines.push(`… et ${findings.length - FINDINGS_IN_CELL} autres`);
  if (!findings.length && ncElsewhere.length) lines.push(`Non conforme sur une autre étape du processus : ${ncElsewhere.join(', ')}`);
  return lines;
}

/** Criterion id → row number on a page sheet, read from the template's « Critère » column. */
function criterionRows(sheet: OdsSheet, rules: RuleSet): Map<string, number> {
  if (sheet.text(`${PAGE.status}${PAGE.header}`) !== 'Statut' || sheet.text(`${PAGE.changes}${PAGE.header}`) !== 'Modifications à apporter') {
    throw new Error(`${sheet.name}: the template's columns are not where expected (Statut in ${PAGE.status}, Modifications à apporter in ${PAGE.changes})`);
  }
  const rows = new Map<string, number>();
  for (let r = PAGE.header + 1; rows.size < rules.criteria.length && r < PAGE.header + 200; r++) {
    const id = sheet.text(`${PAGE.criterion}${r}`).trim();
    if (/^\d+\.\d+$/.test(id)) rows.set(id, r);
  }
  const missing = rules.criteria.filter((c) => !rows.has(c.id)).map((c) => c.id);
  if (missing.length) throw new Error(`${sheet.name}: the template has no row for criteria ${missing.join(', ')}`);
  return rows;
}

/** The template, opened once: each grid fills a copy (copying costs less than parsing again). */
let template: OdsDocument | undefined;

/** The official grid filled for one part (bytes of an .ods file). */
export function fillGrid(report: AuditReport, part: GridPart, rules: RuleSet): Uint8Array {
  template ??= OdsDocument.open(readFileSync(GRID_TEMPLATE));
  const doc = template.clone();
  const p = part.procedure;
  const statuses = gridStatuses(p, report.options.process === true);
  const numbers = new Map(part.pages.map((pg, i) => [pg, pageNumber(i)]));

  const sample = doc.sheet(SAMPLE.sheet);
  if (sample.text(`A${SAMPLE.firstRow}`) !== pageNumber(0) || sample.text(`A${SAMPLE.firstRow + PAGES_PER_GRID - 1}`) !== pageNumber(PAGES_PER_GRID - 1)) {
    throw new Error(`${SAMPLE.sheet}: the template's page list is not where expected (P01 in A${SAMPLE.firstRow})`);
  }
  const split = part.of > 1 ? ` ; pages ${part.first + 1} à ${part.first + part.pages.length} sur ${p.pages.length} (grille ${part.n} sur ${part.of})` : '';
  sample.setText(SAMPLE.date, [numericDate(report.startedAt)]);
  sample.setText(SAMPLE.auditor, ['[À COMPLÉTER : prénom et nom]']);
  sample.setText(SAMPLE.context, [`Audit automatisé rgaa-audit ${report.tool.version}${split}`]);
  sample.setText(SAMPLE.site, [p.name]);

  for (let i = 0; i < PAGES_PER_GRID; i++) {
    const row = SAMPLE.firstRow + i;
    const pg = part.pages[i];
    const sheet = doc.sheet(pageNumber(i));
    const rows = criterionRows(sheet, rules);
    if (!pg) {
      // Unused page sheet: no page in the sample, NA everywhere so that Synthèse can compute.
      for (const cell of ['A', 'B', 'C']) sample.setText(`${cell}${row}`, []);
      for (const r of rows.values()) sheet.setText(`${PAGE.status}${r}`, ['NA']);
      continue;
    }
    sample.setText(`B${row}`, [pg.error ? `[non auditée : ${short(pg.error)}]` : short(pg.title) || '[sans titre]']);
    sample.setText(`C${row}`, [pg.url]);
    const own = statuses.get(pg);
    for (const [id, r] of rows) {
      const status: Status = own?.[id] ?? 'NT';
      sheet.setText(`${PAGE.status}${r}`, [status]);
      if (status !== 'NC') continue;
      const found = pg.criteria[id]?.findings ?? [];
      const elsewhere = p.pages.filter((o) => o !== pg && o.criteria[id]?.status === 'NC').map((o) => numbers.get(o) ?? o.url);
      sheet.setText(`${PAGE.changes}${r}`, changesText(found, elsewhere));
    }
  }
  doc.dropCachedResults();
  return doc.save(new Date(report.finishedAt));
}

/** Every grid of the report: `rgaa-audit.ods`, or one per procedure and per 20 pages. */
export function renderOds(report: AuditReport, rules: RuleSet): { part: string; ext: string; data: Uint8Array }[] {
  const several = report.procedures.length > 1;
  const used = new Set<string>();
  return gridParts(report).map((part, i) => {
    let name = several ? `.${safePart(part.procedure.id)}` : '';
    if (part.of > 1) name += `.p${part.first + 1}-${part.first + part.pages.length}`;
    if (used.has(name)) name += `.${i + 1}`;
    used.add(name);
    return { part: name, ext: '.ods', data: fillGrid(report, part, rules) };
  });
}
