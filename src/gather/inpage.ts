/**
 * The one script evaluated in each page: axe-core (only the rules we map, only violations and
 * incomplete), our own checks, the scope counts that decide NA, and the facts the judge needs.
 * One round trip per page; only compact results cross back to Node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CheckResult, InPageCheck, InPageHelpers, PageFacts, RawNode } from './inpage-api.js';
import { describeNode, type Describe } from './dom.js';

const require = createRequire(import.meta.url);

export interface InPagePlan {
  axeRules: string[];
  selectors: string[];
  checks: string[];
  /** Max characters of an HTML snippet. */
  snippetMax: number;
  /** Max nodes kept per axe rule or check. */
  nodeMax: number;
  /**
   * axe-core's own locale (its `locales/<lang>.json`), configured before the run, so that its
   * messages and fix summaries are in the report's language; absent for English.
   */
  axeLocale?: unknown;
}

/** What the script reads of axe's raw results (axe's published types describe the reported ones). */
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
  _selectorData?: unknown;
  /** The templates of axe's fix summaries (« Fix any of the following: »…), in its configured locale. */
  _audit?: { data?: { failureSummaries?: Record<string, { failureMessage?: (messages: string[]) => string }> } };
  configure(spec: { locale: unknown }): void;
  utils: { getSelector(el: Element): string; aggregateResult(raw: unknown[]): Record<'violations' | 'incomplete', AxeRawRule[]> };
  commons: { text: { accessibleText(el: Element): string }; dom: { isVisibleToScreenReaders(el: Element): boolean } };
  addReporter(name: string, fn: (raw: unknown[], o: unknown, resolve: (r: unknown) => void) => void): void;
  run(context: Document, options: Record<string, unknown>): Promise<unknown>;
  setup(node: Document): unknown;
  teardown(): void;
}

/** An axe node: a RawNode with axe's whole fix summary (every failed check, as axe words it). */
export type RawAxeNode = RawNode & { fix?: string };

export interface RawAxe {
  violations: Record<string, RawAxeNode[]>;
  incomplete: Record<string, RawAxeNode[]>;
  /** Rule id → axe's help URL. */
  help?: Record<string, string>;
}

/** axe-core's locale for `lang` (none for English, axe's own language). */
export function axeLocale(lang: string): unknown {
  return lang === 'en' ? undefined : JSON.parse(readFileSync(require.resolve(`axe-core/locales/${lang}.json`), 'utf8'));
}

export interface RawPage {
  axe: RawAxe | null;
  scopes: Record<string, number>;
  checks: Record<string, CheckResult | { error: string }>;
  facts: PageFacts;
  errors: string[];
  timings: { axe: number; checks: number; total: number };
}

let axeSource: string | undefined;
export function axeScript(): string {
  // Hide AMD/CommonJS globals some pages define, so axe always registers as window.axe.
  return (axeSource ??= `(function (define, module, exports) {\n${readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')}\n}).call(window, undefined, undefined, undefined);`);
}

export function axeVersion(): string {
  return (require('axe-core/package.json') as { version: string }).version;
}

/* ---------- everything below `makeHelpers` and `inPageMain` runs in the browser ---------- */

function makeHelpers(snippetMax: number, nodeMax: number, describe: Describe): InPageHelpers {
  const doc = document;
  const roots: ParentNode[] = [doc];
  const walk = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(doc);
  const ax = (window as unknown as { axe: InPageAxe }).axe;
  const h: InPageHelpers = {
    doc,
    max: nodeMax,
    all(selector: string, root?: ParentNode): Element[] {
      if (root) return Array.from(root.querySelectorAll(selector));
      if (roots.length === 1) return Array.from(doc.querySelectorAll(selector));
      return roots.flatMap((r) => Array.from(r.querySelectorAll(selector)));
    },
    selector(el: Element): string {
      try {
        if (ax && ax._selectorData) return String(ax.utils.getSelector(el));
      } catch {
        /* fall back to our own */
      }
      return describe(el, '').selector;
    },
    snippet(el: Element): string {
      return describe(el, '', snippetMax).snippet;
    },
    name(el: Element): string {
      try {
        if (ax && ax._tree) return String(ax.commons.text.accessibleText(el)).trim();
      } catch {
        /* fall through */
      }
      return (el.getAttribute('aria-label') || el.getAttribute('alt') || el.getAttribute('title') || el.textContent || '').trim();
    },
    visible(el: Element): boolean {
      const he = el as HTMLElement;
      if (typeof he.checkVisibility === 'function' && !he.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 || r.height > 0 || el.getClientRects().length > 0;
    },
    hiddenFromAT(el: Element): boolean {
      try {
        if (ax && ax._tree) return !ax.commons.dom.isVisibleToScreenReaders(el);
      } catch {
        /* fall through */
      }
      return !!el.closest('[aria-hidden="true"],[hidden]') || !h.visible(el);
    },
    node(el: Element, message: string): RawNode {
      return { selector: h.selector(el), snippet: h.snippet(el), message };
    },
    result(): CheckResult {
      return { applicable: 0, failures: [], doubts: [] };
    },
    perTest(tests: string[]) {
      const r = h.result();
      const bt: NonNullable<CheckResult['byTest']> = {};
      for (const t of tests) bt[t] = { applicable: 0, failures: [], doubts: [] };
      r.byTest = bt;
      const add = (kind: 'failures' | 'doubts', test: string, el: Element, message: string) => {
        const n = h.node(el, message);
        if (bt[test][kind].length < nodeMax) bt[test][kind].push(n);
        if (r[kind].length < nodeMax) r[kind].push(n);
      };
      return { r, bt, add };
    },
    refText(el: Element, attr = 'aria-labelledby'): string {
      return (el.getAttribute(attr) || '')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => doc.getElementById(id))
        .map((e) => (e ? (e.textContent || '').trim() : ''))
        .join(' ')
        .trim();
    },
  };
  return h;
}

