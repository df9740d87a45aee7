/**
 * The page part of the `listeners` gatherer (gather/gatherers/listeners.ts): a scan of the style
 * sheets for :hover/:focus rules that reveal content, a few DOM counts, and the description of the
 * elements the listeners are on.
 */
import type { CssRevealScan, DomCounts, ProbeNode } from '../artifacts.js';
import { describe } from '../page/describe.page.js';

/** A description of each element given (selector, snippet, focusable); called by CDP with the listeners' nodes. */
function describeElements(...els: unknown[]): ProbeNode[] {
  return els.map((x) => {
    if (!(x instanceof Element)) {
      const name = x instanceof Document ? 'document' : 'node';
      return { selector: name, snippet: name, tag: name, focusable: false };
    }
    const focusable =
      x.matches('input, select, textarea, button, a[href], area[href], summary, [tabindex], [contenteditable=""], [contenteditable=true], iframe') &&
      !x.matches('[tabindex^="-"]:not(input, select, textarea, button, a[href])');
    const d = describe(x);
    return { selector: d.selector, snippet: d.snippet, tag: x.localName, focusable };
  });
}

/** See DomCounts.scripts. */
function countScripts(): number {
  const roots: (Document | ShadowRoot)[] = [document];
  for (const el of Array.from(document.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
  let n = 0;
  for (const root of roots) {
    for (const s of Array.from(root.querySelectorAll('script'))) {
      const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
      // A data block (JSON, a template) is not run by the browser; an unknown type is counted, to be safe.
      if (!/^application\/(ld\+)?json$|^text\/(template|x-template|html|plain)$|^importmap$|^speculationrules$/.test(type)) n++;
    }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.getAttributeNames().some((a) => a.toLowerCase().startsWith('on'))) n++;
      for (const a of ['href', 'src', 'action', 'formaction', 'data', 'xlink:href']) if (/^\s*javascript:/i.test(el.getAttribute(a) ?? '')) n++;
    }
  }
  // Scripts loaded and since removed from the document (a loader that cleans up after itself).
  n += performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script').length;
  return n;
}

