/**
 * The data that crosses between the in-page script and Node: the plan the page is given, what a
 * check returns (CheckResult of RawNodes), the page's raw results and facts. Plain data, no DOM:
 * both the page code (gather/page/, *.page.ts) and the Node code use it.
 */

import type { MessageParams } from '../model/message.js';

interface NodeBase {
  selector: string;
  snippet: string;
  /** PNG of the element, as a data: URI, taken during the audit (failures only, when asked). */
  screenshot?: string;
}

/**
 * An element a check of ours reports, and what it says about it: a message id of the check's meta
 * with its parameters (model/message.ts). Evaluation renders the English text into the finding.
 */
export interface CheckNode extends NodeBase {
  messageId: string;
  params?: MessageParams;
}

/** An element axe-core reports, with its message as axe words it (in its configured locale). */
export interface AxeNode extends NodeBase {
  message: string;
  impact?: string | null;
}

export type RawNode = CheckNode | AxeNode;

/** What a check reports. `applicable`: elements in the check's scope (0 means nothing to check). */
export interface CheckResult {
  applicable: number;
  /** Proven failures: NC for the tests the check is mapped to. */
  failures: CheckNode[];
  /** Elements where the markup leaves a doubt: NT, listed for a human. */
  doubts: CheckNode[];
  /** Per-test outcome, when one check decides several tests differently (keyed by test id). */
  byTest?: Record<string, { applicable: number; failures: CheckNode[]; doubts: CheckNode[] }>;
}

/** Facts gathered on each page for the judge and for the checks over the sample. */
export interface PageFacts {
  title: string | null;
  lang: string | null;
  doctype: string | null;
  mentions: { text: string; href: string | null; inFooter: boolean }[];
  [key: string]: unknown;
}

/** What the page is asked for, derived from the rules (evaluate/evaluate.ts planFromRules). */
export interface InPagePlan {
  axeRules: string[];
  selectors: string[];
  /** In-page checks (`<id>.page.ts`) to run. */
  checks: string[];
  /** Facts to gather (page modules' `facts`), stored under facts[name]. */
  facts: string[];
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

/** An axe node: a RawNode with axe's whole fix summary (every failed check, as axe words it). */
export type RawAxeNode = AxeNode & { fix?: string };

export interface RawAxe {
  violations: Record<string, RawAxeNode[]>;
  incomplete: Record<string, RawAxeNode[]>;
  /** Rule id → axe's help URL. */
  help?: Record<string, string>;
}

/**
 * The frames a page shows whose content the tool did not examine (gather/page/frames.page.ts):
 * they may hold what a test applies to, so an empty scope in the page's own document proves NA
 * only if it is empty in them too.
 */
export interface UnexaminedFrames {
  /** Frames shown. */
  count: number;
  /** The first of them, described (message `not-examined` of the check frame-content). */
  shown: CheckNode[];
  /** Each scope selector counted in their documents; null when one cannot be read (another origin). */
  scopes: Record<string, number> | null;
}

export interface RawPage {
  axe: RawAxe | null;
  scopes: Record<string, number>;
  /** Absent when the page shows no frame with content. */
  frames?: UnexaminedFrames;
  checks: Record<string, CheckResult | { error: string }>;
  facts: PageFacts;
  errors: string[];
  timings: { axe: number; checks: number; total: number };
}
