/**
 * The frames a page shows whose content the tool does not examine: axe-core runs with
 * `iframes: false` and our checks stay in the page's own document. Shared by the check
 * frame-content (a pass is proven for the page's document only) and by the runtime, which counts
 * the scopes that decide NA inside the frames it can read (an absence is proven only there).
 */
import type { UnexaminedFrames } from '../inpage-api.js';
import type { PageContext } from './context.page.js';

/** Frames described at most (each one listed for a human). */
export const FRAMES_LISTED = 5;
/** Frame documents read at most, nested ones included: past it, what they hold is not known. */
const DOCUMENTS_READ = 20;
const NESTED_DEPTH = 3;

/**
 * The document a frame shows, when the page may read it; null for another origin, a sandbox, or a
 * frame whose address is not loaded yet (a lazily loaded frame still on its initial about:blank,
 * which says nothing of what it will show).
 */
function frameDocument(el: Element): Document | null {
  let doc: Document | null;
  try {
    doc = (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
  if (!doc) return null;
  const src = (el.getAttribute('src') || '').trim();
  if (doc.URL === 'about:blank' && src && !/^about:blank\b/i.test(src) && !el.hasAttribute('srcdoc')) return null;
  return doc;
}

/** A frame whose document is known to be empty and meant to be so (about:blank, an empty srcdoc). */
export function emptyFrame(el: Element): boolean {
  const doc = frameDocument(el);
  if (!doc) return false; // not readable: not known to be empty
  const body = doc.body;
  return !body || (!body.children.length && !(body.textContent || '').trim());
}

/** The frames the page shows (rendered, not empty), in document order. */
export function shownFrames(h: PageContext): Element[] {
  return h.all('iframe, frame').filter((el) => h.visible(el) && !emptyFrame(el));
}

/** What the frame shows, for a human: its address, or srcdoc. */
export function frameSource(el: Element): string {
  return ((el as HTMLIFrameElement).src || el.getAttribute('src') || (el.hasAttribute('srcdoc') ? 'srcdoc' : 'about:blank')).slice(0, 120);
}

/**
 * The frames shown, and each scope selector counted in their documents and in the frames nested
 * in them. `scopes` is null when one of these documents cannot be read (another origin, a sandbox)
 * or there are more than the tool reads: then nothing is proven absent from the frames.
 */
export function unexaminedFrames(h: PageContext, selectors: string[]): UnexaminedFrames | undefined {
  const shown = shownFrames(h);
  if (!shown.length) return undefined;
  const docs: Document[] = [];
  let readable = true;
  const visit = (frames: Element[], depth: number) => {
    for (const el of frames) {
      const doc = frameDocument(el);
      if (!doc || docs.length >= DOCUMENTS_READ || depth > NESTED_DEPTH) {
        readable = false;
        return;
      }
      docs.push(doc);
      visit(Array.from(doc.querySelectorAll('iframe, frame')), depth + 1);
      if (!readable) return;
    }
  };
  visit(shown, 1);
  let scopes: Record<string, number> | null = null;
  if (readable) {
    // Their shadow roots too, as the page's own scopes count them.
    const roots: ParentNode[] = [];
    const walk = (root: ParentNode) => {
      roots.push(root);
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) walk(el.shadowRoot);
    };
    docs.forEach(walk);
    scopes = {};
    for (const sel of selectors) {
      let n = 0;
      try {
        for (const root of roots) n += root.querySelectorAll(sel).length;
      } catch {
        n = -1;
      }
      scopes[sel] = n;
    }
  }
  return {
    count: shown.length,
    shown: shown.slice(0, FRAMES_LISTED).map((el) => h.node(el, 'not-examined', { src: frameSource(el) })),
    scopes,
  };
}
