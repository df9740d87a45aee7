/**
 * Screenshots of the failing elements, taken on the live page after the evaluation, for the HTML
 * report. Bounded: at most `max` per page, each clipped to 800×400 CSS pixels.
 *
 * One evaluation finds where every element to picture is; they are then taken from the top of the
 * page down, each with one evaluation (found, placed, measured) and one capture of that part of
 * the surface. An element the page shows wholly where it is now is taken there; any other is
 * first scrolled to the middle of the viewport. Taken top down, the elements just below one that
 * was scrolled to are often in view: a capture after a scroll costs the browser ~45 ms of CPU,
 * one without ~26 (bench/experiments/shots-cpu.mjs). Playwright's locator and element screenshot
 * (the element stable, scrolled, measured twice, the animations of every frame paused, per
 * picture) made screenshots a third of a batch's time on pages with findings
 * (bench/experiments/screenshots.mjs, RESULTS.md).
 *
 * The pages of one procedure share a site's template: the same failing link of the header or the
 * footer is on every page. The reports show an element once, with every page it is on, and the
 * first picture of it (src/report/view.ts). So an element with the same selector and the same code
 * as one already pictured on another page of the procedure (`Pictures`) is not captured again: its
 * findings carry that picture. On the campaign's generated pages half the captures were such
 * repeats (RESULTS.md).
 */
import type { CDPSession, Page } from 'playwright';
import type { RawPage } from './inpage.js';
import type { RawNode } from './inpage-api.js';

/** Margin around the element, CSS px. */
const MARGIN = 4;
const MAX_WIDTH = 800;
const MAX_HEIGHT = 400;

/** What the page functions use of an element and of the window (this file is compiled without the DOM library). */
interface PlacedElement {
  scrollIntoView(options: { block: string; inline: string; behavior: string }): void;
  getBoundingClientRect(): { left: number; top: number; right: number; bottom: number; width: number; height: number };
  contains(other: unknown): boolean;
}
interface PageWindow {
  document: {
    documentElement: { clientWidth: number; clientHeight: number };
    querySelector(selector: string): PlacedElement | null;
    elementFromPoint(x: number, y: number): unknown;
  };
  innerWidth: number;
  innerHeight: number;
  scrollX: number;
  scrollY: number;
}
type Clip = { x: number; y: number; width: number; height: number };
interface PlaceArg {
  selector: string;
  margin: number;
  maxWidth: number;
  maxHeight: number;
}

/**
 * In the page: the part of the element, with its margin, that is on screen, in document
 * coordinates (what the capture's clip is in); null when nothing of it is on screen. The element
 * is taken where it is when it lies wholly in the viewport with its margin and the page shows it
 * at its centre and just inside its four corners (not under a fixed header or another layer, not
 * hidden in a box that scrolls); otherwise it is first scrolled to the middle of the viewport (at
 * once, whatever the page's scroll-behavior). A picture is at most 800×400 either way.
 * Called as `page.evaluate(place, arg)` (the element found by `document.querySelector`:
 * 'missing' when it is not, e.g. in a shadow root) or as `locator.evaluate(place, arg)` (the
 * element given). Sent to the page as its source: it uses nothing from this module.
 */
export function place(first: PlacedElement | PlaceArg, second?: PlaceArg): Clip | null | 'missing' {
  const w = globalThis as unknown as PageWindow;
  const arg = second ?? (first as PlaceArg);
  const el = second ? (first as PlacedElement) : w.document.querySelector(arg.selector);
  if (!el) return 'missing';
  const vw = w.document.documentElement.clientWidth || w.innerWidth;
  const vh = w.document.documentElement.clientHeight || w.innerHeight;
  const m = arg.margin;
  const shown = (x: number, y: number) => {
    const hit = w.document.elementFromPoint(x, y);
    return !!hit && (hit === el || el.contains(hit));
  };
  let r = el.getBoundingClientRect();
  const whole =
    r.width >= 1 &&
    r.height >= 1 &&
    r.left - m >= 0 &&
    r.top - m >= 0 &&
    r.right + m <= vw &&
    r.bottom + m <= vh &&
    shown((r.left + r.right) / 2, (r.top + r.bottom) / 2) &&
    shown(r.left + 1, r.top + 1) &&
    shown(r.right - 1, r.top + 1) &&
    shown(r.left + 1, r.bottom - 1) &&
    shown(r.right - 1, r.bottom - 1);
  if (!whole) {
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    r = el.getBoundingClientRect();
  }
  if (r.width < 1 || r.height < 1) return null;
  const left = Math.max(0, r.left - m);
  const top = Math.max(0, r.top - m);
  const right = Math.min(vw, r.right + m);
  const bottom = Math.min(vh, r.bottom + m);
  if (right - left < 1 || bottom - top < 1) return null;
  return { x: left + w.scrollX, y: top + w.scrollY, width: Math.min(arg.maxWidth, right - left), height: Math.min(arg.maxHeight, bottom - top) };
}

/**
 * In the page, without scrolling: each element's top in document coordinates (the order of the
 * pictures); 'missing' when `document.querySelector` does not find it (e.g. in a shadow root),
 * null when it has no size. Sent to the page as its source: it uses nothing from this module.
 */
function tops(selectors: string[]): (number | null | 'missing')[] {
  const w = globalThis as unknown as PageWindow;
  return selectors.map((selector) => {
    const el = w.document.querySelector(selector);
    if (!el) return 'missing';
    const r = el.getBoundingClientRect();
    return r.width < 1 || r.height < 1 ? null : r.top + w.scrollY;
  });
}

