/**
 * The pipeline for one or more procedures: gather (browser) → evaluate (per page) →
 * aggregate (sample, rate). The judge stage (declaration, verdict) plugs in after.
 */
import os from 'node:os';
import pLimit from 'p-limit';
import type { Browser, CDPSession, Page } from 'playwright';
import { findBrowser, launchBrowser, type FoundBrowser } from './gather/browser.js';
import { InPageScript, axeLocale, factsScript, type InPagePlan, type RawPage } from './gather/inpage.js';
import { TECHNOLOGY_FACTS, technologiesOf } from './gather/technologies.js';
import { JUDGE_FACTS, judge, type FetchedPage } from './judge/discover.js';
import { expandEnv } from './batch/input.js';
import { applyIgnore } from './evaluate/ignore.js';
import { Pictures, screenshotFailures } from './gather/screenshots.js';
import { gatherPage, DEFAULT_GATHER, type GatheredPage, type PageHook, type PageScript, type ProcedureScope } from './gather/page.js';
import type { PageGuard } from './gather/guard.js';
import type { Artifacts, GathererName } from './gather/artifacts.js';
import { GATHERERS, collectArtifacts } from './gather/gatherers/index.js';
import { PagePool } from './gather/pool.js';
import { evaluatePage, planFromRules } from './evaluate/evaluate.js';
import { CHECKS, allCheckIds } from './evaluate/checks/registry.js';
import type { Check } from './evaluate/checks/define.js';
import { aggregateCriteria, applyProcess, pageRate, sampleRate, type SamplePage } from './aggregate/rate.js';
import { defaultRules } from './model/rules.js';
import type { PageReport, ProcedureReport, RuleSet } from './model/types.js';
import type { AuditOptions, GatherOptions, LoginStep, StorageState } from './model/config.js';

export type { AuditOptions } from './model/config.js';
/** Our checks' messages (en, fr), handed to the report layer to render findings in its language. */
export { CHECK_MESSAGES } from './evaluate/checks/registry.js';


/**
 * Default parallelism: one page more than the cores, bounded by free memory (about 350 MB per
 * page). A page spends part of its time waiting on the network (its load, then the quiet its
 * settle waits for), and the extra tab keeps the cores busy meanwhile: 250 pages of 50 procedures
 * at 100 ms latency on 2 cores, 3.8 min with 2 tabs, 3.1 with 3 (bench/RESULTS.md).
 */
export function defaultConcurrency(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const byMemory = Math.floor(os.freemem() / (350 * 1024 * 1024));
  return Math.max(1, Math.min(cores + 1, byMemory, 16));
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
  process?: boolean;
  /** Cookies and storage for pages behind a login; never reported. */
  storageState?: StorageState;
  /** Absolute time (ms since epoch) after which no new page of this procedure starts. */
  deadline?: number;
}

/**
 * Judge pages (homes, declarations) kept for the run: one per site for a campaign of 250
 * procedures on a few dozen sites; each holds a page's HTML (a declaration is ~10–200 KB).
 */
const RENDERED_KEPT = 64;

