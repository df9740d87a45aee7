/**
 * What an in-page check is given (`h`): the document, queries that see into open shadow roots,
 * axe-core's accessible name and visibility when axe is loaded, and the way to report an element.
 * One context per evaluation (the shadow roots are listed once).
 */
import type { CheckNode, CheckResult } from '../inpage-api.js';
import type { MessageParams } from '../../model/message.js';
import { describe } from './describe.page.js';

/** A result reported per test: `bt[test]` for each test, and the whole in `r`. */
export type ByTest = NonNullable<CheckResult['byTest']>;

export interface PageContext {
  doc: Document;
  /** querySelectorAll as an array, light DOM plus open shadow roots. */
  all(selector: string, root?: ParentNode): Element[];
  /** A short unique CSS selector for an element (axe-core's when loaded). */
  selector(el: Element): string;
  /** The element's start tag and the beginning of its content, truncated. */
  snippet(el: Element): string;
  /** Accessible name (axe-core's computation). */
  name(el: Element): string;
  /** Rendered and not hidden (display, visibility, size). */
  visible(el: Element): boolean;
  /** Hidden from assistive technologies (aria-hidden, hidden, display:none…). */
  hiddenFromAT(el: Element): boolean;
  /** An element to report, and what to say: a message id of the check's meta, with its parameters. */
  node(el: Element, messageId: string, params?: MessageParams): CheckNode;
  /** A fresh result to fill. */
  result(): CheckResult;
  /**
   * A fresh result that reports per test (`bt`, every test at applicable 0), and `add`, which puts
   * a node under one test and in the whole result, each list capped at `max`.
   */
  perTest(tests: string[]): { r: CheckResult; bt: ByTest; add(kind: 'failures' | 'doubts', test: string, el: Element, messageId: string, params?: MessageParams): void };
  /** Text of the elements an ID-reference attribute points to (aria-labelledby by default). */
  /** The elements an id-list attribute (aria-labelledby by default) points to, the missing ones left out. */
  refs(el: Element, attr?: string): HTMLElement[];
  refText(el: Element, attr?: string): string;
  /** Cap on failures/doubts kept per check. */
  max: number;
}

/** An in-page check: the default export of `<id>.page.ts`. */
export type PageCheckRun = (h: PageContext) => CheckResult;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- axe-core's page API is untyped here
type Axe = any;

export function makeContext(snippetMax: number, nodeMax: number): PageContext {
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
  const ax = (window as unknown as { axe?: Axe }).axe;
  const h: PageContext = {
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
      return describe(el).selector;
    },
    snippet(el: Element): string {
      return describe(el, snippetMax).snippet;
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
    node(el: Element, messageId: string, params?: MessageParams): CheckNode {
      return { selector: h.selector(el), snippet: h.snippet(el), messageId, ...(params ? { params } : {}) };
    },
    result(): CheckResult {
      return { applicable: 0, failures: [], doubts: [] };
    },
    perTest(tests: string[]) {
      const r = h.result();
      const bt: ByTest = {};
      for (const t of tests) bt[t] = { applicable: 0, failures: [], doubts: [] };
      r.byTest = bt;
      const add = (kind: 'failures' | 'doubts', test: string, el: Element, messageId: string, params?: MessageParams) => {
        const n = h.node(el, messageId, params);
        if (bt[test][kind].length < nodeMax) bt[test][kind].push(n);
        if (r[kind].length < nodeMax) r[kind].push(n);
      };
      return { r, bt, add };
    },
    refs(el: Element, attr = 'aria-labelledby'): HTMLElement[] {
      return (el.getAttribute(attr) || '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => doc.getElementById(id))
        .filter((e): e is HTMLElement => !!e);
    },
    refText(el: Element, attr = 'aria-labelledby'): string {
      return h
        .refs(el, attr)
        .map((e) => (e.textContent || '').trim())
        .join(' ')
        .trim();
    },
  };
  return h;
}
