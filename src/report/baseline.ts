/**
 * Compare a run with a baseline report (pure): what is newly non-compliant, what was fixed.
 * Procedures are matched by id; findings by (criterion, test, source, selector, page path),
 * the page path so that runs on another host or port (a CI preview, a random local port)
 * still match.
 */
import { Chalk } from 'chalk';
import type { AuditReport, ProcedureReport } from '../model/types.js';
import { compareIds } from '../model/rules.js';
import { pctL, t, type Lang } from './i18n.js';
import { termSafe } from './text.js';
import { pagePath } from './view.js';

export interface BaselineFinding {
  criterion: string;
  test: string;
  source: string;
  selector: string;
  /** Path and query of the page (host and port left out). */
  page: string;
  message: string;
}

export interface ProcedureComparison {
  id: string;
  name: string;
  /** False when the baseline has no procedure with this id: every NC is new. */
  inBaseline: boolean;
  /** Criteria NC now and not NC in the baseline. */
  newNC: string[];
  /** Findings whose (criterion, test, source, selector, page path) the baseline does not have. */
  newFindings: BaselineFinding[];
  /** Criteria NC in the baseline and not NC now (on pages audited in both runs). */
  fixed: string[];
  /** Baseline findings gone now (on pages audited in both runs). */
  fixedFindings: BaselineFinding[];
  /** Criteria better now: fixed, NT → C, or still NC with fewer findings. */
  improved: string[];
  /** Page paths audited in the baseline and not now (error or left out): nothing there counts as fixed. */
  notAudited: string[];
  rateBefore: number | null;
  rateAfter: number | null;
  /** Any new NC criterion or new finding. */
  failed: boolean;
}

export interface BaselineComparison {
  procedures: ProcedureComparison[];
  /** Procedure ids in the baseline and not in this run. */
  missing: string[];
  failed: boolean;
}

export function findingKey(f: Pick<BaselineFinding, 'criterion' | 'test' | 'source' | 'selector' | 'page'>): string {
  return JSON.stringify([f.criterion, f.test, f.source, f.selector, f.page]);
}

/** Every finding of a procedure, with the page path. */
export function procedureFindings(p: ProcedureReport): BaselineFinding[] {
  const only = p.pages.length === 1 ? p.pages[0].url : '';
  const out: BaselineFinding[] = [];
  for (const [criterion, c] of Object.entries(p.criteria)) {
    for (const f of c.findings ?? []) {
      out.push({ criterion, test: f.test, source: f.source, selector: f.selector, page: pagePath(f.page ?? only), message: f.message });
    }
  }
  return out.sort((a, b) => compareIds(a.test, b.test) || a.page.localeCompare(b.page) || a.selector.localeCompare(b.selector));
}

function auditedPaths(p: ProcedureReport): Set<string> {
  return new Set(p.pages.filter((x) => !x.error).map((x) => pagePath(x.url)));
}

