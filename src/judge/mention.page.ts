/** Facts for the judge, gathered in every rendered page: where the accessibility mention may be. */
import type { MentionCandidate } from './mention.js';

/**
 * Self-contained (no reference to anything outside its body, no inner function): the judge's
 * tests also run its source on a DOM made from static HTML, to compare it with the cheerio
 * search (tests/judge/mention.test.ts).
 *
 * Walks the document and every open shadow root; returns the smallest elements whose text
 * names accessibility (preferring, when the state is written beside the word but outside
 * the element, e.g. `<p><a>Accessibilité</a> : non conforme</p>`, the smallest element that
 * holds both), with the link they are (in), and whether they sit in the page footer.
 * At most 50 candidates.
 */
export function collectMentionCandidates(): MentionCandidate[] {
  const MAX_CANDIDATES = 50;
  const MAX_LEN = 200;
  const WEAK = /accessibilit[eéèêëy]/i;
  const STRONG = /accessibilit[eéèêëy][\s\S]{0,80}?(conform|complian)/i;
  const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|HEAD|TITLE|META|LINK)$/;
  const NO_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;
  const out: MentionCandidate[] = [];

  // 1. The document and every open shadow root (breadth-first, no recursion).
  const roots: (Document | ShadowRoot)[] = [document];
  for (let r = 0; r < roots.length; r++) {
    const all = roots[r].querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const sr = (all[i] as Element).shadowRoot;
      if (sr) roots.push(sr);
    }
  }

  for (let r = 0; r < roots.length && out.length < MAX_CANDIDATES; r++) {
    // 2. Elements in document order; a subtree whose text does not name accessibility is skipped.
    const all = roots[r].querySelectorAll('*');
    const info = new Map<Element, { text: string; weak: boolean; strong: boolean }>();
    const kept: Element[] = [];
    let pruned: Element | null = null;
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as Element;
      if (pruned && pruned.contains(el)) continue;
      if (SKIP.test(el.tagName.toUpperCase())) {
        pruned = el;
        continue;
      }
      // textContent, less the text of scripts, styles and templates inside.
      let raw = el.textContent || '';
      if (el.querySelector('script,style,noscript,template')) {
        raw = '';
        const stack: Node[] = [el];
        while (stack.length) {
          const node = stack.pop() as Node;
          if (node.nodeType === 3) raw += node.nodeValue || '';
          else if (node === el || (node.nodeType === 1 && !NO_TEXT.test((node as Element).tagName.toUpperCase()))) {
            for (let c = node.childNodes.length - 1; c >= 0; c--) stack.push(node.childNodes[c]);
          }
        }
      }
      const text = raw
        .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!WEAK.test(text)) {
        pruned = el;
        continue;
      }
      info.set(el, { text, weak: true, strong: STRONG.test(text) });
      kept.push(el);
    }

    // 3. Keep the smallest ones.
    for (let k = 0; k < kept.length && out.length < MAX_CANDIDATES; k++) {
      const el = kept[k];
      const me = info.get(el)!;
      let childWeak = false;
      let childStrong = false;
      for (let c = 0; c < el.children.length; c++) {
        const ci = info.get(el.children[c]);
        if (ci) {
          childWeak = true;
          if (ci.strong) childStrong = true;
        }
      }
      const smallest = me.strong ? !childStrong : !childWeak;
      if (!smallest) continue;
      let text = me.text;
      if (text.length > MAX_LEN) {
        if (!me.strong) continue;
        // A long block (e.g. a one-paragraph footer): keep only the words around the mention.
        const at = text.search(STRONG);
        const from = Math.max(0, at - 20);
        text = text.slice(from, at + 180).trim();
        if (from > 0) text = text.replace(/^\S*\s+/, '');
      }

      // Link: the element itself or its closest `a` ancestor (across shadow roots),
      // else an `a` inside it that names accessibility.
      let link: Element | null = null;
      let inFooter = false;
      let n: Element | null = el;
      while (n) {
        const tag = n.tagName.toUpperCase();
        if (!link && tag === 'A') link = n;
        if (tag === 'FOOTER' || (n.getAttribute('role') || '').toLowerCase() === 'contentinfo') inFooter = true;
        if (n.parentElement) n = n.parentElement;
        else {
          const root = n.getRootNode() as ShadowRoot | Document;
          n = root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
        }
      }
      if (!link) {
        const inner = el.querySelectorAll('a');
        for (let a = 0; a < inner.length; a++) {
          if (WEAK.test(inner[a].textContent || '') && inner[a].hasAttribute('href')) {
            link = inner[a];
            break;
          }
        }
      }
      let href: string | null = null;
      const raw = link ? link.getAttribute('href') : null;
      if (raw !== null) {
        try {
          href = new URL(raw, document.baseURI).href;
        } catch {
          href = null;
        }
      }
      out.push({ text, href, inFooter });
    }
  }
  return out;
}

export const facts = { mentions: collectMentionCandidates };