/**
 * The pictures taken on the pages of one procedure (or one site's audit), by element: its selector
 * and its code. A page claims an element before it captures it; another page of the procedure that
 * has the same element waits for that picture instead of taking its own. Claims are settled (with
 * the picture, or null) before a page waits on another's, so two pages never wait on each other.
 */
export class Pictures {
  private readonly byElement = new Map<string, Promise<string | null>>();

  /** The picture another page has taken or is taking of this element, if any. */
  taken(selector: string, snippet: string): Promise<string | null> | undefined {
    return this.byElement.get(JSON.stringify([selector, snippet]));
  }

  /** Claim the element: the function returned gives the others its picture, or null when it could not be taken. */
  claim(selector: string, snippet: string): (uri: string | null) => void {
    let settle!: (uri: string | null) => void;
    const k = JSON.stringify([selector, snippet]);
    const p = new Promise<string | null>((resolve) => (settle = resolve));
    this.byElement.set(k, p);
    let done = false;
    // Settled once. A claim that ends without a picture is dropped: a later page takes its own.
    return (uri) => {
      if (done) return;
      done = true;
      if (uri === null && this.byElement.get(k) === p) this.byElement.delete(k);
      settle(uri);
    };
  }
}

/** How long a page waits for another page's picture of the same element before going without. */
const WAIT_FOR_OTHERS = 10_000;

/**
 * `ncRules`: the axe-core rules whose violations are NC findings (decision `nc` in rules/); the
 * others' violations are review items, which no report pictures: they get no screenshot. Every
 * rule when not given. `pictures`: the pictures already taken on the procedure's other pages.
 */
export async function screenshotFailures(page: Page, raw: RawPage, max: number, shared?: CDPSession, ncRules?: ReadonlySet<string>, pictures?: Pictures): Promise<void> {
  const nodes: RawNode[] = [];
  if (raw.axe) for (const [rule, list] of Object.entries(raw.axe.violations)) if (!ncRules || ncRules.has(rule)) nodes.push(...list);
  for (const r of Object.values(raw.checks)) if (!('error' in r)) nodes.push(...r.failures);
  const bySelector = new Map<string, RawNode[]>();
  for (const n of nodes) {
    if (!n.selector || n.selector === 'html' || n.selector === 'body') continue;
    bySelector.set(n.selector, [...(bySelector.get(n.selector) ?? []), n]);
  }
  if (!bySelector.size || max <= 0) return;
  const selectors = [...bySelector.keys()];
  let found: (number | null | 'missing')[];
  try {
    found = await page.evaluate<(number | null | 'missing')[], string[]>(tops as never, selectors);
  } catch {
    return;
  }
  // The first `max` elements with a size, in the order of the findings (rules, then checks), taken
  // from the top of the page down; those only a locator finds (shadow roots) last.
  const top = (i: number) => (typeof found[i] === 'number' ? (found[i] as number) : Infinity);
  const chosen = selectors
    .map((_, i) => i)
    .filter((i) => found[i] !== null)
    .slice(0, max)
    .sort((a, b) => top(a) - top(b));
  const attach = (i: number, uri: string) => {
    for (const n of bySelector.get(selectors[i])!) n.screenshot = uri;
  };
  const snippet = (i: number) => bySelector.get(selectors[i])![0].snippet;
  // Elements another page of the procedure has pictured or is picturing; the others are claimed.
  const theirs: [number, Promise<string | null>][] = [];
  const mine: [number, (uri: string | null) => void][] = [];
  for (const i of chosen) {
    const taken = pictures?.taken(selectors[i], snippet(i));
    if (taken) theirs.push([i, taken]);
    else mine.push([i, pictures ? pictures.claim(selectors[i], snippet(i)) : () => undefined]);
  }
  let cdp: CDPSession | undefined = shared;
  const capture = async (i: number): Promise<string | null> => {
    const selector = selectors[i];
    try {
      cdp ??= await page.context().newCDPSession(page);
      const arg: PlaceArg = { selector, margin: MARGIN, maxWidth: MAX_WIDTH, maxHeight: MAX_HEIGHT };
      let clip = found[i] === 'missing' ? 'missing' : await page.evaluate<Clip | null | 'missing', PlaceArg>(place as never, arg);
      // Not in the document's light tree: Playwright's locator finds it through shadow roots
      // (slower: ~25 ms a call against ~4 for the evaluation).
      if (clip === 'missing') clip = await page.locator(selector).first().evaluate<Clip | null | 'missing', PlaceArg>(place as never, arg, { timeout: 500 });
      if (!clip || clip === 'missing') return null;
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 1 }, captureBeyondViewport: false, fromSurface: true });
      const uri = `data:image/png;base64,${data}`;
      attach(i, uri);
      return uri;
    } catch {
      // A selector that no longer matches, or an element off-screen: no picture, the evidence stays.
      return null;
    }
  };
  try {
    for (const [i, settle] of mine) settle(await capture(i));
    // Then the others' pictures (each page settles its own claims before it waits on any other's);
    // one that could not be taken there is taken here.
    for (const [i, taken] of theirs) {
      let timer: NodeJS.Timeout | undefined;
      const uri = await Promise.race([taken, new Promise<null>((resolve) => (timer = setTimeout(resolve, WAIT_FOR_OTHERS, null)))]).finally(() => clearTimeout(timer));
      if (uri) attach(i, uri);
      else await capture(i);
    }
  } finally {
    for (const [, settle] of mine) settle(null);
    if (cdp && cdp !== shared) await cdp.detach().catch(() => undefined);
  }
}