async function inPageMain(
  plan: InPagePlan,
  helpers: (snippetMax: number, nodeMax: number) => InPageHelpers,
  checks: Record<string, InPageCheck['run']>,
): Promise<RawPage> {
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
  // (inside its reporter), so that the helpers reuse what the rules computed.
  const ours = () => {
    t1 = performance.now();
    const h = helpers(plan.snippetMax, plan.nodeMax);
    for (const sel of plan.selectors) {
      try {
        out.scopes[sel] = h.all(sel).length;
      } catch {
        out.scopes[sel] = -1;
        out.errors.push('bad selector: ' + sel);
      }
    }
    for (const id of plan.checks) {
      const run = checks[id];
      if (!run) continue;
      try {
        const res = run(h);
        res.failures = res.failures.slice(0, plan.nodeMax);
        res.doubts = res.doubts.slice(0, plan.nodeMax);
        if (res.byTest) {
          for (const part of Object.values(res.byTest)) {
            part.failures = part.failures.slice(0, plan.nodeMax);
            part.doubts = part.doubts.slice(0, plan.nodeMax);
          }
        }
        out.checks[id] = res;
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

/** Facts gatherers: self-contained in-page functions whose result is stored under facts[key]. */
export type FactGatherer = () => unknown;

/** The main function over our helpers, checks and fact gatherers, as source (applied to a plan). */
function buildMain(checks: InPageCheck[], facts: Record<string, FactGatherer>): string {
  const checksSrc = checks.map((c) => `${JSON.stringify(c.id)}: (${c.run.toString()})`).join(',\n');
  const factsSrc = Object.entries(facts).map(([k, f]) => `${JSON.stringify(k)}: (${f.toString()})`).join(',\n');
  return `(async (plan) => {\n  var __name = (f) => f;\n  const start = performance.timeOrigin + performance.now();\n  const checks = {${checksSrc}};\n  const facts = {${factsSrc}};\n  const describe = (${describeNode.toString()});\n  const out = await (${inPageMain.toString()})(plan, (max, n) => (${makeHelpers.toString()})(max, n, describe), checks);\n  for (const k of Object.keys(facts)) { const t = performance.now(); try { out.facts[k] = facts[k](); } catch (e) { out.errors.push('fact ' + k + ': ' + (e && e.message || e)); } out.timings['fact:' + k] = Math.round(performance.now() - t); }\n  out.timings.inPage = Math.round(performance.timeOrigin + performance.now() - start);\n  return out;\n})`;
}

/** What `call` returns in a document without the entry point. */
export const MISSING_ENTRY = '__rgaa_audit_missing_entry__';

/**
 * The in-page script in its three forms (see PageScript): `init` only defines a function under a
 * name the page cannot guess, in the top document; nothing of axe-core runs before the audit
 * calls it, and pages never see a global `axe` before the audit. V8 compiles the init script once
 * per renderer and reuses it for every page that renderer shows. `full` is the same script
 * evaluated whole (documents the init script did not reach).
 */
export function buildPageScript(checks: InPageCheck[], facts: Record<string, FactGatherer>, plan: InPagePlan, key: string): { full: string; init: string; call: string } {
  const main = buildMain(checks, facts);
  const planJson = JSON.stringify(plan);
  const k = JSON.stringify(key);
  const init = `(function () {\n  if (window.top !== window) return;\n  var entry = function () {\n${axeScript()}\n;\n    return ${main}(${planJson});\n  };\n  try { Object.defineProperty(window, ${k}, { value: entry, configurable: true, enumerable: false, writable: false }); } catch (e) {}\n})();`;
  const call = `(typeof window[${k}] === 'function' ? window[${k}]() : ${JSON.stringify(MISSING_ENTRY)})`;
  return { full: `${axeScript()}\n;${main}(${planJson})`, init, call };
}

/** A light script: only the fact gatherers and the rendered HTML (declaration pages, home page). */
export function buildFactsScript(facts: Record<string, FactGatherer>): string {
  const factsSrc = Object.entries(facts).map(([k, f]) => `${JSON.stringify(k)}: (${f.toString()})`).join(',\n');
  return `(() => {\n  var __name = (f) => f;\n  const facts = {${factsSrc}};\n  const out = { facts: {}, html: document.documentElement.outerHTML };\n  for (const k of Object.keys(facts)) { try { out.facts[k] = facts[k](); } catch (e) { out.facts[k] = null; } }\n  return out;\n})()`;
}
