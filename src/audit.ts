/**
 * The pipeline for one or more procedures: gather (browser) → evaluate (per page) →
 * aggregate (sample, rate). The judge stage (declaration, verdict) plugs in after.
 */
import os from 'node:os';
import pLimit from 'p-limit';
import type { Browser } from 'playwright';
import { findBrowser, launchBrowser, type FoundBrowser } from './gather/browser.js';
import { buildInPageScript, buildFactsScript, type InPagePlan, type FactGatherer } from './gather/inpage.js';
import { JUDGE_FACTS, judge, type FetchedPage, type JudgeOptions } from './judge/discover.js';
import { en } from './judge/messages.js';
import { gatherPage, DEFAULT_GATHER, type GatherOptions, type GatheredPage, type PageHook } from './gather/page.js';
import { evaluatePage, planFromRules } from './evaluate/evaluate.js';
import { IN_PAGE_CHECKS, INTERACTIVE_CHECKS, CROSS_PAGE_CHECKS, FACT_GATHERERS, allCheckIds } from './evaluate/checks/index.js';
import { aggregateCriteria, applyProcess, pageRate, sampleRate, type SamplePage } from './aggregate/rate.js';
import { defaultRules } from './model/rules.js';
import type { PageReport, ProcedureReport, RuleSet } from './model/types.js';

export interface AuditOptions extends GatherOptions {
  concurrency: number;
  browserPath?: string;
  /** Treat the pages as the steps of one process (NC on one step is NC on all). */
  process?: boolean;
  /** Look for the mention and declaration and give the verdict; off when undefined. */
  judge?: JudgeOptions;
}

/** Default parallelism: one page per core, bounded by free memory (about 350 MB per page). */
export function defaultConcurrency(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const byMemory = Math.floor(os.freemem() / (350 * 1024 * 1024));
  return Math.max(1, Math.min(cores, byMemory, 16));
}

export function defaultAuditOptions(): AuditOptions {
  return { ...DEFAULT_GATHER, concurrency: defaultConcurrency() };
}

export interface ProcedureInput {
  id: string;
  name: string;
  administration?: string | null;
  urls: string[];
  reasons?: Record<string, string>;
  declarationUrl?: string;
}

/** One browser for the run, the in-page script built once, pages gathered in parallel. */
export class AuditSession {
  readonly rules: RuleSet;
  readonly plan: InPagePlan;
  private readonly script: string;
  private readonly factsScript: string;
  private browser: Browser | undefined;
  found: FoundBrowser | undefined;
  browserVersion: string | null = null;
  private readonly limit;
  readonly hooks: PageHook[] = [];
  private readonly crossPage: typeof CROSS_PAGE_CHECKS;

  constructor(
    readonly options: AuditOptions,
    facts: Record<string, FactGatherer> = {},
    rules: RuleSet = defaultRules(),
  ) {
    this.rules = rules;
    const p = planFromRules(rules, allCheckIds());
    const inPage = IN_PAGE_CHECKS.filter((c) => p.checks.includes(c.id));
    this.plan = { ...p, checks: inPage.map((c) => c.id), snippetMax: 300, nodeMax: 20 };
    this.script = buildInPageScript(inPage, { ...FACT_GATHERERS, ...JUDGE_FACTS, ...facts })(this.plan);
    this.factsScript = buildFactsScript(JUDGE_FACTS);
    for (const check of INTERACTIVE_CHECKS.filter((c) => p.checks.includes(c.id))) {
      this.hooks.push(async (page, raw) => {
        try {
          raw.checks[check.id] = await check.run(page);
        } catch (e) {
          raw.checks[check.id] = { error: String((e as Error)?.message ?? e).split('\n')[0] };
        }
      });
    }
    this.crossPage = CROSS_PAGE_CHECKS.filter((c) => p.checks.includes(c.id));
    this.limit = pLimit(Math.max(1, options.concurrency));
  }

  private starting: Promise<Browser> | undefined;

  /** Find and launch the browser once, however many pages ask for it at the same time. */
  start(): Promise<Browser> {
    this.starting ??= (async () => {
      this.found = await findBrowser(this.options.browserPath);
      this.browser = await launchBrowser(this.found);
      this.browserVersion = this.browser.version();
      return this.browser;
    })();
    return this.starting;
  }