/** CSS rules revealing content on hover/focus, and DOM counts. */
function scanPage(): { css: CssRevealScan; dom: DomCounts } {
  const css: CssRevealScan = { hover: [], focus: [], unreadable: [] };
  const FONT_HOSTS = /^(fonts\.googleapis\.com|use\.typekit\.net|fonts\.bunny\.net|use\.fontawesome\.com|fast\.fonts\.net|cloud\.typography\.com)$/i;
  const REVEAL = /(^|;|\s)(display|visibility|opacity|clip|clip-path|max-height|height|transform|translate|scale|left|right|top|bottom|inset|content)\s*:/i;
  const splitTop = (s: string): string[] => {
    const out: string[] = [];
    let depth = 0;
    let cur = '';
    for (const ch of s) {
      if (ch === '(' || ch === '[') depth++;
      else if (ch === ')' || ch === ']') depth--;
      if (ch === ',' && depth === 0) {
        out.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    if (cur.trim()) out.push(cur.trim());
    return out;
  };
  /** Does the part after the last pseudo-class target another element or a pseudo-element? */
  const targetsOther = (sel: string, re: RegExp): boolean => {
    let last = -1;
    let m: RegExpExecArray | null;
    const g = new RegExp(re.source, 'gi');
    while ((m = g.exec(sel))) last = m.index + m[0].length;
    if (last < 0) return false;
    const rest = sel.slice(last);
    return /^[^\s>+~]*([\s>+~]+[^\s]|::?(before|after)\b)/i.test(rest) || /::?(before|after)\b/i.test(rest);
  };
  const visit = (rules: CSSRuleList, sheet: number, depth: number) => {
    if (depth > 6) return;
    for (const rule of Array.from(rules)) {
      const r = rule as CSSStyleRule & { cssRules?: CSSRuleList };
      if (typeof r.selectorText === 'string') {
        const text = r.selectorText;
        if (/:hover|:focus/i.test(text) && REVEAL.test(r.style.cssText)) {
          const style = r.style;
          // A rule that only hides (display:none, visibility:hidden, opacity:0) reveals nothing.
          const hidesOnly =
            (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') &&
            !/(^|;|\s)(clip|clip-path|max-height|height|transform|translate|scale|left|right|top|bottom|inset|content)\s*:/i.test(style.cssText);
          if (!hidesOnly) {
            for (const part of splitTop(text)) {
              if (/:hover/i.test(part) && targetsOther(part, /:hover/) && css.hover.length < 500) css.hover.push({ selector: part, sheet });
              if (/:focus/i.test(part) && targetsOther(part, /:focus(-within|-visible)?/) && css.focus.length < 500) css.focus.push({ selector: part, sheet });
            }
          }
        }
      }
      if (r.cssRules && r.cssRules.length) visit(r.cssRules, sheet, depth + 1);
    }
  };
  const sheets: CSSStyleSheet[] = [...Array.from(document.styleSheets), ...((document as Document & { adoptedStyleSheets?: CSSStyleSheet[] }).adoptedStyleSheets ?? [])];
  sheets.forEach((sheet, i) => {
    let rules: CSSRuleList | null;
    try {
      rules = sheet.cssRules;
    } catch {
      rules = null;
    }
    if (!rules) {
      let host: string;
      try {
        host = new URL(sheet.href ?? '', location.href).hostname;
      } catch {
        host = '';
      }
      if (!FONT_HOSTS.test(host)) css.unreadable.push(sheet.href ?? '(inline)');
      return;
    }
    visit(rules, i, 0);
  });
  const count = (s: string) => document.querySelectorAll(s).length;
  const scripts = countScripts();
  // Style sheets declaring animations, transitions or CSS images (an animated GIF as background).
  let cssMotion = css.unreadable.length;
  const MOVES = /(^|[;\s{])(animation|animation-name|transition|transition-property)\s*:|url\(/i;
  const scanMotion = (rules: CSSRuleList, depth: number) => {
    if (depth > 6) return;
    for (const rule of Array.from(rules)) {
      const r = rule as CSSRule & { cssRules?: CSSRuleList; style?: CSSStyleDeclaration };
      if (r.type === CSSRule.KEYFRAMES_RULE || (r.style && MOVES.test(r.style.cssText))) cssMotion++;
      else if (r.cssRules && r.cssRules.length) scanMotion(r.cssRules, depth + 1);
    }
  };
  for (const sheet of sheets) {
    try {
      scanMotion(sheet.cssRules, 0);
    } catch {
      // unreadable: already counted in css.unreadable
    }
  }
  const styled = Array.from(document.querySelectorAll('[style]')).filter((e) => MOVES.test(e.getAttribute('style') ?? '')).length;
  const animations = typeof document.getAnimations === 'function' ? document.getAnimations().length : 1;
  const dom = {
    scripts,
    refreshers: count('meta[http-equiv="refresh" i], object, embed, svg, canvas'),
    forms: count('form, input:not([type=hidden]), select, textarea, button, [contenteditable]:not([contenteditable=false])'),
    motion: count('img, picture, svg, canvas, video, audio, object, embed, iframe, frame, applet, marquee, blink, input[type=image]') + cssMotion + styled + animations,
    frames: count('iframe, frame, object, embed'),
    pointerTargets: count('a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, label, [onclick], [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=option], [tabindex]'),
    tooltips: count('[role=tooltip], [data-tooltip], [data-tippy-content], [data-bs-toggle=tooltip], [data-toggle=tooltip], [aria-describedby][data-original-title], .tooltip'),
    disclosures: count('details, dialog, [popover], [popovertarget], [aria-expanded], [aria-haspopup]:not([aria-haspopup=false]), [aria-controls], [commandfor]'),
  };
  return { css, dom };
}

export const probes = { scanPage, describeElements };
