/**
 * Pure: the measured rate over one page and over the sample, and the bounds of the official
 * rate that a human's decisions on the NT criteria could give.
 */
import type { CriterionResult, Finding, OfficialBounds, PageRate, ProcedureReport, Rate, RateCounts, Status } from '../model/types.js';
import { upgradeJudgement } from '../model/upgrade-judge.js';

/** Floor to one decimal: 99.96 → 99.9, never rounded up to 100. Exact for ratios of small integers. */
export function floor1(numerator: number, denominator: number): number {
  return Math.floor((numerator * 1000) / denominator + 1e-9) / 10;
}

export function counts(criteria: Record<string, { status: Status }>): RateCounts {
  const n: RateCounts = { C: 0, NC: 0, NA: 0, NT: 0 };
  for (const c of Object.values(criteria)) n[c.status]++;
  return n;
}

/** C / (C + NC), floored to one decimal; null when no criterion was decided. */
export function measuredRate(n: RateCounts): number | null {
  return n.C + n.NC ? floor1(n.C, n.C + n.NC) : null;
}

/**
 * Where the official rate lies whatever a human decides on the NT criteria, as long as each C
 * and NC of the tool is right: every NT turned NC gives the floor C / (C + NC + NT), every NT
 * turned C gives the ceiling (C + NT) / (C + NC + NT). An NT a human finds NA leaves both terms
 * and only moves the rate inside these bounds. Both floored like the measured rate (never
 * rounded up, so a ceiling below a threshold is a certain failure); null with no C, NC or NT.
 */
export function officialBounds(n: RateCounts): OfficialBounds {
  const all = n.C + n.NC + n.NT;
  if (!all) return { floor: null, ceiling: null };
  return { floor: floor1(n.C, all), ceiling: floor1(n.C + n.NT, all) };
}

export function pageRate(criteria: Record<string, CriterionResult>): PageRate {
  const n = counts(criteria);
  return { ...n, measured: measuredRate(n), ...officialBounds(n) };
}

/**
 * Over the sample: NC if NC on one page; NA only if NA on every page; C if applicable somewhere
 * and C wherever applicable; otherwise NT (not decided everywhere it applies).
 */
export function sampleStatus(statuses: Status[]): Status {
  if (statuses.length === 0) return 'NT';
  if (statuses.includes('NC')) return 'NC';
  if (statuses.every((s) => s === 'NA')) return 'NA';
  if (statuses.every((s) => s === 'C' || s === 'NA')) return 'C';
  return 'NT';
}

export interface SamplePage {
  url: string;
  criteria: Record<string, CriterionResult>;
}

/** Aggregate the pages that were audited (pages in error are left out by the caller). */
export function aggregateCriteria(pages: SamplePage[], criterionIds: string[], findingsMax = 50): Record<string, CriterionResult> {
  const out: Record<string, CriterionResult> = {};
  for (const id of criterionIds) {
    const per = pages.map((p) => p.criteria[id]).filter(Boolean);
    const testIds = per.length ? Object.keys(per[0].tests) : [];
    const tests: Record<string, Status> = {};
    for (const t of testIds) tests[t] = sampleStatus(per.map((c) => c.tests[t]));
    const findings: (Finding & { page: string })[] = [];
    const review: (Finding & { page: string })[] = [];
    pages.forEach((p) => {
      const c = p.criteria[id];
      if (!c) return;
      for (const f of c.findings) findings.push({ ...f, page: p.url });
      for (const f of c.review ?? []) review.push({ ...f, page: p.url });
    });
    const status = sampleStatus(per.map((c) => c.status));
    const res: CriterionResult = { status, tests, findings: findings.slice(0, findingsMax) };
    if (status === 'NT' && review.length) res.review = review.slice(0, findingsMax);
    out[id] = res;
  }
  return out;
}

/**
 * Pages of one process (a multi-step form): a criterion NC on one step is NC on every step.
 * Returns new per-page criteria maps; the evidence stays on the page where it was found.
 */
export function applyProcess(pages: SamplePage[]): SamplePage[] {
  const ncAnywhere = new Set<string>();
  for (const p of pages) for (const [id, c] of Object.entries(p.criteria)) if (c.status === 'NC') ncAnywhere.add(id);
  return pages.map((p) => ({
    url: p.url,
    criteria: Object.fromEntries(Object.entries(p.criteria).map(([id, c]) => [id, ncAnywhere.has(id) && c.status !== 'NC' ? { ...c, status: 'NC' as Status } : c])),
  }));
}

/** The measured rate and the official rate's bounds over the aggregated criteria, the taux moyen over the pages. */
export function sampleRate(aggregated: Record<string, CriterionResult>, pages: SamplePage[]): Rate {
  const n = counts(aggregated);
  const pageValues = pages.map((p) => counts(p.criteria)).filter((c) => c.C + c.NC > 0);
  let average: number | null = null;
  if (pageValues.length) {
    // Mean of exact page rates, floored once at the end.
    const sum = pageValues.reduce((s, c) => s + c.C / (c.C + c.NC), 0);
    average = Math.floor((sum * 1000) / pageValues.length + 1e-7) / 10;
  }
  return { ...n, measured: measuredRate(n), ...officialBounds(n), average };
}

type OldRate = Partial<Rate & { global: number | null; value: number | null }> & RateCounts;

/**
 * A procedure as read from a results file or JSON report of an older version (schemaVersion 1:
 * `rate.global` and a page's `rate.value`, no bounds; schemaVersion 1 and 2: reasons as plain
 * strings, see model/upgrade-judge.ts), in today's shape; today's are unchanged.
 * Used by `merge`, `batch --resume` and `--baseline`, so that older files keep working.
 */
export function upgradeProcedure(p: ProcedureReport): ProcedureReport {
  return upgradeJudgement(upgradeRates(p));
}

function upgradeRates(p: ProcedureReport): ProcedureReport {
  const r = p.rate as OldRate | undefined;
  const pages = (p.pages ?? []).map((pg) => {
    const pr = pg.rate as OldRate | null;
    if (!pr || 'measured' in pr) return pg;
    const { value, ...counts } = pr;
    return { ...pg, rate: { ...counts, measured: value ?? measuredRate(pr), ...officialBounds(pr) } };
  });
  if (!r || 'measured' in r) return pages.every((pg, i) => pg === p.pages[i]) ? p : { ...p, pages };
  const { global, ...rest } = r;
  return { ...p, pages, rate: { ...rest, measured: global ?? measuredRate(r), ...officialBounds(r), average: r.average ?? null } };
}