  async close(): Promise<void> {
    const starting = this.starting;
    this.starting = undefined;
    const browser = starting ? await starting.catch(() => undefined) : undefined;
    await browser?.close().catch(() => undefined);
    this.browser = undefined;
  }

  /** Gather one page (queued behind the concurrency limit). */
  gather(url: string): Promise<GatheredPage> {
    return this.limit(async () => {
      const browser = await this.start();
      return gatherPage(browser, url, this.script, this.options, this.hooks);
    });
  }

  /** A rendered page's HTML and judge facts, without the audit (home and declaration pages). */
  fetchRendered(url: string): Promise<FetchedPage> {
    return this.limit(async () => {
      const browser = await this.start();
      const g = await gatherPage<{ facts: FetchedPage['facts']; html: string }>(browser, url, this.factsScript, this.options);
      return { url, finalUrl: g.finalUrl, status: g.httpStatus, error: g.error, html: g.raw?.html ?? null, facts: g.raw?.facts ?? null };
    });
  }

  /** Run the checks defined over the set of pages and store their result on each page. */
  applyCrossPage(gathered: GatheredPage[]): void {
    const ok = gathered.filter((g) => g.raw && !g.error);
    if (!ok.length) return;
    for (const check of this.crossPage) {
      try {
        const res = check.run(ok.map((g) => ({ url: g.url, facts: g.raw!.facts })));
        for (const g of ok) if (res[g.url]) g.raw!.checks[check.id] = res[g.url];
      } catch (e) {
        for (const g of ok) g.raw!.checks[check.id] = { error: String((e as Error)?.message ?? e) };
      }
    }
  }

  toPageReport(g: GatheredPage, reason?: string): PageReport {
    const base: PageReport = {
      url: g.url,
      finalUrl: g.finalUrl,
      httpStatus: g.httpStatus,
      error: g.error,
      title: g.raw?.facts.title ?? null,
      ...(reason ? { reason } : {}),
      criteria: {},
      rate: null,
      timings: { ...g.timings, ...(g.raw ? { axe: g.raw.timings.axe, checks: g.raw.timings.checks } : {}) },
    };
    if (!g.raw || g.error) return base;
    base.criteria = evaluatePage(this.rules, g.raw);
    base.rate = pageRate(base.criteria);
    return base;
  }

  async auditProcedure(input: ProcedureInput): Promise<{ report: ProcedureReport; gathered: GatheredPage[] }> {
    const gathered = await Promise.all(input.urls.map((u) => this.gather(u)));
    this.applyCrossPage(gathered);
    const pages = gathered.map((g) => this.toPageReport(g, input.reasons?.[g.url]));
    const report = aggregateProcedure(input, pages, this.rules, this.options.process);
    if (this.options.judge && gathered.some((g) => !g.error)) {
      const j = await judge(
        {
          pages: gathered.filter((g) => !g.error).map((g) => ({ url: g.url, finalUrl: g.finalUrl, facts: (g.raw?.facts ?? null) as never })),
          measuredRate: report.rate.global,
          measuredNC: report.rate.NC,
        },
        (u) => this.fetchRendered(u),
        { ...this.options.judge, declarationUrl: input.declarationUrl ?? this.options.judge.declarationUrl },
        en,
      );
      report.declaration = j.declaration;
      report.verdict = j.verdict;
    }
    return { report, gathered };
  }
}

/** Aggregate the audited pages of one procedure (pages in error are reported but not counted). */
export function aggregateProcedure(
  input: Pick<ProcedureInput, 'id' | 'name' | 'administration'>,
  pages: PageReport[],
  rules: RuleSet,
  process = false,
): ProcedureReport {
  let sample: SamplePage[] = pages.filter((p) => !p.error).map((p) => ({ url: p.url, criteria: p.criteria }));
  if (process) sample = applyProcess(sample);
  const ids = rules.criteria.map((c) => c.id);
  const criteria = sample.length ? aggregateCriteria(sample, ids) : {};
  const failed = pages.filter((p) => p.error);
  return {
    id: input.id,
    name: input.name,
    administration: input.administration ?? null,
    pages,
    criteria,
    rate: sampleRate(criteria, sample),
    declaration: null,
    verdict: null,
    error: sample.length ? null : failed.length ? `no page could be audited: ${failed[0].error}` : 'no page to audit',
  };
}
