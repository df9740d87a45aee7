/**
 * The page part of the keyboard walk (gather/gatherers/keyboard-walk.ts): snapshot the styles of
 * the focusable elements, log where the focus is at each Tab key down, then focus each of them as
 * the keyboard does and compare. The walk's state lives in this module (one bundle per document),
 * never on `window`.
 */
import type { KeyboardWalkArtifact, WalkElement } from '../artifacts.js';
import { describe } from '../page/describe.page.js';
import { clippedAway } from '../page/style.page.js';
import { whereFocusStayed } from './keyboard-walk-log.js';

/** Tab may stay a while in these (a date field's parts, a player's controls, an editor…). */
const SLOW_TO_LEAVE =
  'input[type=date], input[type=time], input[type=datetime-local], input[type=month], input[type=week], video, audio, iframe, object, embed, textarea, [contenteditable], [role=application]';
const MEDIA = 'iframe, object, embed, video, audio';
const SKIP = /(contenu|content|principal|main)/i;
const FOCUSABLE =
  'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, object, embed, audio[controls], video[controls], [tabindex], [contenteditable]:not([contenteditable=false])';
// Only what can be seen: an outline, border or text decoration whose style is none shows nothing,
// whatever its colour, width or offset (Chromium changes outline-offset on :focus-visible even
// when the author removed the outline).
const PLAIN = ['boxShadow', 'backgroundColor', 'backgroundImage', 'color', 'transform', 'opacity', 'filter', 'fontWeight', 'textShadow', 'visibility'];

interface Walk {
  count: number;
  order: Element[];
  snap: Map<Element, string>;
  log: (Element | null)[];
  onKey: (ev: KeyboardEvent) => void;
  scroll: [number, number];
  /** Every element the walk met, in order; described at the end, as the page then is. */
  els: Element[];
  flags: Omit<WalkElement, 'selector' | 'snippet'>[];
  index: Map<Element, number>;
  modals: Map<Element, number>;
  stuck?: Element;
  tabs?: number[];
  last?: number;
}

let walk: Walk | undefined;

const deep = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

const one = (el: Element, pseudo: string | null): string => {
  const cs = getComputedStyle(el, pseudo) as unknown as Record<string, string>;
  // A ::before or ::after without content (or not displayed) draws nothing, whatever its styles:
  // a change of its colour on focus is no indicator, and its other styles need not be read.
  if (pseudo && (cs.content === 'none' || cs.content === 'normal' || cs.display === 'none')) return 'none';
  const parts = PLAIN.map((p) => cs[p]);
  parts.push(cs.outlineStyle === 'none' ? 'none' : `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor} ${cs.outlineOffset}`);
  for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
    const st = cs[`border${side}Style`];
    parts.push(st === 'none' || st === 'hidden' ? 'none' : `${st} ${cs[`border${side}Width`]} ${cs[`border${side}Color`]}`);
  }
  parts.push(cs.textDecorationLine === 'none' ? 'none' : `${cs.textDecorationLine} ${cs.textDecorationColor} ${cs.textDecorationThickness} ${cs.textUnderlineOffset}`);
  if (pseudo) parts.push(cs.content, cs.display, cs.width, cs.height);
  return parts.join('|');
};

const related = (el: Element): Element[] => {
  const out: Element[] = [el];
  // Ancestors up to 4 levels (:focus-within on a card or a menu item draws the indicator there).
  for (let a = el.parentElement, i = 0; a && i < 4 && a !== document.body; a = a.parentElement, i++) out.push(a);
  if (el.nextElementSibling) out.push(el.nextElementSibling);
  if (el.previousElementSibling) out.push(el.previousElementSibling);
  const labels = (el as HTMLInputElement).labels;
  if (labels) out.push(...Array.from(labels).slice(0, 2));
  out.push(...Array.from(el.querySelectorAll('*')).slice(0, 4));
  return out;
};

/** The styles of an element and of what may draw its focus indicator. */
const signature = (el: Element): string => related(el).map((e) => `${one(e, null)}#${one(e, '::before')}#${one(e, '::after')}`).join('\n');

/** On screen, in the viewport, not clipped away. */
const onScreen = (el: Element): boolean => {
  const rc = el.getBoundingClientRect();
  if (rc.width < 2 || rc.height < 2) return false;
  if (rc.bottom <= 0 || rc.right <= 0 || rc.top >= innerHeight || rc.left >= innerWidth) return false;
  const he = el as HTMLElement;
  if (typeof he.checkVisibility === 'function' && !he.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) if (clippedAway(getComputedStyle(e))) return false;
  return true;
};

const moving = (el: Element): boolean => {
  const cs = getComputedStyle(el);
  return cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || (cs.animationName !== 'none' && cs.animationName !== '');
};

