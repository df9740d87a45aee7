/**
 * The same search as `collectMentionCandidates`, on static HTML (cheerio), for pages
 * fetched without a browser and for tests. Declarative shadow roots
 * (`<template shadowrootmode="open">`) are searched like open shadow roots.
 */
import { load } from 'cheerio';
import { mentionsFromCandidates, type Mention, type MentionCandidate } from './mention.js';
import { cleanSpaces } from '../model/text.js';
import { isElement, type DomNode } from './page-text.js';

const MAX_CANDIDATES = 50;
const MAX_LEN = 200;
const WEAK = /accessibilit[eéèêëy]/i;
const STRONG = /accessibilit[eéèêëy][\s\S]{0,80}?(conform|complian)/i;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'meta', 'link']);

function isShadowTemplate(n: DomNode): boolean {
  const mode = (n.attribs?.shadowrootmode ?? n.attribs?.shadowroot ?? '').toLowerCase();
  return n.name === 'template' && mode === 'open';
}

const NO_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/** textContent less scripts, styles and templates (template contents are not children in the DOM anyway). */
function textContent(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (isElement(n) && NO_TEXT.has(n.name ?? '')) return '';
  let s = '';
  for (const c of n.children ?? []) s += textContent(c);
  return s;
}

/** Elements under `root` in document order, not entering templates; collects shadow roots met on the way. */
function elementsOf(root: DomNode, shadowRoots: DomNode[]): DomNode[] {
  const out: DomNode[] = [];
  const visit = (n: DomNode) => {
    for (const c of n.children ?? []) {
      if (!isElement(c)) continue;
      if (c.name === 'template') {
        if (isShadowTemplate(c)) {
          const frag = (c.children ?? []).find((k) => k.type === 'root') ?? c;
          shadowRoots.push(frag);
        }
        continue;
      }
      out.push(c);
      visit(c);
    }
  };
  visit(root);
  return out;
}

function contains(a: DomNode, b: DomNode): boolean {
  for (let n: DomNode | null | undefined = b; n; n = n.parent) if (n === a) return true;
  return false;
}

/** Mention candidates of a static page (see `collectMentionCandidates`). */
export function mentionCandidatesFromHtml(html: string, baseUrl: string): MentionCandidate[] {
  const $ = load(html);
  const baseHref = $('base[href]').attr('href');
  let base = baseUrl;
  if (baseHref) {
    try {
      base = new URL(baseHref, baseUrl).href;
    } catch {
      /* keep the page URL */
    }
  }
  const roots: DomNode[] = [$.root()[0] as unknown as DomNode];
  const out: MentionCandidate[] = [];
  // Host of each shadow root, to cross the boundary when walking up.
  const hostOf = new Map<DomNode, DomNode>();

  for (let r = 0; r < roots.length && out.length < MAX_CANDIDATES; r++) {
    const found: DomNode[] = [];
    const all = elementsOf(roots[r], found);
    for (const f of found) {
      const tpl = f.type === 'root' ? f.parent : f;
      if (tpl?.parent) hostOf.set(f, tpl.parent);
      roots.push(f);
    }
    const info = new Map<DomNode, { text: string; strong: boolean }>();
    const kept: DomNode[] = [];
    let pruned: DomNode | null = null;
    for (const el of all) {
      if (pruned && contains(pruned, el)) continue;
      if (SKIP.has((el.name ?? '').toLowerCase())) {
        pruned = el;
        continue;
      }
      const text = cleanSpaces(textContent(el));
      if (!WEAK.test(text)) {
        pruned = el;
        continue;
      }
      info.set(el, { text, strong: STRONG.test(text) });
      kept.push(el);
    }
    for (const el of kept) {
      if (out.length >= MAX_CANDIDATES) break;
      const me = info.get(el)!;
      let childWeak = false;
      let childStrong = false;
      for (const c of el.children ?? []) {
        const ci = info.get(c);
        if (ci) {
          childWeak = true;
          if (ci.strong) childStrong = true;
        }
      }
      if (me.strong ? childStrong : childWeak) continue;
      let text = me.text;
      if (text.length > MAX_LEN) {
        if (!me.strong) continue;
        const at = text.search(STRONG);
        const from = Math.max(0, at - 20);
        text = text.slice(from, at + 180).trim();
        if (from > 0) text = text.replace(/^\S*\s+/, '');
      }
      let link: DomNode | null = null;
      let inFooter = false;
      for (let n: DomNode | null | undefined = el; n; ) {
        if (isElement(n)) {
          if (!link && n.name === 'a') link = n;
          if (n.name === 'footer' || (n.attribs?.role ?? '').toLowerCase() === 'contentinfo') inFooter = true;
        }
        n = n.parent && n.parent.type !== 'root' ? n.parent : n.parent ? hostOf.get(n.parent) ?? null : null;
      }
      if (!link) {
        const stack = [...(el.children ?? [])];
        while (stack.length && !link) {
          const n = stack.shift()!;
          if (isElement(n) && n.name === 'a' && n.attribs?.href !== undefined && WEAK.test(textContent(n))) link = n;
          else stack.unshift(...(n.children ?? []).filter(isElement));
        }
      }
      const raw = link?.attribs?.href;
      let href: string | null = null;
      if (raw !== undefined) {
        try {
          href = new URL(raw, base).href;
        } catch {
          href = null;
        }
      }
      out.push({ text, href, inFooter });
    }
  }
  return out;
}

/** The mentions of a static page. */
export function mentionsFromHtml(html: string, pageUrl: string): Mention[] {
  return mentionsFromCandidates(mentionCandidatesFromHtml(html, pageUrl), pageUrl);
}