function dedupe(fs: BaselineFinding[]): BaselineFinding[] {
  const seen = new Set<string>();
  return fs.filter((f) => {
    const k = findingKey(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function compareProcedure(cur: ProcedureReport, base: ProcedureReport | undefined): ProcedureComparison {
  const status = (p: ProcedureReport | undefined, id: string) => p?.criteria[id]?.status;
  const curFindings = dedupe(procedureFindings(cur));
  const baseFindings = base ? dedupe(procedureFindings(base)) : [];
  const baseKeys = new Set(baseFindings.map(findingKey));
  const curKeys = new Set(curFindings.map(findingKey));
  const nowAudited = auditedPaths(cur);
  const notAudited = base ? [...auditedPaths(base)].filter((x) => !nowAudited.has(x)).sort() : [];
  const stillAudited = (page: string) => nowAudited.has(page) || page === '';

  const ids = [...new Set([...Object.keys(cur.criteria), ...Object.keys(base?.criteria ?? {})])].sort(compareIds);
  const newNC: string[] = [];
  const fixed: string[] = [];
  const improved: string[] = [];
  for (const id of ids) {
    const now = status(cur, id);
    const before = status(base, id);
    if (now === 'NC' && before !== 'NC') newNC.push(id);
    if (before === 'NC' && now !== 'NC') {
      // Not NC because its pages could not be audited this time is not a fix.
      const pages = baseFindings.filter((f) => f.criterion === id).map((f) => f.page);
      const gone = pages.length > 0 && pages.every((pg) => !stillAudited(pg));
      if (now !== undefined && !gone) {
        fixed.push(id);
        improved.push(id);
      }
    } else if (before === 'NT' && now === 'C') improved.push(id);
    else if (before === 'NC' && now === 'NC') {
      const n = (fs: BaselineFinding[]) => fs.filter((f) => f.criterion === id && stillAudited(f.page)).length;
      if (n(curFindings) < n(baseFindings)) improved.push(id);
    }
  }
  const newFindings = curFindings.filter((f) => cur.criteria[f.criterion]?.status === 'NC' && !baseKeys.has(findingKey(f)));
  const fixedFindings = baseFindings.filter((f) => !curKeys.has(findingKey(f)) && stillAudited(f.page));
  return {
    id: cur.id,
    name: cur.name,
    inBaseline: !!base,
    newNC,
    newFindings,
    fixed,
    fixedFindings,
    improved,
    notAudited,
    rateBefore: base?.rate.measured ?? null,
    rateAfter: cur.rate.measured,
    failed: newNC.length > 0 || newFindings.length > 0,
  };
}

/** Compare each procedure of `current` with the baseline's procedure of the same id. */
export function compareWithBaseline(current: AuditReport, baseline: AuditReport): BaselineComparison {
  const byId = new Map(baseline.procedures.map((p) => [p.id, p]));
  const procedures = current.procedures.map((p) => compareProcedure(p, byId.get(p.id)));
  const seen = new Set(current.procedures.map((p) => p.id));
  const missing = baseline.procedures.map((p) => p.id).filter((id) => !seen.has(id));
  return { procedures, missing, failed: procedures.some((p) => p.failed) };
}

export interface BaselineTextOptions {
  lang?: Lang;
  color?: boolean;
  /** New findings listed per procedure. */
  maxFindings?: number;
  /** A JSON report is written in the same run: findings left out say where they are. */
  jsonWritten?: boolean;
}

/** A short block for the console: what improved, what is new, and the baseline gate. */
export function renderBaselineText(cmp: BaselineComparison, o: BaselineTextOptions = {}): string {
  const lang = o.lang ?? 'en';
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const max = o.maxFindings ?? 10;
  const out: string[] = [c.bold(t(lang, 'baseTitle'))];
  for (const p of cmp.procedures) {
    out.push(`  ${c.bold(termSafe(p.name, 120))}` + (p.inBaseline ? c.dim(` · ${t(lang, 'baseRate', { before: pctL(p.rateBefore, lang), after: pctL(p.rateAfter, lang) })}`) : ''));
    if (!p.inBaseline) out.push(c.yellow(`    ${t(lang, 'baseNotInBaseline')}`));
    if (p.newNC.length) out.push(c.red(`    ${t(lang, 'baseNewNC', { list: p.newNC.join(', ') })}`));
    if (p.newFindings.length) {
      out.push(c.red(`    ${t(lang, 'baseNewFindings', { n: p.newFindings.length })}`));
      for (const f of p.newFindings.slice(0, max)) out.push(`      + ${termSafe(f.test, 12)} ${c.cyan(termSafe(f.source, 60))} ${termSafe(f.selector, 100)} ${c.dim(termSafe(f.page, 80))}`);
      if (p.newFindings.length > max) out.push(c.dim(`      ${t(lang, o.jsonWritten ? 'moreInJson' : 'moreNotShown', { n: p.newFindings.length - max })}`));
    }
    if (p.fixed.length) out.push(c.green(`    ${t(lang, 'baseFixed', { list: p.fixed.join(', ') })}`));
    if (p.improved.length) out.push(c.green(`    ${t(lang, 'baseImproved', { list: p.improved.join(', ') })}`));
    if (!p.newNC.length && !p.newFindings.length) out.push(c.green(`    ${t(lang, 'baseNothingNew')}`));
  }
  if (cmp.missing.length) out.push(c.dim(`  ${t(lang, 'baseMissing', { list: cmp.missing.map((x) => termSafe(x, 60)).join(', ') })}`));
  out.push(cmp.failed ? c.red.bold(t(lang, 'baseFail')) : c.green.bold(t(lang, 'basePass')));
  return out.join('\n') + '\n';
}