/** The index of an element in the walk's table. */
function indexOf(w: Walk, el: Element | null): number {
  if (!el) return -1;
  let i = w.index.get(el);
  if (i !== undefined) return i;
  const href = el.getAttribute('href') || '';
  const modal = el.closest('dialog[open], [aria-modal=true], [role=dialog], [role=alertdialog]');
  let m: number | null = null;
  if (modal) {
    m = w.modals.get(modal) ?? w.modals.size;
    w.modals.set(modal, m);
  }
  i = w.els.length;
  w.els.push(el);
  w.flags.push({
    root: el === document.body || el === document.documentElement,
    slowToLeave: el.matches(SLOW_TO_LEAVE),
    media: el.matches(MEDIA),
    modal: m,
    skipLink: el.localName === 'a' && href.length > 1 && (href.startsWith('#') || href.split('#')[0] === location.href.split('#')[0]) && SKIP.test(el.textContent || ''),
  });
  w.index.set(el, i);
  return i;
}

/** Snapshot unfocused styles, install the key logger, clear the focus. Returns the number of candidates. */
function walkSetup(): number {
  const cands = Array.from(document.querySelectorAll(FOCUSABLE)).filter((el) => {
    const he = el as HTMLElement & { disabled?: boolean };
    return !he.disabled && he.tabIndex >= 0 && el.getClientRects().length > 0;
  });
  const order = [...cands.filter((el) => (el as HTMLElement).tabIndex > 0), ...cands.filter((el) => (el as HTMLElement).tabIndex === 0)].slice(0, 80);
  const snap = new Map<Element, string>();
  for (const el of order) snap.set(el, signature(el));
  const log: (Element | null)[] = [];
  // Real Tab presses only log where the focus is (12.9 trap, 12.7.2 rank): each press costs an
  // input round trip in the browser, the style reads are done once, in the sweep.
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Tab' && log.length < 200) log.push(deep());
  };
  addEventListener('keydown', onKey, true);
  walk = { count: cands.length, order, snap, log, onKey, scroll: [scrollX, scrollY], els: [], flags: [], index: new Map(), modals: new Map() };
  const a = document.activeElement as HTMLElement | null;
  if (a && a.blur) a.blur();
  // Start the tab sequence at the top of the document: focus a temporary element placed first, then
  // remove it (a blur alone leaves the starting point on the element that had the focus).
  if (document.body) {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    start.remove();
  }
  return cands.length;
}

/**
 * After the Tab presses: the log, and where the focus seems stuck. Unless it is stuck (Node then
 * presses Shift+Tab and calls walkFinish), the sweep follows at once and the page is restored.
 */
function walkRead(): { stuck: boolean; walk: KeyboardWalkArtifact | null } {
  const w = walk;
  if (!w) return { stuck: false, walk: null };
  w.tabs = w.log.map((el) => indexOf(w, el));
  w.last = indexOf(w, deep());
  const stay = whereFocusStayed([...w.tabs, w.last], w.flags);
  if (stay.stuck !== null) {
    w.stuck = w.els[stay.stuck];
    return { stuck: true, walk: null };
  }
  return { stuck: false, walk: walkFinish() };
}

/** Focus each candidate as the keyboard does and read its styles; restore the page. */
function walkFinish(): KeyboardWalkArtifact | null {
  const w = walk;
  if (!w) return null;
  try {
    const confirm = w.stuck ? { element: indexOf(w, w.stuck), stayed: deep() === w.stuck } : undefined;
    // 10.7.1 and 12.7.2: focus each candidate in tab order, as the keyboard would (focus-visible,
    // scrolled into view), and compare its styles with the snapshot taken before any focus.
    const sweep: KeyboardWalkArtifact['sweep'] = [];
    const seen = new Set<Element>();
    for (const el of w.order) {
      try {
        (el as HTMLElement).focus({ focusVisible: true } as FocusOptions);
      } catch {
        continue;
      }
      const a = deep();
      if (!a || seen.has(a) || a === document.body || a === document.documentElement) continue;
      seen.add(a);
      const s = w.snap.get(a);
      sweep.push({ element: indexOf(w, a), ...(s !== undefined ? { same: s === signature(a) } : {}), visible: onScreen(a), moving: moving(a) });
    }
    // Described now, as the old walk did: after the sweep, before the focus is cleared.
    const elements = w.els.map((el, i) => ({ ...describe(el), ...w.flags[i] }));
    return { candidates: w.count, elements, tabs: w.tabs ?? [], last: w.last ?? -1, ...(confirm ? { confirm } : {}), sweep };
  } finally {
    walkRestore();
  }
}

/** Leave no listener, no focus and no state behind, whatever happened. */
function walkRestore(): void {
  const w = walk;
  walk = undefined;
  if (w) removeEventListener('keydown', w.onKey, true);
  const a = document.activeElement as HTMLElement | null;
  if (a && a.blur) a.blur();
  if (w) scrollTo(w.scroll[0], w.scroll[1]);
}

export const probes = { walkSetup, walkRead, walkFinish, walkRestore };
