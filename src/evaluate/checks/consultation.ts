/**
 * Checks of our own for theme 13 (consultation). See ./types.ts for the contract.
 *
 * This module also holds the Node-side page probe shared by the interactive checks of themes 10,
 * 12 and 13: the event listeners registered in the page (one CDP call), a scan of the style sheets
 * for :hover/:focus rules that reveal content, and a few DOM counts. It is computed once per page
 * (cached) so that five checks cost one round trip of measurements.
 */
import type { Page } from 'playwright';
import { withDescribeDeclaration, type Describe } from '../../gather/dom.js';
import type { CheckResult, InPageCheck, RawNode } from './types.js';
import type { InteractiveCheck } from './types.js';
import { guardOf, uncountedPages } from '../../gather/guard.js';

/* ------------------------------------------------------------------------------------------------
 * Shared probe (Node side)
 * ---------------------------------------------------------------------------------------------- */

/** One event listener found in the page. `node` is filled for listeners on elements. */
export interface ProbeListener {
  type: string;
  on: 'window' | 'document' | 'element';
  node?: ProbeNode;
}

export interface ProbeNode {
  selector: string;
  snippet: string;
  tag: string;
  /** The element itself can take the focus (form field, link, button, tabindex, contenteditable). */
  focusable: boolean;
}

/** What the style sheets say about content revealed on hover or focus. */
export interface CssRevealScan {
  /** Rules whose :hover selector targets another element or a pseudo-element and shows something. */
  hover: { selector: string; sheet: number }[];
  /** Same with :focus, :focus-within or :focus-visible. */
  focus: { selector: string; sheet: number }[];
  /** Style sheets that could not be read (cross-origin without CORS), font-only hosts excepted. */
  unreadable: string[];
}

export interface PageProbe {
  listeners: ProbeListener[];
  /** Set when the listeners could not be read (no CDP, page closed…): scopes are then unknown. */
  listenerError?: string;
  css: CssRevealScan;
  dom: {
    /** iframes, frames, objects and embeds: their content is not probed. */
    frames: number;
    /** Elements users can act on with a pointer (links, buttons, fields, [onclick]…). */
    pointerTargets: number;
    /** Markup announcing content shown on hover or focus (tooltips). */
    tooltips: number;
    /** Markup announcing content shown on activation (details, popover, aria-expanded, dialog…). */
    disclosures: number;
  };
}

const probes = new WeakMap<Page, Promise<PageProbe>>();

/** The page probe, computed on first use and shared by every interactive check of the page. */
export function probePage(page: Page): Promise<PageProbe> {
  let p = probes.get(page);
  if (!p) {
    p = runProbe(page);
    probes.set(page, p);
  }
  return p;
}

const popupsAtLoad = new WeakMap<Page, string[]>();

/** A pooled page is about to show another document: forget what was learnt about the last one. */
export function forgetPage(page: Page): void {
  probes.delete(page);
  popupsAtLoad.delete(page);
}

/**
 * Interactive checks that act as a user (key presses) call this first, so that the popup check
 * (13.2) only counts the windows that opened before any user action.
 */
export function notePopupsBeforeUserAction(page: Page): void {
  if (!popupsAtLoad.has(page)) popupsAtLoad.set(page, otherPages(page));
}

/** Windows the page opened: those the page guard already closed, then any still open. */
function otherPages(page: Page): string[] {
  return [...(guardOf(page)?.popups ?? []), ...uncountedPages(page).map((p) => p.url())];
}

/** In the page: a description of each element given (selector, snippet, focusable). Self-contained. */
function describeElements(this: unknown, describe: Describe, ...els: unknown[]): ProbeNode[] {
  return els.map((x) => {
    if (!(x instanceof Element)) {
      const name = x instanceof Document ? 'document' : 'node';
      return { selector: name, snippet: name, tag: name, focusable: false };
    }
    const focusable =
      x.matches('input, select, textarea, button, a[href], area[href], summary, [tabindex], [contenteditable=""], [contenteditable=true], iframe') &&
      !x.matches('[tabindex^="-"]:not(input, select, textarea, button, a[href])');
    const d = describe(x, '');
    return { selector: d.selector, snippet: d.snippet, tag: x.localName, focusable };
  });
}

