/**
 * One way to describe an element as evidence (a short CSS path and an HTML snippet), shared by
 * every piece of code that runs in the page: the context of the in-page checks and the page parts
 * of the gatherers.
 */

/** The selector and snippet of an element. */
export interface Described {
  selector: string;
  snippet: string;
}

/** Selector (ids when unique, else tag:nth-of-type, 6 steps at most) and snippet (truncated). */
export function describe(el: Element, snippetMax = 300): Described {
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
  return { selector: parts.join(' > '), snippet: html.length > snippetMax ? html.slice(0, snippetMax) + '…' : html };
}
