/**
 * `frames`: the frames nested in the page's own frames (an <iframe> inside an <iframe>), read from
 * the browser's frame tree. The in-page script runs in the page's document only, so its checks see
 * the page's frame elements and nothing inside them; Playwright knows every frame, other origins
 * included, and evaluates in the document that holds each one. Read by frame-title-nested (2.1.1,
 * 2.2.1). A page without nested frames costs nothing: the frame tree is already in Node.
 */
import type { ElementHandle, Frame } from 'playwright';
import type { FramesArtifact } from '../artifacts.js';
import type { Gatherer } from './gatherer.js';

/** Nested frames read at most (each is one evaluation in its parent document). */
export const MAX_NESTED = 50;
/** Blank frames read at most, to tell one not loaded yet from one meant to be blank (beyond: unread). */
const MAX_BLANK = 50;

interface FrameElement {
  selector: string;
  snippet: string;
  title: string | null;
  ariaName: boolean;
  src: string;
  hidden: boolean;
}

/** The little of the DOM `read` uses (this module is compiled without the DOM's types). */
interface DomElement {
  id: string;
  localName: string;
  hidden?: boolean;
  outerHTML: string;
  ownerDocument: DomDocument;
  parentElement: DomElement | null;
  previousElementSibling: DomElement | null;
  closest(selector: string): DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}
interface DomDocument {
  documentElement: DomElement;
  querySelectorAll(selector: string): { length: number };
  defaultView: { getComputedStyle(el: DomElement): { display: string; visibility: string }; CSS: { escape(s: string): string } } | null;
}

/** In the parent document: what 2.1.1 and 2.2.1 need of a frame element. Sent as source: uses nothing of this module. */
function read(el: DomElement): FrameElement {
  const doc = el.ownerDocument;
  const view = doc.defaultView!;
  const cs = view.getComputedStyle(el);
  const hidden = !!el.hidden || !!el.closest('[aria-hidden="true"],[hidden]') || cs.display === 'none' || cs.visibility === 'hidden';
  let selector: string;
  if (el.id && doc.querySelectorAll('#' + view.CSS.escape(el.id)).length === 1) selector = '#' + view.CSS.escape(el.id);
  else {
    const parts: string[] = [];
    for (let e: DomElement | null = el; e && e !== doc.documentElement; e = e.parentElement) {
      let i = 1;
      for (let s = e.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === e.localName) i++;
      parts.unshift(`${e.localName}:nth-of-type(${i})`);
    }
    selector = parts.join(' > ');
  }
  const html = el.outerHTML;
  const end = html.indexOf('>');
  return {
    selector,
    snippet: (end > 0 ? html.slice(0, end + 1) : html).slice(0, 300),
    title: el.getAttribute('title'),
    ariaName: !!(el.getAttribute('aria-label') || '').trim() || el.hasAttribute('aria-labelledby'),
    src: (el.getAttribute('src') || (el.hasAttribute('srcdoc') ? 'srcdoc' : 'about:blank')).slice(0, 200),
    hidden,
  };
}

export const frames: Gatherer<'frames'> = {
  name: 'frames',
  interactive: false,
  async collect({ page }): Promise<FramesArtifact> {
    const main = page.mainFrame();
    const out: FramesArtifact = { nested: [], unread: 0 };
    const seen = new Map<Frame, Promise<FrameElement | null>>();
    const element = (f: Frame): Promise<FrameElement | null> => {
      let p = seen.get(f);
      if (!p) {
        p = (async () => {
          let h: ElementHandle | undefined;
          try {
            h = await f.frameElement();
            return await h.evaluate<FrameElement>(read as never);
          } catch {
            return null; // detached meanwhile, or its parent navigated
          } finally {
            await h?.dispose().catch(() => undefined);
          }
        })();
        seen.set(f, p);
      }
      return p;
    };
    /** The elements of the frame and of the frames it is in, from the page's down to it; null when one could not be read. */
    const chainOf = async (f: Frame): Promise<FrameElement[] | null> => {
      const chain: Frame[] = [];
      for (let g: Frame | null = f; g && g !== main; g = g.parentFrame()) chain.unshift(g);
      const els = await Promise.all(chain.map(element));
      return els.some((e) => !e) ? null : (els as FrameElement[]);
    };
    for (const f of page.frames()) {
      const parent = f.parentFrame();
      if (!parent || parent === main) continue;
      if (out.nested.length >= MAX_NESTED) {
        out.unread++;
        continue;
      }
      const els = await chainOf(f);
      if (!els) {
        out.unread++;
        continue;
      }
      const own = els[els.length - 1];
      out.nested.push({
        selector: els.map((e) => e.selector).join(' >>> '),
        snippet: own.snippet,
        parent: parent.url(),
        title: own.title,
        ariaName: own.ariaName,
        src: own.src,
        hidden: els.some((e) => e.hidden),
      });
    }
    // A frame on its initial empty document (its URL '' or about:blank) whose element names an
    // address is not loaded yet (a lazy frame below the first screen): the frames it will hold
    // cannot be read. Only blank frames without frames of their own are read (one evaluation each).
    const blank = page.frames().filter((f) => f !== main && (f.url() === '' || f.url() === 'about:blank') && !f.childFrames().length);
    for (const f of blank.slice(0, MAX_BLANK)) {
      const els = await chainOf(f);
      if (!els) continue; // detached meanwhile: gone with its frames
      const own = els[els.length - 1];
      const src = own.src.trim();
      if (els.some((e) => e.hidden) || !src || /^(about:|srcdoc$|javascript:)/i.test(src)) continue;
      (out.pending ??= []).push({ selector: els.map((e) => e.selector).join(' >>> '), snippet: own.snippet, src: own.src });
    }
    if (blank.length > MAX_BLANK) out.unread += blank.length - MAX_BLANK;
    return out;
  },
};
