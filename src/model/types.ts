/** The report model shared by every stage: gather → evaluate → aggregate → judge → report. */

export type Status = 'C' | 'NC' | 'NA' | 'NT';
export type Level = 'A' | 'AA';
/** What a pass of the tool means for a test (see rules/README.md). */
export type Auto = 'none' | 'nc' | 'full';

/**
 * What an axe-core violation means for the RGAA test it is mapped to: `nc`, a failure of the
 * test as the RGAA words it; `review`, a finding for a human (the test stays NT). See rules/README.md.
 */
export type AxeDecision = 'nc' | 'review';

export interface AxeMapping {
  rule: string;
  decision: AxeDecision;
  /** One line naming the RGAA text (test, glossary, note) the decision rests on. */
  reason: string;
  /** The test axe-core tags the rule with (`RGAA-x.y.z`), when it is mapped elsewhere; the reason says why. */
  axeTag?: string;
}

export interface RuleTest {
  id: string;
  applies?: string;
  axe: AxeMapping[];
  checks: string[];
  auto: Auto;
}

export interface RuleCriterion {
  id: string;
  theme: number;
  title: string;
  title_fr: string;
  level: Level;
  wcag: string[];
  url: string;
  applies?: string;
  tests: RuleTest[];
}

export interface RuleTheme {
  theme: number;
  name: string;
  name_fr: string;
  criteria: RuleCriterion[];
}

export interface RuleSet {
  themes: RuleTheme[];
  criteria: RuleCriterion[];
  /** test id → test */
  tests: Map<string, RuleTest>;
  /** test id → criterion id */
  criterionOf: Map<string, string>;
}

import type { DeclarationReport, Verdict } from './declaration.js';
import type { Reason } from './reasons.js';
import type { MessageParams } from './message.js';

export type { MentionState } from './declaration.js';

/** One element the tool points at: a failure (on NC) or something for a human to review (on NT). */
export interface Finding {
  test: string;
  /** `axe:<rule>` or `check:<id>` */
  source: string;
  selector: string;
  snippet: string;
  /** What failed on this element, in one or two sentences (our checks: in English, rendered from messageId). */
  message: string;
  /** Our checks: the message's id in the check's meta (model/message.ts), for the report to render in its language. */
  messageId?: string;
  /** Our checks: the message's parameters. */
  params?: MessageParams;
  /** axe-core's whole fix summary (« Fix any of the following: … »), as axe words it: axe findings only. */
  fix?: string;
  /** axe-core's help page for the rule: axe findings only. */
  helpUrl?: string;
  /** For an axe-core finding: the reason of the rule's decision, naming the RGAA text it rests on. */
  basis?: string;
  impact?: string | null;
  /** PNG of the element (data: URI), taken during the audit; absent with --no-screenshots. */
  screenshot?: string;
}

export interface CriterionResult {
  status: Status;
  tests: Record<string, Status>;
  /** On the sample, each finding also names its page. */
  findings: (Finding & { page?: string })[];
  /** Elements a human should look at (NT with something in scope). Capped. */
  review?: Finding[];
}

export interface RateCounts {
  C: number;
  NC: number;
  NA: number;
  NT: number;
}

/**
 * The official rate lies between these whatever a human decides on the NT criteria (as long as
 * each C and NC is right): floor = C / (C + NC + NT), ceiling = (C + NT) / (C + NC + NT), in
 * percent, floored to one decimal; null when there is no C, NC or NT.
 */
export interface OfficialBounds {
  floor: number | null;
  ceiling: number | null;
}

export interface Rate extends RateCounts, OfficialBounds {
  /**
   * The measured rate (« taux mesuré »): C / (C + NC) over what the tool decided, in percent,
   * floored to one decimal; null when no criterion was decided. Not the official taux global.
   */
  measured: number | null;
  /** Mean of the per-page measured rates (pages with at least one decided criterion), floored; null when none. */
  average: number | null;
}

export interface PageRate extends RateCounts, OfficialBounds {
  measured: number | null;
}

export interface PageReport {
  url: string;
  finalUrl: string | null;
  httpStatus: number | null;
  /** null when the page was audited; else the reason it could not be. */
  error: string | null;
  title: string | null;
  /** Why the page is in the sample (given, home, contact, crawl…). */
  reason?: string;
  /** Web technologies the page uses (HTML5, CSS, JavaScript, WAI-ARIA…), for the declaration draft. */
  technologies?: string[];
  criteria: Record<string, CriterionResult>;
  rate: PageRate | null;
  timings?: Record<string, number>;
}

/**
 * A procedure as its batch input gives it, cells as written (trimmed): the batch CSV, the
 * dashboard and the observatory export show these, not the id made safe for file names.
 */
export interface ProcedureInput {
  /** Ref_Demarche (CSV) or id (YAML). */
  ref: string;
  name: string | null;
  /** URL_Demarche (CSV) or the start URL(s) (YAML), space-separated. */
  url: string;
  administration: string | null;
  ministry: string | null;
}

export interface ProcedureReport {
  id: string;
  name: string;
  administration?: string | null;
  /** Batch runs only. */
  input?: ProcedureInput;
  pages: PageReport[];
  criteria: Record<string, CriterionResult>;
  rate: Rate;
  /** Filled by the judge stage; null when not looked for. */
  declaration: DeclarationReport | null;
  verdict: (Verdict & { contradictions: Reason[] }) | null;
  error?: string | null;
}

export interface AuditReport {
  schemaVersion: 3;
  tool: { name: 'rgaa-audit'; version: string };
  rgaaVersion: '4.1.2';
  axeVersion: string;
  browser: string | null;
  startedAt: string;
  finishedAt: string;
  options: Record<string, unknown>;
  procedures: ProcedureReport[];
}
