/**
 * A rendered page as the judge reads it: a flat list of text blocks (headings, paragraphs,
 * list items) and links, with what belongs to the navigation, banner and footer marked, so
 * that a declaration is read from its own content only.
 */
import { load } from 'cheerio';
import { cleanSpaces, fold } from '../model/text.js';

export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

export interface Block {
  kind: 'heading' | 'text' | 'li';
  /** 1–6 for headings, 7 otherwise. */
  level: number;
  /** Text, link text included. */
  text: string;
  /** Text without the text of links. */
  plain: string;
  /** Inside navigation, footer, banner: not the declaration's own content. */
  excluded: boolean;
  /** The ul/ol of a list item. */
  list: DomNode | null;
}

export interface Link {
  href: string;
  text: string;
  title: string;
  inFooter: boolean;
  excluded: boolean;
  /** Index of the block it belongs to (the next one flushed). */
  block: number;
}

export interface Page {
  title: string;
  blocks: Block[];
  links: Link[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br', 'option', 'button',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'select']);

interface Ctx {
  excluded: boolean;
  inFooter: boolean;
  inMain: boolean;
  inLink: boolean;
  kind: Block['kind'];
  level: number;
  list: DomNode | null;
}

export function isElement(n: DomNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function nodeText(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (isElement(n) && SKIP_TAGS.has(n.name ?? '')) return '';
  let s = '';
  for (const c of n.children ?? []) s += nodeText(c);
  return s;
}

export function linearise(html: string): Page {
  const $ = load(html);
  const root = $.root()[0] as unknown as DomNode;
  const blocks: Block[] = [];
  const links: Link[] = [];
  let buf = '';
  let plainBuf = '';
  let bufCtx: Ctx | null = null;

  const flush = () => {
    const text = cleanSpaces(buf);
    if (text && bufCtx) {
      blocks.push({
        kind: bufCtx.kind,
        level: bufCtx.kind === 'heading' ? bufCtx.level : 7,
        text,
        plain: cleanSpaces(plainBuf),
        excluded: bufCtx.excluded,
        list: bufCtx.list,
      });
    }
    buf = '';
    plainBuf = '';
    bufCtx = null;
  };

  const walk = (n: DomNode, ctx: Ctx) => {
    if (n.type === 'text') {
      const data = n.data ?? '';
      if (!bufCtx && data.trim()) bufCtx = ctx;
      buf += data;
      if (!ctx.inLink) plainBuf += data;
      return;
    }
    if (n.type === 'root') {
      for (const c of n.children ?? []) walk(c, ctx);
      return;
    }
    if (!isElement(n)) return;
    const name = (n.name ?? '').toLowerCase();
    const at = n.attribs ?? {};
    if (SKIP_TAGS.has(name) || 'hidden' in at) return;
    const role = (at.role ?? '').toLowerCase();
    const block = BLOCK_TAGS.has(name);
    const c: Ctx = { ...ctx };
    if (name === 'main' || name === 'article' || role === 'main') c.inMain = true;
    if (name === 'footer' || role === 'contentinfo') {
      c.inFooter = true;
      c.excluded = true;
    }
    if (name === 'nav' || role === 'navigation' || role === 'banner' || (name === 'header' && !c.inMain)) {
      c.excluded = true;
    }
    const heading = /^h[1-6]$/.exec(name) ? +name[1] : role === 'heading' ? +(at['aria-level'] ?? '2') || 2 : 0;
    if (heading) {
      c.kind = 'heading';
      c.level = heading;
    } else if (name === 'li') {
      c.kind = 'li';
      c.list = ctx.list;
    } else if (name === 'ul' || name === 'ol') {
      c.list = n;
    }
    if (name === 'a' && at.href !== undefined) {
      links.push({
        href: at.href,
        text: cleanSpaces(nodeText(n)),
        title: cleanSpaces(`${at.title ?? ''} ${at['aria-label'] ?? ''}`),
        inFooter: c.inFooter,
        excluded: c.excluded,
        block: blocks.length,
      });
      c.inLink = true;
    }
    if (block || heading) flush();
    for (const child of n.children ?? []) walk(child, c);
    if (block || heading) flush();
    else if (name === 'img' && at.alt) {
      // An image link's alternative is its text.
      if (!bufCtx) bufCtx = c;
      buf += ` ${at.alt} `;
      if (!c.inLink) plainBuf += ` ${at.alt} `;
    }
  };

  walk(root, { excluded: false, inFooter: false, inMain: false, inLink: false, kind: 'text', level: 7, list: null });
  flush();
  return { title: cleanSpaces($('title').first().text()), blocks, links };
}

/** The page's own text: its blocks outside navigation, banner and footer, one per line. */
export function contentText(page: Page): string {
  return contentSpans(page).text;
}

/** The content text with, for each of its blocks, where the block's text starts and ends in it. */
export function contentSpans(page: Page): { text: string; spans: { block: number; start: number; end: number }[] } {
  const spans: { block: number; start: number; end: number }[] = [];
  let text = '';
  page.blocks.forEach((b, i) => {
    if (b.excluded) return;
    if (spans.length) text += '\n';
    spans.push({ block: i, start: text.length, end: text.length + b.text.length });
    text += b.text;
  });
  return { text, spans };
}

/** The text of the nearest heading before block `i` (the section it sits in), or null. */
export function headingOf(page: Page, i: number): string | null {
  for (let j = i; j >= 0; j--) {
    const b = page.blocks[j];
    if (b.kind === 'heading' && !b.excluded) return b.text;
  }
  return null;
}

/** Blocks from a marker (a heading if possible) up to the next heading of the same or higher rank. */
export function section(page: Page, marker: RegExp): { from: number; to: number } | null {
  const matches = (b: Block) => !b.excluded && b.text.length <= 200 && marker.test(fold(b.text));
  let start = page.blocks.findIndex((b) => b.kind === 'heading' && matches(b));
  if (start < 0) start = page.blocks.findIndex(matches);
  if (start < 0) return null;
  const level = page.blocks[start].level;
  let end = start + 1;
  while (end < page.blocks.length) {
    const b = page.blocks[end];
    if (b.kind === 'heading' && b.level <= (level === 7 ? 6 : level)) break;
    end++;
  }
  return { from: start, to: end };
}

/** An absolute URL, or null when `href` does not resolve against `base`. */
export function resolve(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}
