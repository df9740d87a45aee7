/**
 * One way to describe an element as evidence (a short CSS path and an HTML snippet), shared by
 * every piece of code that runs in the page: the helpers of the in-page checks and the functions
 * the interactive checks evaluate. It is self-contained: its source is put into page scripts.
 */
import type { RawNode } from './inpage-api.js';

/** In the page: selector (ids when unique, else tag:nth-of-type, 6 steps at most) and snippet. */
export function describeNode(el: Element, message: string, snippetMax = 300): RawNode {
  const doc = el.ownerDocument;
  const parts: string[] = [];
  let e: Element | null = el;
  while (e && parts.length < 6) {
    if (e.id && /^[A-Za-z][\w-]*$/.test(e.id) && doc.querySelectorAll('#' + e.id).length === 1) {
      parts.unshift('#' + e.id);
      break;
    }
    let part = e.localName;
    const parent: Element | null = e.parentElement;
    if (parent) {
      const same = Array.from(parent.children).filter((c) => c.localName === e!.localName);
      if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
    }
    parts.unshift(part);
    if (e.localName === 'html' || e.localName === 'body') break;
    e = parent;
  }
  // The whole document is not evidence: <html>, <head> and <body> are shown without their content.
  const html = el.localName === 'html' || el.localName === 'body' || el.localName === 'head' ? (el.cloneNode(false) as Element).outerHTML.replace(/<\/\w+>$/, '') : el.outerHTML;
  return { selector: parts.join(' > '), snippet: html.length > snippetMax ? html.slice(0, snippetMax) + '…' : html, message };
}

export type Describe = typeof describeNode;

/**
 * A function declaration (source) that calls `fn(describeNode, ...its arguments)`, `this` kept:
 * functions sent to the page travel as source, so the shared helper travels with them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any arguments: the caller's own types are checked by withDescribe
export function withDescribeDeclaration(fn: (describe: Describe, ...args: any[]) => unknown): string {
  return `function (...args) { var __name = (f) => f; return (${fn.toString()}).call(this, (${describeNode.toString()}), ...args); }`;
}

/** An expression for `page.evaluate`: `fn(describeNode, ...args)`. */
export function withDescribe<A extends unknown[]>(fn: (describe: Describe, ...args: A) => unknown, ...args: A): string {
  return `(${withDescribeDeclaration(fn)})(${args.map((a) => JSON.stringify(a)).join(', ')})`;
}