const RETRYABLE = /^(unreachable|timeout|navigation failed|browser crashed|renderer crashed)/;
/** A page's failure that may not last: tried again rather than remembered. */
const TRANSIENT = new RegExp(`${RETRYABLE.source}|^HTTP (?:5\\d\\d|429)\\b`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One browser for the run, the in-page script built once, pages gathered in parallel. */
export class AuditSession {
  readonly rules: RuleSet;
  readonly plan: InPagePlan;
  private readonly script: InPageScript;
  /** Open pages reused from URL to URL (see gather/pool.ts). */
  readonly pool: PagePool;
  private readonly factsScript: string;
  private browser: Browser | undefined;
  found: FoundBrowser | undefined;
  browserVersion: string | null = null;
  private readonly limit;
  readonly hooks: PageHook[] = [];
  /** The checks over the sample, run once every page of a procedure is gathered. */
  private readonly sampleChecks: Check[];

  constructor(
    readonly options: AuditOptions,
    rules: RuleSet = defaultRules(),
  ) {
    this.rules = rules;
    const p = planFromRules(rules, allCheckIds());
    // The interactive gatherers drive the live page (resize, Tab walk): about a third of a page's
    // cost. Without them the checks that need them do not run, and their tests stay NT, never C.
    const skipped = new Set<string>(options.interactive === false ? GATHERERS.filter((g) => g.interactive).map((g) => g.name) : []);
    const planned = CHECKS.filter((c) => p.checks.includes(c.meta.id) && !c.meta.needs.some((n) => skipped.has(n)));
    const needs = new Set(planned.flatMap((c) => c.meta.needs));
    const gatherers = new Set(GATHERERS.map((g) => g.name).filter((n) => needs.has(n)));
    // Facts the checks over the sample need, and those of the judge and the declaration draft.
    const facts = [...needs].filter((n) => n !== 'dom' && !gatherers.has(n as GathererName));
    const locale = options.lang ? axeLocale(options.lang) : undefined;
    this.plan = {
      ...p,
      checks: planned.filter((c) => c.meta.needs.includes('dom')).map((c) => c.meta.id),
      facts: [...facts, ...JUDGE_FACTS, ...TECHNOLOGY_FACTS],
      snippetMax: 300,
      nodeMax: 20,
      ...(locale ? { axeLocale: locale } : {}),
    };
    this.script = new InPageScript(this.plan);
    this.pool = new PagePool({ initScript: this.script.init });
    this.factsScript = factsScript();
    const perPage = planned.filter((c) => c.run);
    if (perPage.length) this.hooks.push((page, raw, guard, cdp) => this.runOnArtifacts(perPage, gatherers, page, raw, guard, cdp));
    if (options.screenshots) {
      const max = options.screenshots;
      // Pictures go with NC findings only (the reports show them there): not with the violations
      // of rules that only list elements for review (region, p-as-heading…), ~40 ms of CPU each.
      const ncRules = new Set(rules.criteria.flatMap((c) => c.tests.flatMap((t) => t.axe.filter((a) => a.decision === 'nc').map((a) => a.rule))));
      this.hooks.push((page, raw, _guard, cdp, scope) => screenshotFailures(page, raw, max, cdp, ncRules, scope?.pictures));
    }
    this.sampleChecks = planned.filter((c) => c.runSample);
    this.limit = pLimit(Math.max(1, options.concurrency));
  }

  /** The gatherers the checks need, once per page, then the checks over their artifacts (pure). */
  private async runOnArtifacts(checks: Check[], gatherers: ReadonlySet<GathererName>, page: Page, raw: RawPage, guard: PageGuard, cdp?: CDPSession): Promise<void> {
    const { artifacts, errors } = await collectArtifacts(gatherers, { page, script: this.script, guard, cdp }, raw.timings as unknown as Record<string, number>);
    for (const c of checks) {
      const failed = c.meta.needs.map((n) => errors[n as GathererName]).find(Boolean);
      if (failed) {
        raw.checks[c.meta.id] = { error: failed };
        continue;
      }
      try {
        raw.checks[c.meta.id] = c.run!(artifacts as Artifacts);
      } catch (e) {
        raw.checks[c.meta.id] = { error: String((e as Error)?.message ?? e).split('\n')[0] };
      }
    }
  }

  private starting: Promise<Browser> | undefined;

  /** Find and launch the browser once, however many pages ask for it at the same time. */
  start(): Promise<Browser> {
    if (this.aborted) return Promise.reject(new Error('browser crashed or closed: the run was stopped'));
    this.starting ??= (async () => {
      this.found = await findBrowser(this.options.browserPath);
      this.browser = await launchBrowser(this.found, { ownSignals: this.options.ownSignals });
      this.browserVersion = this.browser.version();
      return this.browser;
    })();
    return this.starting;
  }

  async close(): Promise<void> {
    const starting = this.starting;
    this.starting = undefined;
    const browser = starting ? await starting.catch(() => undefined) : undefined;
    await this.pool.close();
    await browser?.close().catch(() => undefined);
    this.browser = undefined;
    this.rendered.clear();
  }

  private readonly hostLimits = new Map<string, ReturnType<typeof pLimit>>();
  /** Pages retried, browser restarts: for the progress and the report. */
  readonly stats = { retries: 0, restarts: 0 };

  private hostLimit(url: string): ReturnType<typeof pLimit> {
    let host = 'other';
    try {
      host = new URL(url).host || 'file';
    } catch {
      /* invalid URLs fail in the browser with a clear reason */
    }
    let l = this.hostLimits.get(host);
    if (!l) this.hostLimits.set(host, (l = pLimit(Math.max(1, this.options.perHost ?? 4))));
    return l;
  }

  private aborted = false;
  /** Stop: close the browser; pages in flight end in error and nothing restarts it. */
  abort(): void {
    this.aborted = true;
    void this.close();
  }

  /**
   * The browser a page ran on is gone (crash, killed): forget it so that the next page starts a new
   * one. True when that browser is gone, whether this call or another page's restarted it.
   */
  private async restartIfCrashed(used: Browser | undefined): Promise<boolean> {
    if (!used || used.isConnected() || this.aborted) return false;
    const b = this.browser;
    if (b !== used) return true; // already forgotten by another page that failed with it
    if (!b) return false;
    this.starting = undefined;
    this.browser = undefined;
    this.stats.restarts++;
    await b.close().catch(() => undefined);
    return true;
  }

  /** One attempt, behind the host limit then the global limit. */
  private attempt<T>(url: string, script: string | PageScript, opts: GatherOptions, hooks: PageHook<T>[], scope?: ProcedureScope): Promise<{ g: GatheredPage<T>; browser: Browser }> {
    return this.hostLimit(url)(() =>
      this.limit(async () => {
        const browser = await this.start();
        return { g: await gatherPage<T>(browser, url, script, opts, hooks, this.pool, scope), browser };
      }),
    );
  }

  /**
   * Gather one page: retried with backoff on network errors, timeouts, 429 and 503 (Retry-After
   * honoured), and once after a browser crash (the browser is restarted).
   */
  async gather<T = RawPage>(url: string, extra: Partial<GatherOptions> = {}, script?: string, scope?: ProcedureScope): Promise<GatheredPage<T>> {
    const opts = { ...this.options, ...extra };
    const hooks = (script ? [] : this.hooks) as unknown as PageHook<T>[];
    const retries = opts.retries ?? 2;
    let crashes = 0;
    let cutShort = 0;
    for (let attempt = 0; ; attempt++) {
      const { g, browser } = await this.attempt<T>(url, script ?? this.script, opts, hooks, scope);
      if (!g.error) return g;
      // Cut short in a reused tab (GatheredPage.cutShort; that tab is closed now): once more at
      // once, in another tab, whatever --retries says. A second time, its error stands.
      if (g.cutShort && cutShort++ === 0) {
        this.stats.retries++;
        attempt--;
        continue;
      }
      // Every page in flight when the browser died is retried once on the new one, not only the
      // first to notice (with --retries 0 the others would be lost).
      if (/^browser crashed/.test(g.error) && (await this.restartIfCrashed(browser)) && crashes++ === 0) {
        this.stats.retries++;
        continue;
      }
      const retryable = RETRYABLE.test(g.error) || g.httpStatus === 429 || g.httpStatus === 503;
      if (!retryable || attempt >= retries) return g;
      this.stats.retries++;
      const wait = g.retryAfter !== undefined ? Math.min(g.retryAfter * 1000, 60_000) : (this.options.backoff ?? 1000) * 2 ** attempt;
      await sleep(wait);
    }
  }

  /** Run login steps in a fresh context and keep its storage state (in memory only). */
  login(steps: LoginStep[], where: string): Promise<StorageState> {
    const first = steps.find((s): s is { goto: string } => 'goto' in s)?.goto ?? 'login';
    return this.hostLimit(first)(() => this.limit(() => this.runLogin(steps, where)));
  }

  private async runLogin(steps: LoginStep[], where: string): Promise<StorageState> {
    const browser = await this.start();
    const context = await browser.newContext({
      viewport: this.options.viewport,
      userAgent: this.options.userAgent,
      acceptDownloads: false,
      ignoreHTTPSErrors: this.options.ignoreHttpsErrors,
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(this.options.timeout);
      for (const [i, step] of steps.entries()) {
        if ('goto' in step) await page.goto(step.goto, { waitUntil: 'load' });
        else if ('fill' in step) await page.fill(step.fill.selector, expandEnv(step.fill.value, `${where}[${i}].fill.value`));
        else if ('click' in step) await page.click(step.click);
        else await page.waitForSelector(step.waitFor);
      }
      return await context.storageState();
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /**
   * A rendered page's HTML and judge facts, without the audit (home and declaration pages).
   * Procedures of one site share its home page and usually its declaration: a page rendered
   * without a session (no storage state) is rendered once for the run, and a procedure asking for
   * it while it renders waits for that render. A failure that may not last (a timeout, the
   * network, a 5xx or 429) is not kept: the next procedure tries again; an answer is (a 404 home
   * page). Forgotten when the session closes.
   */
  fetchRendered(url: string, extra: Partial<GatherOptions> = {}): Promise<FetchedPage> {
    if (extra.storageState) return this.render(url, extra);
    const hit = this.rendered.get(url);
    if (hit) {
      // Most recently used last: the oldest entry is the one dropped.
      this.rendered.delete(url);
      this.rendered.set(url, hit);
      return hit;
    }
    const p = this.render(url, extra).then((f) => {
      if (f.error && TRANSIENT.test(f.error) && this.rendered.get(url) === p) this.rendered.delete(url);
      return f;
    });
    this.rendered.set(url, p);
    if (this.rendered.size > RENDERED_KEPT) this.rendered.delete(this.rendered.keys().next().value as string);
    return p;
  }

  /** Judge pages rendered without a session, by URL, most recently used last (see fetchRendered). */
  private readonly rendered = new Map<string, Promise<FetchedPage>>();

  private async render(url: string, extra: Partial<GatherOptions>): Promise<FetchedPage> {
    const g = await this.gather<{ facts: FetchedPage['facts']; html: string }>(url, { retries: 1, ...extra } as Partial<GatherOptions>, this.factsScript);
    return { url, finalUrl: g.finalUrl, status: g.httpStatus, error: g.error, html: g.raw?.html ?? null, facts: g.raw?.facts ?? null };
  }

  /** Run the checks defined over the set of pages and store their result on each page. */
  applyCrossPage(gathered: GatheredPage[]): void {
    const ok = gathered.filter((g) => g.raw && !g.error);
    if (!ok.length) return;
    for (const check of this.sampleChecks) {
      const id = check.meta.id;
      try {
        const res = check.runSample!(ok.map((g) => ({ url: g.url, facts: g.raw!.facts })));
        for (const g of ok) if (res[g.url]) g.raw!.checks[id] = res[g.url];
      } catch (e) {
        for (const g of ok) g.raw!.checks[id] = { error: String((e as Error)?.message ?? e) };
      }
    }
  }

  toPageReport(g: GatheredPage, reason?: string): PageReport {
    const hookTimings = g.raw ? Object.fromEntries(Object.entries(g.raw.timings).filter(([k]) => !['axe', 'checks', 'total'].includes(k))) : {};
    const base: PageReport = {
      url: g.url,
      finalUrl: g.finalUrl,
      httpStatus: g.httpStatus,
      error: g.error,
      title: g.raw?.facts.title ?? null,
      ...(technologiesOf(g.raw?.facts) ? { technologies: technologiesOf(g.raw?.facts) } : {}),
      ...(reason ? { reason } : {}),
      criteria: {},
      rate: null,
      timings: { ...g.timings, ...(g.raw ? { axe: g.raw.timings.axe, checks: g.raw.timings.checks } : {}), ...hookTimings },
    };
    if (!g.raw || g.error) return base;
    base.criteria = evaluatePage(this.rules, this.options.ignore?.length ? applyIgnore.raw(g.raw, this.options.ignore) : g.raw);
    if (this.options.ignore?.length) base.criteria = applyIgnore.criteria(base.criteria, this.options.ignore);
    base.rate = pageRate(base.criteria);
    return base;
  }

  async auditProcedure(input: ProcedureInput): Promise<{ report: ProcedureReport; gathered: GatheredPage[] }> {
    const extra: Partial<GatherOptions> = input.storageState ? { storageState: input.storageState } : {};
    // An element on several of the procedure's pages is pictured once (src/gather/screenshots.ts).
    const scope: ProcedureScope = { pictures: new Pictures() };
    const gathered = await Promise.all(
      input.urls.map((u) =>
        input.deadline && Date.now() > input.deadline
          ? Promise.resolve<GatheredPage>({ url: u, finalUrl: null, httpStatus: null, error: 'timeout: the procedure ran out of time before this page', raw: null, timings: {} })
          : this.gather(u, extra, undefined, scope),
      ),
    );
    this.applyCrossPage(gathered);
    const pages = gathered.map((g) => this.toPageReport(g, input.reasons?.[g.url]));
    const report = aggregateProcedure(input, pages, this.rules, input.process ?? this.options.process);
    // Judged even when no page could be audited: the declaration may still be read, and a site
    // that cannot be reached at all is « À venir » (2023 method), not « Non ».
    if (this.options.judge) {
      const j = await judge(
        {
          pages: gathered
            .filter((g) => !g.error)
            .map((g) => ({ url: g.url, finalUrl: g.finalUrl, title: g.raw?.facts.title ?? null, facts: (g.raw?.facts ?? null) as never })),
          siteUrl: input.urls[0] ?? null,
          failed: gathered.filter((g) => g.error).map((g) => ({ url: g.url, error: g.error as string })),
          measuredRate: report.rate.measured,
          measuredNC: report.rate.NC,
        },
        (u) => this.fetchRendered(u, extra),
        { ...this.options.judge, declarationUrl: input.declarationUrl ?? this.options.judge.declarationUrl },
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
