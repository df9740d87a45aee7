/**
 * Screenshots of the failing elements, taken on the live page after the evaluation, for the HTML
 * report. Bounded: at most `max` per page, each clipped to 800×400 CSS pixels.
 *
 * Two protocol calls an element: one evaluation finds it, scrolls it to the middle of the
 * viewport and measures it, one capture of that part of the surface. Playwright's locator and
 * element screenshot (the element stable, scrolled, measured twice, the animations of every frame
 * paused, per picture) made screenshots a third of a batch's time on pages with findings
 * (bench/experiments/screenshots.mjs, RESULTS.md).
 */
import type { CDPSession, Page } from 'playwright';
import type { RawPage } from './inpage.js';
import type { RawNode } from './inpage-api.js';

/** Margin around the element, CSS px. */
const MARGIN = 4;
const MAX_WIDTH = 800;
const MAX_HEIGHT = 400;

/** What `place` uses of an element and of the window (this file is compiled without the DOM library). */
interface PlacedElement {
  scrollIntoView(options: { block: string; inline: string; behavior: string }): void;
  getBoundingClientRect(): { left: number; top: number; right: number; bottom: number; width: number; height: number };
}
interface PageWindow {
  document: { documentElement: { clientWidth: number; clientHeight: number }; querySelector(selector: string): PlacedElement | null };
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
 * In the page: scroll the element to the middle of the viewport (at once, whatever the page's
 * scroll-behavior) and give the part of it, with its margin, that is on screen, in document
 * coordinates (what the capture's clip is in); null when nothing of it is on screen. Called as
 * `page.evaluate(place, arg)` (the element found by `document.querySelector`: 'missing' when it
 * is not, e.g. in a shadow root) or as `locator.evaluate(place, arg)` (the element given).
 * Sent to the page as its source: it uses nothing from this module.
 */
function place(first: PlacedElement | PlaceArg, second?: PlaceArg): Clip | null | 'missing' {
  const w = globalThis as unknown as PageWindow;
  const arg = second ?? (first as PlaceArg);
  const el = second ? (first as PlacedElement) : w.document.querySelector(arg.selector);
  if (!el) return 'missing';
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return null;
  const left = Math.max(0, r.left - arg.margin);
  const top = Math.max(0, r.top - arg.margin);
  const right = Math.min(w.document.documentElement.clientWidth || w.innerWidth, r.right + arg.margin);
  const bottom = Math.min(w.document.documentElement.clientHeight || w.innerHeight, r.bottom + arg.margin);
  if (right - left < 1 || bottom - top < 1) return null;
  return { x: left + w.scrollX, y: top + w.scrollY, width: Math.min(arg.maxWidth, right - left), height: Math.min(arg.maxHeight, bottom - top) };
}

/**
 * `ncRules`: the axe-core rules whose violations are NC findings (decision `nc` in rules/); the
 * others' violations are review items, which no report pictures: they get no screenshot. Every
 * rule when not given.
 */
export async function screenshotFailures(page: Page, raw: RawPage, max: number, shared?: CDPSession, ncRules?: ReadonlySet<string>): Promise<void> {
  const nodes: RawNode[] = [];
  if (raw.axe) for (const [rule, list] of Object.entries(raw.axe.violations)) if (!ncRules || ncRules.has(rule)) nodes.push(...list);
  for (const r of Object.values(raw.checks)) if (!('error' in r)) nodes.push(...r.failures);
  const bySelector = new Map<string, RawNode[]>();
  for (const n of nodes) {
    if (!n.selector || n.selector === 'html' || n.selector === 'body') continue;
    bySelector.set(n.selector, [...(bySelector.get(n.selector) ?? []), n]);
  }
  if (!bySelector.size || max <= 0) return;
  let cdp: CDPSession | undefined = shared;
  try {
    cdp ??= await page.context().newCDPSession(page);
  } catch {
    return;
  }
  try {
    let taken = 0;
    for (const [selector, list] of bySelector) {
      if (taken >= max) break;
      try {
        const arg: PlaceArg = { selector, margin: MARGIN, maxWidth: MAX_WIDTH, maxHeight: MAX_HEIGHT };
        let clip = await page.evaluate<Clip | null | 'missing', PlaceArg>(place as never, arg);
        // Not in the document's light tree: Playwright's locator finds it through shadow roots
        // (slower: ~25 ms a call against ~4 for the evaluation).
        if (clip === 'missing') clip = await page.locator(selector).first().evaluate<Clip | null | 'missing', PlaceArg>(place as never, arg, { timeout: 500 });
        if (!clip || clip === 'missing') continue;
        const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 1 }, captureBeyondViewport: false, fromSurface: true });
        const uri = `data:image/png;base64,${data}`;
        for (const n of list) n.screenshot = uri;
        taken++;
      } catch {
        // A selector that no longer matches, or an element off-screen: no picture, the evidence stays.
      }
    }
  } finally {
    if (cdp !== shared) await cdp.detach().catch(() => undefined);
  }
}
