/**
 * Just enough of the DOM, over cheerio's tree, to run the in-page
 * `collectMentionCandidates` in Node: document / shadow root `querySelectorAll('*')`,
 * `textContent`, `children`, `parentElement`, `contains`, `getAttribute`, `hasAttribute`,
 * `getRootNode`, `shadowRoot` (from `<template shadowrootmode="open">`), `querySelectorAll('a')`.
 */
import { load } from 'cheerio';

interface N {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: N[];
  parent?: N | null;
}

const isEl = (n: N) => n.type === 'tag' || n.type === 'script' || n.type === 'style';
const isShadowTpl = (n: N) => isEl(n) && n.name === 'template' && (n.attribs?.shadowrootmode ?? '') === 'open';

export function fakeDocument(html: string, baseURI: string): unknown {
  const $ = load(html);
  const cache = new Map<N, FakeElement>();
  const roots = new Map<N, FakeShadowRoot>();
  const wrap = (n: N): FakeElement => {
    let w = cache.get(n);
    if (!w) cache.set(n, (w = new FakeElement(n)));
    return w;
  };
  const descendants = (n: N, sel: string): FakeElement[] => {
    const out: FakeElement[] = [];
    const visit = (p: N) => {
      for (const c of p.children ?? []) {
        if (!isEl(c) || isShadowTpl(c)) continue;
        if (sel === '*' || c.name === sel) out.push(wrap(c));
        if (c.name !== 'template') visit(c);
      }
    };
    visit(n);
    return out;
  };
  const text = (n: N): string => {
    if (n.type === 'text') return n.data ?? '';
    if (isEl(n) && n.name === 'template') return '';
    return (n.children ?? []).map(text).join('');
  };

  class FakeShadowRoot {
    constructor(
      readonly frag: N,
      readonly host: FakeElement,
    ) {}
    querySelectorAll(sel: string) {
      return descendants(this.frag, sel);
    }
  }

  class FakeElement {
    constructor(readonly node: N) {}
    get tagName() {
      return (this.node.name ?? '').toUpperCase();
    }
    get textContent() {
      return text(this.node);
    }
    get children() {
      return (this.node.children ?? []).filter((c) => isEl(c) && !isShadowTpl(c)).map(wrap);
    }
    get parentElement(): FakeElement | null {
      const p = this.node.parent;
      return p && isEl(p) ? wrap(p) : null;
    }
    get shadowRoot(): FakeShadowRoot | null {
      const tpl = (this.node.children ?? []).find(isShadowTpl);
      if (!tpl) return null;
      let r = roots.get(tpl);
      if (!r) {
        const frag = (tpl.children ?? []).find((c) => c.type === 'root') ?? tpl;
        roots.set(tpl, (r = new FakeShadowRoot(frag, this)));
      }
      return r;
    }
    getRootNode(): unknown {
      let n: N = this.node;
      while (n.parent && isEl(n.parent)) n = n.parent;
      const top = n.parent;
      if (top && top.parent && isShadowTpl(top.parent)) return wrap(top.parent.parent as N).shadowRoot;
      if (top && isShadowTpl(top)) return wrap(top.parent as N).shadowRoot;
      return doc;
    }
    contains(other: FakeElement) {
      for (let n: N | null | undefined = other.node; n; n = n.parent) if (n === this.node) return true;
      return false;
    }
    getAttribute(name: string) {
      return this.node.attribs?.[name] ?? null;
    }
    hasAttribute(name: string) {
      return this.node.attribs?.[name] !== undefined;
    }
    querySelectorAll(sel: string) {
      return descendants(this.node, sel);
    }
    querySelector(sel: string) {
      const names = sel.split(',').map((s) => s.trim());
      return names.map((n) => descendants(this.node, n)[0]).find(Boolean) ?? null;
    }
    get nodeType() {
      return 1;
    }
    get childNodes(): unknown[] {
      return (this.node.children ?? [])
        .filter((c) => (c.type === 'text' || isEl(c)) && !isShadowTpl(c))
        .map((c) => (c.type === 'text' ? { nodeType: 3, nodeValue: c.data ?? '' } : wrap(c)));
    }
  }

  const doc = {
    baseURI,
    querySelectorAll: (sel: string) => descendants($.root()[0] as unknown as N, sel),
  };
  return doc;
}

/**
 * Runs a function meant for `page.evaluate` from its source text, with `document` bound to
 * the fake: it fails with a ReferenceError if the function uses anything from its module.
 */
export function runInFakePage<T>(fn: () => T, html: string, baseURI: string): T {
  const run = new Function('document', `return (${fn.toString()})();`) as (d: unknown) => T;
  return run(fakeDocument(html, baseURI));
}