/** In the page: CSS rules revealing content on hover/focus, and DOM counts. Self-contained. */
function scanPage(): { css: CssRevealScan; dom: PageProbe['dom'] } {
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
  const dom = {
    frames: count('iframe, frame, object, embed'),
    pointerTargets: count('a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, label, [onclick], [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=menuitem], [role=option], [tabindex]'),
    tooltips: count('[role=tooltip], [data-tooltip], [data-tippy-content], [data-bs-toggle=tooltip], [data-toggle=tooltip], [aria-describedby][data-original-title], .tooltip'),
    disclosures: count('details, dialog, [popover], [popovertarget], [aria-expanded], [aria-haspopup]:not([aria-haspopup=false]), [aria-controls], [commandfor]'),
  };
  return { css, dom };
}

async function runProbe(page: Page): Promise<PageProbe> {
  const scanned = await page.evaluate(scanPage);
  const out: PageProbe = { listeners: [], css: scanned.css, dom: scanned.dom };
  let cdp: Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>> | undefined;
  try {
    cdp = await page.context().newCDPSession(page);
    const { result: doc } = await cdp.send('Runtime.evaluate', { expression: 'document' });
    const { result: win } = await cdp.send('Runtime.evaluate', { expression: 'window' });
    const [{ listeners: dl }, { listeners: wl }] = await Promise.all([
      cdp.send('DOMDebugger.getEventListeners', { objectId: doc.objectId!, depth: -1, pierce: true }),
      cdp.send('DOMDebugger.getEventListeners', { objectId: win.objectId! }),
    ]);
    for (const l of wl) out.listeners.push({ type: l.type, on: 'window' });
    // The document's own node: the first listener's node when it is the document is not known by id,
    // so resolve every distinct node (capped) in one call and tell the document apart.
    const ids = [...new Set(dl.map((l) => l.backendNodeId).filter((x): x is number => typeof x === 'number'))].slice(0, 80);
    const objects = await Promise.all(
      ids.map((id) =>
        cdp!
          .send('DOM.resolveNode', { backendNodeId: id })
          .then((r) => r.object.objectId)
          .catch(() => undefined),
      ),
    );
    const known = objects.filter((o): o is string => !!o);
    const described = new Map<number, ProbeNode>();
    if (known.length) {
      const res = await cdp.send('Runtime.callFunctionOn', {
        objectId: known[0],
        functionDeclaration: withDescribeDeclaration(describeElements),
        arguments: known.map((o) => ({ objectId: o })),
        returnByValue: true,
      });
      const nodes = (res.result.value ?? []) as ProbeNode[];
      let k = 0;
      ids.forEach((id, i) => {
        if (objects[i]) described.set(id, nodes[k++]);
      });
    }
    for (const l of dl) {
      const node = l.backendNodeId !== undefined ? described.get(l.backendNodeId) : undefined;
      if (node && node.tag === 'document') out.listeners.push({ type: l.type, on: 'document' });
      else out.listeners.push({ type: l.type, on: 'element', ...(node ? { node } : {}) });
    }
  } catch (e) {
    out.listenerError = String((e as Error)?.message ?? e).split('\n')[0];
  } finally {
    await cdp?.detach().catch(() => undefined);
  }
  return out;
}

/** A RawNode for a listener, for the evidence list. */
export function listenerNode(l: ProbeListener, message: string): RawNode {
  if (l.node) return { selector: l.node.selector, snippet: l.node.snippet, message };
  return { selector: l.on, snippet: `${l.on}.addEventListener('${l.type}', …)`, message };
}

