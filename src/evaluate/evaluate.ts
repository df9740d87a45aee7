/**
 * Pure: from what the page returned (axe results, our checks, scope counts) to a status per
 * RGAA test and criterion, with evidence. No browser needed; tested on hand-made inputs.
 */
import type { CriterionResult, Finding, RuleCriterion, RuleSet, RuleTest, Status } from '../model/types.js';
import type { CheckResult, RawNode, RawPage } from '../gather/inpage-api.js';
import { renderMessage } from '../model/message.js';
import { PAGE_DOCUMENT_TESTS } from './checks/02-frames/frame-tests.js';
import { checkById } from './checks/registry.js';

/** Everything the page must be asked for, derived from the rules. */
export function planFromRules(rules: RuleSet, knownChecks: Set<string>, axeRulesAvailable?: Set<string>) {
  const axe = new Set<string>();
  const selectors = new Set<string>();
  const checks = new Set<string>();
  const scope = (s?: string) => {
    if (!s) return;
    if (s.startsWith('check:')) checks.add(s.slice(6));
    else selectors.add(s);
  };
  for (const c of rules.criteria) {
    scope(c.applies);
    for (const t of c.tests) {
      scope(t.applies);
      for (const { rule } of t.axe) if (!axeRulesAvailable || axeRulesAvailable.has(rule)) axe.add(rule);
      for (const k of t.checks) checks.add(k);
    }
  }
  for (const k of checks) if (!knownChecks.has(k)) checks.delete(k);
  return { axeRules: [...axe].sort(), selectors: [...selectors], checks: [...checks].sort() };
}

/** How many elements are in a scope: a CSS selector count or a check's `applicable`; undefined when unknown. */
function scopeCount(raw: RawPage, applies: string | undefined): number | undefined {
  if (!applies) return undefined;
  if (applies.startsWith('check:')) {
    const r = raw.checks[applies.slice(6)];
    return r && !('error' in r) ? r.applicable : undefined;
  }
  const n = raw.scopes[applies];
  return n === undefined || n < 0 ? undefined : n;
}

/**
 * Tests whose scope is the page's own document or its frame elements (theme 2): what a frame
 * holds does not concern them.
 */
function aboutOwnDocument(c: RuleCriterion, t?: RuleTest): boolean {
  return c.id.startsWith('2.') || (t !== undefined && PAGE_DOCUMENT_TESTS.includes(t.id));
}

/**
 * How many elements of a scope the frames the tool did not enter hold: 0 only when it counted
 * every one of their documents; undefined when not known (a frame of another origin, a check's
 * scope, which our checks do not look for in frames).
 */
function scopeInFrames(raw: RawPage, applies: string | undefined): number | undefined {
  if (!applies || applies.startsWith('check:')) return undefined;
  const n = raw.frames?.scopes?.[applies];
  return n === undefined || n < 0 ? undefined : n;
}

/**
 * Nothing in scope in the page's own document (`own`: which scope was empty) proves NA only when
 * the frames the page shows cannot hold it either; otherwise the frames to look into, for a human.
 */
function framesToReview(c: RuleCriterion, t: RuleTest | undefined, raw: RawPage, own: { test: boolean; crit: boolean }): RawNode[] {
  if (!raw.frames?.count || aboutOwnDocument(c, t)) return [];
  if (own.test && t && scopeInFrames(raw, t.applies) === 0) return [];
  if (own.crit && scopeInFrames(raw, c.applies) === 0) return [];
  return raw.frames.shown;
}

/** What a node says: axe's text, or our check's message rendered in English from its meta. */
function said(source: string, n: RawNode): Pick<Finding, 'message' | 'messageId' | 'params'> {
  if ('message' in n) return { message: n.message };
  const meta = checkById(source.slice('check:'.length))?.meta;
  if (!meta) throw new Error(`${source}: no such check, for message "${n.messageId}"`);
  return { message: renderMessage(meta.messages, { id: n.messageId, params: n.params }, 'en'), messageId: n.messageId, ...(n.params ? { params: n.params } : {}) };
}

function toFinding(test: string, source: string, n: RawNode & { fix?: string }, extra: { helpUrl?: string; basis?: string } = {}): Finding {
  return {
    test,
    source,
    selector: n.selector,
    snippet: n.snippet,
    ...said(source, n),
    ...(n.fix ? { fix: n.fix } : {}),
    ...(extra.helpUrl ? { helpUrl: extra.helpUrl } : {}),
    ...(extra.basis ? { basis: extra.basis } : {}),
    ...('impact' in n && n.impact ? { impact: n.impact } : {}),
    ...(n.screenshot ? { screenshot: n.screenshot } : {}),
  };
}

interface TestOutcome {
  status: Status;
  findings: Finding[];
  review: Finding[];
}

/**
 * Checks named only in scopes (`applies: check:<id>`), never in a test's `checks:`: they decide no
 * test, but list elements for a human (office documents, fields labelled out of sight…).
 */
export function scopeOnlyChecks(rules: RuleSet): Set<string> {
  const scoping = new Set<string>();
  const deciding = new Set<string>();
  for (const c of rules.criteria) {
    for (const s of [c.applies, ...c.tests.map((t) => t.applies)]) if (s?.startsWith('check:')) scoping.add(s.slice(6));
    for (const t of c.tests) for (const k of t.checks) deciding.add(k);
  }
  return new Set([...scoping].filter((k) => !deciding.has(k)));
}

