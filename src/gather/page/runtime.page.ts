/**
 * The in-page audit: axe-core (only the rules we map, only violations and incomplete), our checks,
 * the scope counts that decide NA, and the facts the judge and the sample checks need. It is bundled
 * with every page module (scripts/build-page.mjs) into the one script evaluated in each page
 * (gather/inpage.ts); only compact results cross back to Node.
 */
import type { CheckResult, InPagePlan, RawAxe, RawPage } from '../inpage-api.js';
import { makeContext, type PageCheckRun } from './context.page.js';
import { unexaminedFrames } from './frames.page.js';

/** What a module of the bundle may give (see scripts/build-page.mjs). */
export interface PageModule {
  /** `<id>.page.ts` of a check: the check itself. */
  default?: PageCheckRun;
  /** Facts gathered in every page that asks for them, stored under `facts[name]`. */
  facts?: Record<string, () => unknown>;
  /** Page parts of the gatherers, called from Node (gather/inpage.ts `pageCall`). */
  probes?: Record<string, (...args: never[]) => unknown>;
}

/** What axe's raw results hold, as the script reads them (axe's published types describe the reported ones). */
interface AxeRawRule {
  id: string;
  help: string;
  helpUrl?: string;
  nodes: { node?: { selector: unknown[]; source?: string }; impact?: string | null; none?: AxeRawCheck[]; all?: AxeRawCheck[]; any?: AxeRawCheck[] }[];
}
interface AxeRawCheck {
  message?: unknown;
}

/** axe-core in the page, as this script uses it, internals included (`_tree`, `utils.aggregateResult`). */
interface InPageAxe {
  _tree?: unknown;
  /** The templates of axe's fix summaries (« Fix any of the following: »…), in its configured locale. */
  _audit?: { data?: { failureSummaries?: Record<string, { failureMessage?: (messages: string[]) => string }> } };
  configure(spec: { locale: unknown }): void;
  utils: { aggregateResult(raw: unknown[]): Record<'violations' | 'incomplete', AxeRawRule[]> };
  addReporter(name: string, fn: (raw: unknown[], o: unknown, resolve: (r: unknown) => void) => void): void;
  run(context: Document, options: Record<string, unknown>): Promise<unknown>;
  setup(node: Document): unknown;
  teardown(): void;
}

/** The API the bundle exposes in the page: the audit, and the probes of the gatherers. */
export interface PageApi {
  audit(plan: InPagePlan): Promise<RawPage>;
  probes: Record<string, (...args: never[]) => unknown>;
}

export function createApi(modules: Record<string, PageModule>): PageApi {
  const checks: Record<string, PageCheckRun> = {};
  const facts: Record<string, () => unknown> = {};
  const probes: Record<string, (...args: never[]) => unknown> = {};
  for (const [id, m] of Object.entries(modules)) {
    if (m.default) checks[id] = m.default;
    Object.assign(facts, m.facts ?? {});
    Object.assign(probes, m.probes ?? {});
  }
  return {
    probes,
    async audit(plan: InPagePlan): Promise<RawPage> {
      const start = performance.timeOrigin + performance.now();
      const out = await audit(plan, checks);
      for (const k of plan.facts) {
        const f = facts[k];
        if (!f) continue;
        const t = performance.now();
        try {
          out.facts[k] = f();
        } catch (e) {
          out.errors.push('fact ' + k + ': ' + String((e as Error)?.message ?? e));
        }
        (out.timings as Record<string, number>)['fact:' + k] = Math.round(performance.now() - t);
      }
      (out.timings as Record<string, number>).inPage = Math.round(performance.timeOrigin + performance.now() - start);
      return out;
    },
  };
}

/** The facts only, and the rendered HTML (home and declaration pages: no audit). */
export function collectFacts(modules: Record<string, PageModule>): { facts: Record<string, unknown>; html: string } {
  const out: { facts: Record<string, unknown>; html: string } = { facts: {}, html: document.documentElement.outerHTML };
  for (const m of Object.values(modules)) {
    for (const [k, f] of Object.entries(m.facts ?? {})) {
      try {
        out.facts[k] = f();
      } catch {
        out.facts[k] = null;
      }
    }
  }
  return out;
}