/** Build a scope-only result from listeners of some types plus extra counts. */
function listenerScope(probe: PageProbe, types: Set<string>, what: string, extra: number, filter: (l: ProbeListener) => boolean = () => true): CheckResult {
  const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
  if (probe.listenerError) {
    r.applicable = 1;
    r.doubts.push({ selector: 'html', snippet: '<html>', message: `event listeners could not be read (${probe.listenerError}): ${what} cannot be ruled out` });
    return r;
  }
  const hits = probe.listeners.filter((l) => types.has(l.type) && filter(l));
  r.applicable = hits.length + extra;
  for (const l of hits.slice(0, 10)) r.doubts.push(listenerNode(l, `listens to '${l.type}': check ${what}`));
  return r;
}

/* ------------------------------------------------------------------------------------------------
 * In-page checks
 * ---------------------------------------------------------------------------------------------- */

export const inPage: InPageCheck[] = [
  {
    id: 'consult-meta-refresh',
    description:
      '13.1.1 / 13.1.2: <meta http-equiv="refresh">. Without a URL (or to the same page) it reloads the page: NC for 13.1.1 unless the delay is 20 hours or more. With a URL it redirects: NC for 13.1.2 unless the delay is 0.',
    run: (h) => {
      const r = h.result();
      const t1 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const t2 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const here = location.href.split('#')[0];
      for (const m of h.all('meta[http-equiv]')) {
        if ((m.getAttribute('http-equiv') || '').trim().toLowerCase() !== 'refresh') continue;
        const content = (m.getAttribute('content') || '').trim();
        const mm = /^(\d+(?:\.\d*)?)\s*(?:[;,]\s*(?:url\s*=\s*)?(.*))?$/i.exec(content);
        r.applicable++;
        if (!mm) {
          t1.applicable++;
          t1.doubts.push(h.node(m, `meta refresh with an unreadable content "${content}"`));
          continue;
        }
        const delay = parseFloat(mm[1]);
        const raw = (mm[2] || '').trim().replace(/^['"]|['"]$/g, '');
        let target: string;
        try {
          target = raw ? new URL(raw, location.href).href.split('#')[0] : '';
        } catch {
          target = raw;
        }
        if (target && target !== here) {
          t2.applicable++;
          if (delay > 0) t2.failures.push(h.node(m, `meta refresh redirects to ${raw} after ${delay} s: a redirect must be immediate (delay 0)`));
        } else {
          t1.applicable++;
          if (delay < 72000) t1.failures.push(h.node(m, `the page reloads itself every ${delay} s and the user cannot stop it or lengthen the delay`));
        }
      }
      // 13.1.1 also covers refreshes by object, embed, svg, canvas and scripts: never out of scope here.
      t1.applicable = Math.max(1, t1.applicable);
      r.byTest = { '13.1.1': t1, '13.1.2': t2 };
      r.failures = [...t1.failures, ...t2.failures];
      r.doubts = [...t1.doubts, ...t2.doubts];
      return r;
    },
  },
  {
    id: 'consult-office-docs',
    doubtsOnly: true,
    description:
      '13.3 / 13.4 scope: links to office documents (pdf, doc(x), odt, rtf, xls(x), ods, ppt(x), pps(x), odp, odg, epub) by URL path, query string, type or download attribute, or a link text naming the format (« PDF, 2 Mo »). Each one is listed for a human (the document itself is not opened).',
    run: (h) => {
      const r = h.result();
      const EXT = /\.(pdf|docx?|docm|dotx?|odt|ott|rtf|xlsx?|xlsm|ods|ots|pptx?|ppsx?|odp|otp|odg|epub)$/i;
      const WORD = /\b(pdf|docx?|odt|rtf|xlsx?|ods|pptx?|odp|epub)\b/i;
      for (const a of h.all('a[href], area[href]')) {
        let u: URL | null;
        try {
          u = new URL((a as HTMLAnchorElement).href, location.href);
        } catch {
          u = null;
        }
        let hit = false;
        let why = '';
        if (u && EXT.test(u.pathname)) {
          hit = true;
          why = 'its URL ends with ' + (EXT.exec(u.pathname) || [''])[0];
        } else if (u && Array.from(u.searchParams.values()).some((v) => EXT.test(v.split(/[?#]/)[0]))) {
          hit = true;
          why = 'its query string names an office file';
        } else if (WORD.test(a.getAttribute('type') || '')) {
          hit = true;
          why = 'its type is ' + a.getAttribute('type');
        } else if (a.hasAttribute('download') && EXT.test(a.getAttribute('download') || '')) {
          hit = true;
          why = 'it downloads ' + a.getAttribute('download');
        } else {
          const text = `${a.textContent || ''} ${a.getAttribute('title') || ''} ${a.getAttribute('aria-label') || ''}`;
          if (WORD.test(text) && /(t[ée]l[ée]charg|download|format|\d\s*(ko|mo|kb|mb|octets))/i.test(text)) {
            hit = true;
            why = 'its text announces a document to download';
          }
        }
        if (!hit) continue;
        r.applicable++;
        if (r.doubts.length < h.max) r.doubts.push(h.node(a, `office document (${why}): check that it is accessible or has an accessible version`));
      }
      return r;
    },
  },
  {
    id: 'consult-flash-scope',
    doubtsOnly: true,
    description:
      '13.7 scope: what could flash. 13.7.1: video, canvas, embed, object, iframe, GIF/WebP/APNG images, SVG animations; 13.7.2: script animations (Web Animations API) and canvas; 13.7.3: running CSS animations. Nothing of these (and no JS-only flashing, which no tool sees) → NA.',
    run: (h) => {
      const r = h.result();
      const t1 = h.all(
        'video, canvas, embed, object, iframe, img[src*=".gif" i], img[srcset*=".gif" i], img[src*=".webp" i], img[srcset*=".webp" i], img[src*=".apng" i], picture source[type="image/gif"], picture source[type="image/webp"], svg animate, svg animateTransform, svg animateMotion, svg set, [style*=".gif" i]',
      ).length;
      let css = 0;
      let js = 0;
      try {
        for (const a of document.getAnimations().slice(0, 500)) {
          if (a.playState !== 'running') continue;
          const name = a.constructor && a.constructor.name;
          if (name === 'CSSAnimation' || name === 'CSSTransition') css++;
          else js++;
        }
      } catch {
        css++;
      }
      const canvas = h.all('canvas').length;
      r.byTest = {
        '13.7.1': { applicable: t1, failures: [], doubts: [] },
        '13.7.2': { applicable: js + canvas, failures: [], doubts: [] },
        '13.7.3': { applicable: css, failures: [], doubts: [] },
      };
      r.applicable = t1 + js + css;
      return r;
    },
  },
  {
    id: 'consult-moving-content',
    description:
      '13.8.1 / 13.8.2: content moving or blinking for more than 5 s, started automatically. NC (13.8.1) only for an infinite or > 5 s CSS/Web animation that MOVES visible text (transform, position, margin, background-position), or a <video autoplay loop> without controls, when the page has no control named pause/stop/arrêter/lecture; loaders, spinners and skeletons are left out (the RGAA exempts progress indicators). Blinking (opacity/colour/visibility animations), animated images and SVG animations are doubts.',
    run: (h) => {
      const r = h.result();
      const t1 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const t2 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const CONTROL = /\b(pause|stop|stopper|arr[êe]t(er)?|suspendre|lecture|play|reprendre|d[ée]marrer|animations?|mouvements?|d[ée]filement)\b/i;
      // Is there a control to pause/stop something? Looked for only when something moves.
      let controlKnown: boolean | null = null;
      const hasControl = (): boolean => {
        if (controlKnown === null) {
          controlKnown = false;
          for (const el of h.all('button, [role=button], a[href], input[type=button], input[type=checkbox], [role=switch]').slice(0, 400)) {
            const label = `${el.textContent || ''} ${el.getAttribute('aria-label') || ''} ${el.getAttribute('title') || ''} ${el.getAttribute('class') || ''} ${(el as HTMLInputElement).value || ''}`;
            if (CONTROL.test(label)) {
              controlKnown = true;
              break;
            }
          }
        }
        return controlKnown;
      };
      const EXEMPT = /(spin|load|progress|skeleton|shimmer|placeholder|pulse-loader)/i;
      const exempt = (el: Element): boolean => {
        for (let e: Element | null = el, i = 0; e && i < 4; e = e.parentElement, i++) {
          if (e.matches('[role=progressbar], [aria-busy=true], progress')) return true;
          if (EXEMPT.test(e.getAttribute('class') || '') || EXEMPT.test(e.id || '')) return true;
        }
        return false;
      };
      const MOVE = /^(transform|translate|rotate|scale|left|right|top|bottom|inset|margin|marginLeft|marginRight|marginTop|marginBottom|backgroundPosition|backgroundPositionX|backgroundPositionY|offsetDistance|objectPosition)$/;
      const BLINK = /^(opacity|visibility|color|backgroundColor|fill|display|filter|borderColor)$/;
      const seen = new Set<Element>();
      let anims: Animation[];
      try {
        anims = document.getAnimations().slice(0, 300);
      } catch {
        anims = [];
      }
      for (const a of anims) {
        if (a.playState !== 'running') continue;
        const eff = a.effect as KeyframeEffect | null;
        const el = eff && eff.target;
        if (!el || seen.has(el) || !h.visible(el)) continue;
        const timing = eff!.getComputedTiming();
        const end = Number(timing.endTime);
        if (!(end > 5000)) continue;
        if (exempt(el)) continue;
        const props = new Set<string>();
        for (const k of eff!.getKeyframes()) for (const p of Object.keys(k)) if (!/^(offset|computedOffset|easing|composite)$/.test(p)) props.add(p);
        const moves = [...props].some((p) => MOVE.test(p));
        const blinks = [...props].some((p) => BLINK.test(p));
        if (!moves && !blinks) continue;
        seen.add(el);
        const rect = el.getBoundingClientRect();
        const text = ((el as HTMLElement).innerText || '').trim();
        const what = end === Infinity ? 'forever' : `for ${Math.round(end / 1000)} s`;
        if (moves) {
          t1.applicable++;
          const onlyRotate = [...props].every((p) => p === 'transform' || p === 'rotate') && rect.width <= 64 && rect.height <= 64;
          if (onlyRotate) continue;
          if (text.length >= 3 && rect.width * rect.height >= 400 && !hasControl()) {
            t1.failures.push(h.node(el, `text moves ${what} (animation on ${[...props].join(', ')}) and the page has no control to pause, stop or hide it`));
          } else {
            t1.doubts.push(h.node(el, `content moves ${what} (animation on ${[...props].join(', ')}): check that it can be paused, stopped or hidden`));
          }
        } else {
          t2.applicable++;
          t2.doubts.push(h.node(el, `content changes ${[...props].join(', ')} ${what}: check whether it blinks and can be stopped`));
        }
      }
      for (const v of h.all('video[autoplay]')) {
        if (!h.visible(v)) continue;
        t1.applicable++;
        if (v.hasAttribute('loop') && !v.hasAttribute('controls') && !hasControl()) {
          t1.failures.push(h.node(v, 'a video plays automatically in a loop, with no controls and no pause/stop button in the page'));
        } else t1.doubts.push(h.node(v, 'a video plays automatically: check that it stops within 5 s or can be paused'));
      }
      for (const img of h.all('img[src*=".gif" i], svg animate[repeatCount=indefinite], svg animateTransform[repeatCount=indefinite], svg animateMotion[repeatCount=indefinite]').slice(0, 50)) {
        const host = img.closest('svg') || img;
        if (!h.visible(host)) continue;
        t1.applicable++;
        t1.doubts.push(h.node(host, host === img ? 'GIF image: check whether it is animated for more than 5 s without a control' : 'SVG animation repeated forever: check that it can be stopped'));
      }
      r.applicable = t1.applicable + t2.applicable;
      // Scripts can move or blink content in ways no measurement sees (carousels): never out of scope.
      t1.applicable = Math.max(1, t1.applicable);
      t2.applicable = Math.max(1, t2.applicable);
      r.byTest = { '13.8.1': t1, '13.8.2': t2 };
      r.failures = [...t1.failures];
      r.doubts = [...t1.doubts, ...t2.doubts];
      return r;
    },
  },
];

/* ------------------------------------------------------------------------------------------------
 * Interactive checks
 * ---------------------------------------------------------------------------------------------- */

export const interactive: InteractiveCheck[] = [
  {
    id: 'consult-popup-window',
    description:
      '13.2.1: a new window opened while the page loaded, before any user action (a second page in the browser context, counted before the first key press of the other checks). Windows opened later by timers are not seen.',
    async run(page) {
      const others = popupsAtLoad.get(page) ?? otherPages(page);
      const r: CheckResult = { applicable: 1, failures: [], doubts: [] };
      for (const url of others.slice(0, 10)) {
        r.failures.push({
          selector: 'html',
          snippet: `window.open(${JSON.stringify(url || 'about:blank')})`,
          message: `a new window (${url || 'about:blank'}) opened when the page loaded, without any user action`,
        });
      }
      return r;
    },
  },
  {
    id: 'consult-gesture-listeners',
    doubtsOnly: true,
    description:
      '13.10 scope: listeners for touch, gesture, pointer/mouse move and drag events, or embedded frames. None → no complex gesture can be handled → NA.',
    async run(page) {
      const p = await probePage(page);
      const types = new Set(['touchstart', 'touchmove', 'touchend', 'touchcancel', 'gesturestart', 'gesturechange', 'gestureend', 'pointermove', 'mousemove', 'dragstart', 'drag', 'dragover', 'drop', 'wheel']);
      const r = listenerScope(p, types, 'that any gesture (multi-touch or path) has a single-pointer alternative', p.dom.frames);
      return r;
    },
  },
  {
    id: 'consult-pointer-down',
    doubtsOnly: true,
    description:
      '13.11.1: actions on a single pointer. No mousedown/pointerdown/touchstart listener anywhere and no embedded frame → every pointer action fires on release (native click) → C. Otherwise the listening elements are listed for a human (NT).',
    async run(page) {
      const p = await probePage(page);
      const r: CheckResult = { applicable: p.dom.pointerTargets + p.dom.frames, failures: [], doubts: [] };
      if (p.listenerError) {
        r.applicable = Math.max(1, r.applicable);
        r.doubts.push({ selector: 'html', snippet: '<html>', message: `event listeners could not be read (${p.listenerError})` });
        return r;
      }
      const down = p.listeners.filter((l) => l.type === 'mousedown' || l.type === 'pointerdown' || l.type === 'touchstart');
      r.applicable += down.length;
      for (const l of down.slice(0, 10)) r.doubts.push(listenerNode(l, `acts on '${l.type}' (pointer pressed): check that the action fires on release or can be cancelled`));
      if (p.dom.frames) r.doubts.push({ selector: 'iframe', snippet: `${p.dom.frames} embedded frame(s)`, message: 'embedded frames are not probed: check their pointer actions' });
      return r;
    },
  },
  {
    id: 'consult-motion-listeners',
    doubtsOnly: true,
    description: '13.12 scope: devicemotion/deviceorientation listeners, or embedded frames. None → no function is triggered by moving the device → NA.',
    async run(page) {
      const p = await probePage(page);
      const types = new Set(['devicemotion', 'deviceorientation', 'deviceorientationabsolute', 'compassneedscalibration']);
      return listenerScope(p, types, 'that this motion-triggered function also works with an interface component and can be turned off', p.dom.frames);
    },
  },
];
