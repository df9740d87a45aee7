/**
 * The contract between the in-page script (gather/inpage.ts) and the checks it runs (evaluate/checks):
 * what a check is given (InPageHelpers), what it returns (CheckResult of RawNodes), the page facts.
 * It lives in gather/ because gather runs the checks; evaluate/checks/types.ts re-exports it.
 *
 * Checks of our own. Each in-page check is a SELF-CONTAINED function: it is serialised with
 * Function.prototype.toString() and run inside the page, so it may use only its argument `h`
 * (the helpers below), the DOM, and `axe` (loaded in the page). No imports, no outer variables.
 */

export interface RawNode {
  selector: string;
  snippet: string;
  message: string;
  impact?: string | null;
  /** PNG of the element, as a data: URI, taken during the audit (failures only, when asked). */
  screenshot?: string;
}

/** What a check reports. `applicable`: elements in the check's scope (0 means nothing to check). */
export interface CheckResult {
  applicable: number;
  /** Proven failures: NC for the tests the check is mapped to. */
  failures: RawNode[];
  /** Elements where the markup leaves a doubt: NT, listed for a human. */
  doubts: RawNode[];
  /** Per-test outcome, when one check decides several tests differently (keyed by test id). */
  byTest?: Record<string, { applicable: number; failures: RawNode[]; doubts: RawNode[] }>;
}

/** Helpers available to every in-page check. */
export interface InPageHelpers {
  doc: Document;
  /** querySelectorAll as an array, light DOM plus open shadow roots. */
  all(selector: string, root?: ParentNode): Element[];
  /** A short unique CSS selector for an element. */
  selector(el: Element): string;
  /** The element's start tag and the beginning of its content, truncated. */
  snippet(el: Element): string;
  /** Accessible name (axe-core's computation). */
  name(el: Element): string;
  /** Rendered and not hidden (display, visibility, size). */
  visible(el: Element): boolean;
  /** Hidden from assistive technologies (aria-hidden, hidden, display:none…). */
  hiddenFromAT(el: Element): boolean;
  node(el: Element, message: string): RawNode;
  /** A fresh result to fill. */
  result(): CheckResult;
  /**
   * A fresh result that reports per test (`bt`, every test at applicable 0), and `add`, which puts
   * a node under one test and in the whole result, each list capped at `max`.
   */
  perTest(tests: string[]): { r: CheckResult; bt: NonNullable<CheckResult['byTest']>; add(kind: 'failures' | 'doubts', test: string, el: Element, message: string): void };
  /** Text of the elements an ID-reference attribute points to (aria-labelledby by default). */
  refText(el: Element, attr?: string): string;
  /** Cap on failures/doubts kept per check. */
  max: number;
}

export interface InPageCheck {
  id: string;
  /** RGAA tests this check is mapped to (the mapping itself lives in rules/). */
  description: string;
  /** The check only ever lists elements for a human (doubts): it cannot prove an NC. */
  doubtsOnly?: boolean;
  run: (h: InPageHelpers) => CheckResult;
}

/** Facts gathered on each page for the judge and for cross-page checks. */
export interface PageFacts {
  title: string | null;
  lang: string | null;
  doctype: string | null;
  mentions: { text: string; href: string | null; inFooter: boolean }[];
  [key: string]: unknown;
}
