/**
 * The tests frame-content serves, shared by its meta (Node) and its page code (bundled): no
 * import, so that both sides can read it.
 *
 * FRAME_SENSITIVE: the tests our checks can decide C that examine elements; their elements may
 * also be in a frame's document, which neither axe-core (run with `iframes: false`) nor our checks
 * enter. PAGE_DOCUMENT_TESTS: the tests our checks can decide C that are about the page's own
 * document (8.1 doctype, 8.3 lang, 8.5 title, 13.1.2 meta redirect) or its frame elements (2.1.1).
 */
export const FRAME_SENSITIVE = ['1.1.1', '5.4.1', '5.8.1', '6.2.1', '8.10.1', '8.10.2', '10.1.1', '10.1.2', '10.1.3', '11.1.1', '11.1.2', '11.6.1', '11.8.2', '13.11.1'];

export const PAGE_DOCUMENT_TESTS = ['2.1.1', '8.1.1', '8.1.2', '8.1.3', '8.3.1', '8.5.1', '13.1.2'];

/** What a frame's title attribute makes: a 2.1.1 failure (no title, or only spaces), a 2.2.1 failure (a word that names no content) or doubt (a URL), or nothing. */
export type FrameTitleFinding =
  | { test: '2.1.1'; messageId: 'no-title' | 'no-title-aria' | 'empty-title' }
  | { test: '2.2.1'; kind: 'failures' | 'doubts'; messageId: 'generic-title' | 'url-title'; title: string };

/** `ariaName`: the frame has an aria-label or aria-labelledby (said in the message: 2.1.1 does not accept it instead). */
export function frameTitleFinding(title: string | null, src: string, ariaName: boolean): FrameTitleFinding | null {
  if (title === null) return { test: '2.1.1', messageId: ariaName ? 'no-title-aria' : 'no-title' };
  // Spaces and invisible format characters (zero-width space, joiners…) make no title.
  if (!title.replace(/[\s\p{Cf}]+/gu, '')) return { test: '2.1.1', messageId: 'empty-title' };
  const t = title.trim();
  if (/^(i?frame\s*\d*|cadre|title|titre|untitled|sans titre|blank|about:blank|null|undefined)$/i.test(t)) return { test: '2.2.1', kind: 'failures', messageId: 'generic-title', title: t };
  if (/^(https?:)?\/\//i.test(t) || t === src.trim()) return { test: '2.2.1', kind: 'doubts', messageId: 'url-title', title: t.slice(0, 80) };
  return null;
}