/** `scopeOnly`: see scopeOnlyChecks; their doubts reach the review of the tests they scope. */
export function evaluateTest(c: RuleCriterion, t: RuleTest, raw: RawPage, scopeOnly: ReadonlySet<string> = new Set()): TestOutcome {
  const findings: Finding[] = [];
  const review: Finding[] = [];
  let undecided = false;
  if (t.axe.length && !raw.axe) undecided = true;
  if (raw.axe) {
    // A violation is an NC only when the rule's decision says it fails the RGAA test as worded;
    // otherwise it is listed for a human, like everything axe could not decide (`incomplete`).
    for (const { rule, decision, reason } of t.axe) {
      const extra = { helpUrl: raw.axe.help?.[rule], basis: reason };
      const violations = raw.axe.violations[rule] ?? [];
      if (decision === 'nc') for (const n of violations) findings.push(toFinding(t.id, `axe:${rule}`, n, extra));
      const doubts = [...(decision === 'nc' ? [] : violations), ...(raw.axe.incomplete[rule] ?? [])];
      if (doubts.length) undecided = true;
      for (const n of doubts) review.push(toFinding(t.id, `axe:${rule}`, n, extra));
    }
  }
  for (const id of t.checks) {
    const r = raw.checks[id];
    if (!r || 'error' in r) {
      undecided = true;
      continue;
    }
    // A check that reports per test but not for this one has decided nothing here.
    const part: Pick<CheckResult, 'failures' | 'doubts'> | undefined = r.byTest ? r.byTest[t.id] : r;
    if (!part) {
      undecided = true;
      continue;
    }
    for (const n of part.failures) findings.push(toFinding(t.id, `check:${id}`, n));
    if (part.doubts.length) undecided = true;
    for (const n of part.doubts) review.push(toFinding(t.id, `check:${id}`, n));
  }
  // A check used only as a scope decides nothing here, but what it lists for a human is this test's to review.
  for (const s of [c.applies, t.applies]) {
    const id = s?.startsWith('check:') ? s.slice(6) : undefined;
    const r = id && scopeOnly.has(id) ? raw.checks[id] : undefined;
    if (!r || 'error' in r) continue;
    const part = r.byTest?.[t.id] ?? r;
    if (part.doubts.length) undecided = true;
    for (const n of part.doubts) review.push(toFinding(t.id, `check:${id}`, n));
  }
  if (findings.length) return { status: 'NC', findings, review };
  const testScope = scopeCount(raw, t.applies);
  const critScope = scopeCount(raw, c.applies);
  // A check that decides a test on its own scope (byTest with applicable 0) makes it NA too.
  const checkScopes = t.checks
    .map((id) => raw.checks[id])
    .map((r) => (r && !('error' in r) ? (r.byTest?.[t.id]?.applicable ?? undefined) : undefined));
  const checkNA = checkScopes.length > 0 && checkScopes.every((n) => n === 0);
  if (testScope === 0 || critScope === 0 || checkNA) {
    const frames = framesToReview(c, t, raw, { test: testScope === 0, crit: critScope === 0 });
    if (!frames.length) return { status: 'NA', findings, review };
    // The page's frames may hold what the test applies to: a human looks there (NT).
    const listed = new Set(review.map((f) => `${f.source}\n${f.selector}`));
    for (const n of frames) if (!listed.has(`check:frame-content\n${n.selector}`)) review.push(toFinding(t.id, 'check:frame-content', n));
    return { status: 'NT', findings, review };
  }
  if (t.auto === 'full' && !undecided) return { status: 'C', findings, review };
  return { status: 'NT', findings, review };
}

/** Status of a criterion from its tests' statuses (one page). */
export function criterionStatus(statuses: Status[], outOfScope: boolean): Status {
  if (statuses.includes('NC')) return 'NC';
  if (outOfScope || statuses.every((s) => s === 'NA')) return 'NA';
  if (statuses.every((s) => s === 'C' || s === 'NA')) return 'C';
  return 'NT';
}

export function evaluatePage(rules: RuleSet, raw: RawPage, reviewMax = 20): Record<string, CriterionResult> {
  const out: Record<string, CriterionResult> = {};
  const scopeOnly = scopeOnlyChecks(rules);
  for (const c of rules.criteria) {
    const tests: Record<string, Status> = {};
    const findings: Finding[] = [];
    const review: Finding[] = [];
    // A scope of the whole criterion lists the same elements for each of its tests: once is enough.
    const listed = new Set<string>();
    for (const t of c.tests) {
      const r = evaluateTest(c, t, raw, scopeOnly);
      tests[t.id] = r.status;
      findings.push(...r.findings);
      if (r.status !== 'NT') continue;
      for (const f of r.review) {
        const key = `${f.source}\n${f.selector}\n${f.message}`;
        if (scopeOnly.has(f.source.slice(6)) && f.source.startsWith('check:')) {
          if (listed.has(key)) continue;
          listed.add(key);
        }
        review.push(f);
      }
    }
    const outOfScope = scopeCount(raw, c.applies) === 0 && !framesToReview(c, undefined, raw, { test: false, crit: true }).length;
    const status = criterionStatus(Object.values(tests), outOfScope);
    const res: CriterionResult = { status, tests, findings };
    if (status === 'NT' && review.length) res.review = review.slice(0, reviewMax);
    out[c.id] = res;
  }
  return out;
}