async function audit(plan: InPagePlan, checks: Record<string, PageCheckRun>): Promise<RawPage> {
  const t0 = performance.now();
  const ax = (window as unknown as { axe: InPageAxe }).axe;
  const out: RawPage = {
    axe: null,
    scopes: {},
    checks: {},
    facts: { title: null, lang: null, doctype: null, mentions: [] },
    errors: [],
    timings: { axe: 0, checks: 0, total: 0 },
  };
  const trunc = (s: string) => (s.length > plan.snippetMax ? s.slice(0, plan.snippetMax) + '…' : s);
  let t1 = t0;
  // Our checks, scope counts and facts, run while axe-core's flattened tree and caches are alive
  // (inside its reporter), so that the context reuses what the rules computed.
  const ours = () => {
    t1 = performance.now();
    const h = makeContext(plan.snippetMax, plan.nodeMax);
    for (const sel of plan.selectors) {
      try {
        out.scopes[sel] = h.all(sel).length;
      } catch {
        out.scopes[sel] = -1;
        out.errors.push('bad selector: ' + sel);
      }
    }
    try {
      const frames = unexaminedFrames(h, plan.selectors);
      if (frames) out.frames = frames;
    } catch (e) {
      out.errors.push('frames: ' + String((e as Error)?.message ?? e));
    }
    for (const id of plan.checks) {
      const run = checks[id];
      if (!run) continue;
      try {
        out.checks[id] = capped(run(h), plan.nodeMax);
      } catch (e) {
        out.checks[id] = { error: String((e as Error)?.message ?? e) };
      }
    }
    const dt = document.doctype;
    out.facts.title = document.title || null;
    out.facts.lang = document.documentElement.getAttribute('lang');
    out.facts.doctype = dt ? `<!DOCTYPE ${dt.name}${dt.publicId ? ` PUBLIC "${dt.publicId}"` : ''}${dt.systemId ? ` "${dt.systemId}"` : ''}>` : null;
  };
  // Only the nodes we keep are serialised (selector, HTML): axe's own reporter would do it for
  // every node of every violated or incomplete rule.
  const shape = (raw: unknown[]): RawAxe => {
    const grouped = ax.utils.aggregateResult(raw);
    const res: RawAxe = { violations: {}, incomplete: {}, help: {} };
    const summaries = ax._audit?.data?.failureSummaries;
    const texts = (cs: AxeRawCheck[] | undefined) => (cs ?? []).map((c) => String(c.message ?? '')).filter(Boolean);
    // axe's own fix summary (its reporters' failureSummary): the checks a node failed, `all` and
    // `none` under "Fix all of the following:", `any` under "Fix any of the following:".
    const fixOf = (n: AxeRawRule['nodes'][number]): string =>
      (
        [
          ['none', [...texts(n.none), ...texts(n.all)]],
          ['any', texts(n.any)],
        ] as const
      )
        .filter(([, msgs]) => msgs.length)
        .map(([key, msgs]) => {
          const f = summaries?.[key]?.failureMessage;
          return typeof f === 'function' ? f([...msgs]) : msgs.join('\n');
        })
        .join('\n\n');
    for (const type of ['violations', 'incomplete'] as const) {
      for (const rule of grouped[type]) {
        if (rule.helpUrl) res.help![rule.id] = String(rule.helpUrl);
        res[type][rule.id] = rule.nodes.slice(0, plan.nodeMax).map((n) => {
          const msgs = [...(n.none ?? []), ...(n.all ?? []), ...(n.any?.length ? [n.any[0]] : [])].map((c) => String(c.message)).filter(Boolean);
          const target: unknown[] = n.node ? n.node.selector : [];
          const fix = fixOf(n);
          return {
            selector: target.map((t) => (Array.isArray(t) ? t.join(' ') : String(t))).join(' '),
            snippet: trunc(String(n.node?.source ?? '')),
            message: msgs.slice(0, 2).join(' ') || String(rule.help),
            impact: n.impact ?? null,
            ...(fix ? { fix } : {}),
          };
        });
      }
    }
    return res;
  };
  let oursDone = false;
  if (plan.axeRules.length && ax) {
    const REPORTER = '__rgaa_audit_raw';
    ax.addReporter(REPORTER, (raw: unknown[], _o: unknown, resolve: (r: unknown) => void) => {
      try {
        out.axe = shape(raw);
      } catch (e) {
        out.errors.push('axe results: ' + String((e as Error)?.message ?? e));
      }
      try {
        ours();
      } catch (e) {
        out.errors.push('checks: ' + String((e as Error)?.message ?? e));
      }
      oursDone = true;
      resolve(null);
    });
    try {
      if (plan.axeLocale) ax.configure({ locale: plan.axeLocale });
      await ax.run(document, {
        runOnly: { type: 'rule', values: plan.axeRules },
        resultTypes: ['violations', 'incomplete'],
        reporter: REPORTER,
        elementRef: false,
        selectors: true,
        ancestry: false,
        xpath: false,
        iframes: false,
        preload: false,
        performanceTimer: false,
      });
    } catch (e) {
      out.errors.push('axe: ' + String((e as Error)?.message ?? e));
    }
  }
  if (!oursDone) {
    let setup = false;
    try {
      if (ax && !ax._tree) {
        ax.setup(document);
        setup = true;
      }
    } catch (e) {
      out.errors.push('axe.setup: ' + String((e as Error)?.message ?? e));
    }
    try {
      ours();
    } finally {
      if (setup) ax.teardown();
    }
  }
  const t2 = performance.now();
  out.timings = { axe: Math.round(t1 - t0), checks: Math.round(t2 - t1), total: Math.round(t2 - t0) };
  return out;
}

/** At most `max` nodes in each list of a result. */
function capped(res: CheckResult, max: number): CheckResult {
  res.failures = res.failures.slice(0, max);
  res.doubts = res.doubts.slice(0, max);
  if (res.byTest) {
    for (const part of Object.values(res.byTest)) {
      part.failures = part.failures.slice(0, max);
      part.doubts = part.doubts.slice(0, max);
    }
  }
  return res;
}
