/** Checks of our own for theme 12 (navigation). See ./types.ts for the contract. */
import type { Page } from 'playwright';
import { withDescribe, type Describe } from '../../gather/dom.js';
import type { CheckResult, InPageCheck, RawNode } from './types.js';
import type { CrossPageCheck, InteractiveCheck } from './types.js';
import { listenerNode, notePopupsBeforeUserAction, probePage } from './consultation.js';

/* ------------------------------------------------------------------------------------------------
 * In-page checks
 * ---------------------------------------------------------------------------------------------- */

export const inPage: InPageCheck[] = [
  {
    id: 'nav-skip-link',
    description:
      '12.7.1 / 12.7.2: links inside the page (href="#id" or the page URL with a fragment). 12.7.1: with a visible main element preceded by 3 focusable elements or more, no in-page link leading to the main content (its target is main, inside main, or directly before it) → NC. 12.7.2: a skip or quick-access link whose target does not exist → NC (not functional). A page without any focusable element has nothing to skip: NA.',
    run: (h) => {
      const r = h.result();
      const t1 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      const t2 = { applicable: 0, failures: [] as ReturnType<typeof h.node>[], doubts: [] as ReturnType<typeof h.node>[] };
      r.byTest = { '12.7.1': t1, '12.7.2': t2 };
      const SKIP = /(contenu|content|principal|main|navigation|menu|recherche|search|aller|skip|passer|acc[eè]s|[ée]viter|pied de page|footer|jump)/i;
      const MAINISH = /(contenu|content|principal|main)/i;
      const FOCUSABLE = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex]:not([tabindex^="-"]), [contenteditable]:not([contenteditable=false])';
      const here = location.href.split('#')[0];
      const main = h.all('main, [role=main]').find((m) => h.visible(m)) || null;
      const focusables = h.all(FOCUSABLE).filter((el) => !(el as HTMLButtonElement).disabled);
      const inPageLinks: { a: Element; id: string; target: Element | null }[] = [];
      for (const a of h.all('a[href]')) {
        const raw = a.getAttribute('href') || '';
        let hash = '';
        if (raw.startsWith('#')) hash = raw;
        else {
          try {
            const u = new URL(raw, location.href);
            if (u.href.split('#')[0] === here && u.hash) hash = u.hash;
          } catch {
            hash = '';
          }
        }
        if (hash.length < 2 || /^#!|^#\//.test(hash)) continue;
        let id = hash.slice(1);
        try {
          id = decodeURIComponent(id);
        } catch {
          /* keep raw */
        }
        const target = document.getElementById(id) || document.getElementsByName(id)[0] || null;
        inPageLinks.push({ a, id, target });
      }
      const reachesMain = (t: Element | null): boolean => {
        if (!t || !main) return false;
        if (t === main || main.contains(t)) return true;
        if (t.contains(main)) {
          // A wrapper of main: fine when no focusable element lies between its start and main.
          return !focusables.some((f) => t.contains(f) && !main.contains(f) && !!(f.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING));
        }
        if (t.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING) {
          return !focusables.some((f) => !!(t.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING) && !!(f.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING));
        }
        return false;
      };
      // 12.7.2: skip / quick-access links, functional or not.
      for (const l of inPageLinks) {
        const text = `${h.name(l.a)} ${l.a.textContent || ''}`;
        const early = focusables.indexOf(l.a) >= 0 && focusables.indexOf(l.a) < 5;
        const outside = !main || !main.contains(l.a);
        // A skip link sits before the main content (a link inside it skips nothing).
        if (!outside || (!(SKIP.test(text) && (early || MAINISH.test(text))) && !reachesMain(l.target))) continue;
        t2.applicable++;
        if (!l.target) t2.failures.push(h.node(l.a, `skip link to #${l.id}: no element has this id (or name), the link does nothing`));
      }
      // 12.7.1: a way to reach or skip the main content (nothing to skip in a page with no focusable element).
      if (main && focusables.length) {
        t1.applicable = 1;
        const before = focusables.filter((f) => !main.contains(f) && !!(f.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING));
        const ok = inPageLinks.some((l) => !main.contains(l.a) && reachesMain(l.target));
        if (!ok) {
          const skipLike = h.all('button, [role=link], [role=button]').find((b) => MAINISH.test(h.name(b)) && /(aller|skip|passer|acc[eè]s|[ée]viter)/i.test(h.name(b)));
          const broken = inPageLinks.find((l) => !l.target && !main.contains(l.a) && MAINISH.test(`${h.name(l.a)} ${l.a.textContent || ''}`));
          if (skipLike) t1.doubts.push(h.node(skipLike, 'this control may lead to the main content: check that it works like a skip link'));
          else if (broken) t1.failures.push(h.node(broken.a, `the link to the main content points to #${broken.id}, which does not exist`));
          else if (before.length >= 3) t1.failures.push(h.node(main, `no link leads to the main content, and ${before.length} focusable elements come before it`));
          else t1.doubts.push(h.node(main, `no link leads to the main content (${before.length} focusable element(s) before it)`));
        }
      } else if (!main && focusables.length) {
        t1.applicable = 1;
        t1.doubts.push(h.node(document.body, 'no visible <main> element: find the main content and check that a link leads to it'));
      }
      r.applicable = t1.applicable + t2.applicable;
      r.failures = [...t1.failures, ...t2.failures];
      r.doubts = [...t1.doubts, ...t2.doubts];
      return r;
    },
  },
  {
    id: 'nav-positive-tabindex',
    doubtsOnly: true,
    description:
      '12.8.1: elements with a positive tabindex come first in the tab order, whatever their place in the page: listed as doubts (the order may still be coherent).',
    run: (h) => {
      const r = h.result();
      for (const el of h.all('[tabindex]')) {
        const v = parseInt(el.getAttribute('tabindex') || '', 10);
        if (!(v > 0)) continue;
        r.applicable++;
        if (r.doubts.length < h.max) r.doubts.push(h.node(el, `tabindex="${v}" moves this element ahead of the natural tab order: check that the order stays coherent`));
      }
      return r;
    },
  },
  {
    id: 'nav-zones',
    description:
      '12.6.1: a page with navigation links (5 or more) but no landmark (header, nav, main, footer, search or their roles), no heading, no link inside the page and no disclosure button: none of the means the RGAA accepts lets users reach or skip its zones → NC. Otherwise a human checks each zone.',
    run: (h) => {
      const r = h.result();
      r.applicable = 1;
      if (!document.body) return r;
      const landmarks = h.all('main, nav, header, footer, aside, search, form[aria-label], form[aria-labelledby], [role=main], [role=navigation], [role=banner], [role=contentinfo], [role=search], [role=complementary], [role=region]');
      const headings = h.all('h1, h2, h3, h4, h5, h6, [role=heading]');
      const inPage = h.all('a[href^="#"]').filter((a) => (a.getAttribute('href') || '').length > 1);
      const toggles = h.all('button[aria-expanded], button[aria-controls], [role=button][aria-expanded]');
      const links = h.all('a[href]');
      if (!landmarks.length && !headings.length && !inPage.length && !toggles.length && links.length >= 5) {
        r.failures.push(h.node(document.body, `the page has ${links.length} links but no landmark, no heading, no skip link and no button to hide a zone: its header, navigation and main content cannot be reached or skipped`));
      }
      return r;
    },
  },
  {
    id: 'nav-sitemap-page',
    doubtsOnly: true,
    description: '12.3 scope: the page is the site map page (its title or main heading says « plan du site », « plan de site » or « site map »). Other pages → NA.',
    run: (h) => {
      const r = h.result();
      const RE = /plan\s+d[ue]\s+site|site\s*-?\s*map/i;
      const h1 = h.all('h1, [role=heading][aria-level="1"]')[0];
      if (RE.test(document.title || '') || (h1 && RE.test(h1.textContent || ''))) r.applicable = 1;
      return r;
    },
  },
];

/* ------------------------------------------------------------------------------------------------
 * Keyboard walk (interactive): 10.7.1 focus visible, 12.9.1 keyboard trap, 12.7.2 skip link shown on focus
 * ---------------------------------------------------------------------------------------------- */

interface WalkSummary {
  candidates: number;
  stuck: boolean;
  focus: CheckResult;
  trap: CheckResult;
  skip: CheckResult;
}

/** In the page: snapshot unfocused styles, install a keydown logger, clear the focus. Self-contained. */
function walkSetup(): number {
  const W = window as unknown as { __rgaaWalk?: Record<string, unknown> };
  const deep = (): Element | null => {
    let a: Element | null = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  // Only what can be seen: an outline, border or text decoration whose style is none shows nothing,
  // whatever its colour, width or offset (Chromium changes outline-offset on :focus-visible even
  // when the author removed the outline).
  const PLAIN = ['boxShadow', 'backgroundColor', 'backgroundImage', 'color', 'transform', 'opacity', 'filter', 'fontWeight', 'textShadow', 'visibility'];
  const one = (el: Element, pseudo: string | null): string => {
    const cs = getComputedStyle(el, pseudo) as unknown as Record<string, string>;
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
  const sig = (el: Element): string => related(el).map((e) => `${one(e, null)}#${one(e, '::before')}#${one(e, '::after')}`).join('\n');
  const clipped = (cs: CSSStyleDeclaration): boolean => {
    const m = /rect\(\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px,?\s*([\d.-]+)px/.exec(cs.clip || '');
    if (m && (parseFloat(m[3]) - parseFloat(m[1]) <= 1 || parseFloat(m[2]) - parseFloat(m[4]) <= 1)) return true;
    return /inset\(\s*50%/.test(cs.clipPath || '');
  };
  const visible = (el: Element): boolean => {
    const rc = el.getBoundingClientRect();
    if (rc.width < 2 || rc.height < 2) return false;
    if (rc.bottom <= 0 || rc.right <= 0 || rc.top >= innerHeight || rc.left >= innerWidth) return false;
    const he = el as HTMLElement;
    if (typeof he.checkVisibility === 'function' && !he.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) return false;
    for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) if (clipped(getComputedStyle(e))) return false;
    return true;
  };
  const moving = (el: Element): boolean => {
    const cs = getComputedStyle(el);
    return cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || (cs.animationName !== 'none' && cs.animationName !== '');
  };
  const SEL =
    'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, object, embed, audio[controls], video[controls], [tabindex], [contenteditable]:not([contenteditable=false])';
  const cands = Array.from(document.querySelectorAll(SEL)).filter((el) => {
    const he = el as HTMLElement & { disabled?: boolean };
    return !he.disabled && he.tabIndex >= 0 && el.getClientRects().length > 0;
  });
  const snap = new Map<Element, string>();
  const order = [...cands.filter((el) => (el as HTMLElement).tabIndex > 0), ...cands.filter((el) => (el as HTMLElement).tabIndex === 0)];
  for (const el of order.slice(0, 80)) snap.set(el, sig(el));
  const log: { el: Element | null }[] = [];
  const entry = () => {
    const a = deep();
    const e: { el: Element | null; same?: boolean; vis?: boolean; moving?: boolean } = { el: a };
    if (a && a !== document.body && a !== document.documentElement) {
      if (snap.has(a)) e.same = snap.get(a) === sig(a);
      e.vis = visible(a);
      e.moving = moving(a);
    }
    return e;
  };
  // Real Tab presses only log where the focus is (12.9 trap, 12.7.2 rank): each press costs an
  // input round trip in the browser, the style reads are done once, in `sweep`.
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key === 'Tab' && log.length < 200) log.push({ el: deep() });
  };
  // 10.7.1 and 12.7.2: focus each candidate in tab order, as the keyboard would (focus-visible,
  // scrolled into view), and compare its styles with the snapshot taken before any focus.
  const sweep = (): Map<Element, { same?: boolean; vis?: boolean; moving?: boolean }> => {
    const res = new Map<Element, { same?: boolean; vis?: boolean; moving?: boolean }>();
    for (const el of order.slice(0, 80)) {
      try {
        (el as HTMLElement).focus({ focusVisible: true } as FocusOptions);
      } catch {
        continue;
      }
      const a = deep();
      if (!a || res.has(a) || a === document.body || a === document.documentElement) continue;
      res.set(a, entry());
    }
    return res;
  };
  addEventListener('keydown', onKey, true);
  W.__rgaaWalk = { log, sweep, onKey, deep, scroll: [scrollX, scrollY], count: cands.length };
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

/** Press Tab n times: key downs pipelined through CDP then one key up, else one press at a time. */
async function pressTabs(page: Page, n: number): Promise<void> {
  let cdp: Awaited<ReturnType<ReturnType<Page['context']>['newCDPSession']>> | undefined;
  try {
    cdp = await page.context().newCDPSession(page);
  } catch {
    cdp = undefined;
  }
  if (cdp) {
    try {
      const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
      const sent: Promise<unknown>[] = [];
      // Key downs only: focus navigation acts on keydown, and every input event is a round trip
      // between the browser and the renderer (a key up would double the cost of the walk).
      for (let i = 0; i < n; i++) sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }));
      sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }));
      await Promise.all(sent);
      return;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }
  for (let i = 0; i < n; i++) await page.keyboard.press('Tab');
}

/** In the page: read the log, decide, and (unless a trap must be confirmed) restore. Self-contained. */
function walkAnalyse(describe: Describe, confirmStuck: boolean): WalkSummary | null {
  const W = window as unknown as { __rgaaWalk?: Record<string, unknown> & { stuckEl?: Element | null } };
  const st = W.__rgaaWalk as
    | {
        log: { el: Element | null }[];
        sweep: () => Map<Element, { same?: boolean; vis?: boolean; moving?: boolean }>;
        onKey: (e: KeyboardEvent) => void;
        deep: () => Element | null;
        scroll: number[];
        count: number;
        stuckEl?: Element | null;
      }
    | undefined;
  if (!st) return null;
  const node = (el: Element, message: string): RawNode => describe(el, message);
  const restore = () => {
    removeEventListener('keydown', st.onKey, true);
    const a = document.activeElement as HTMLElement | null;
    if (a && a.blur) a.blur();
    scrollTo(st.scroll[0], st.scroll[1]);
    delete W.__rgaaWalk;
  };
  const focus: CheckResult = { applicable: 0, failures: [], doubts: [] };
  const trap: CheckResult = { applicable: st.count ? 1 : 0, failures: [], doubts: [] };
  const skip: CheckResult = { applicable: 0, failures: [], doubts: [] };
  const log = st.log.slice();
  if (confirmStuck) {
    // Shift+Tab was pressed on the element focus seemed stuck on.
    const now = st.deep();
    const el = st.stuckEl;
    if (el) {
      if (now === el) trap.failures.push(node(el, 'keyboard trap: neither Tab nor Shift+Tab moves the focus away from this element'));
      else trap.doubts.push(node(el, 'Tab does not move the focus away from this element (Shift+Tab does): check that the rest of the page can be reached'));
    }
  } else {
    log.push({ el: st.deep() });
    // 12.9.1: focus stuck on one element, or cycling in a subset of the page.
    const EXEMPT_STUCK = 'input[type=date], input[type=time], input[type=datetime-local], input[type=month], input[type=week], video, audio, iframe, object, embed, textarea, [contenteditable], [role=application]';
    let run = 1;
    let stuck: Element | null = null;
    for (let i = 1; i < log.length; i++) {
      const el = log[i].el;
      if (el && el === log[i - 1].el && el !== document.body && el !== document.documentElement) {
        run++;
        const limit = el.matches(EXEMPT_STUCK) ? 9 : 3;
        if (run >= limit) {
          if (el.matches(EXEMPT_STUCK)) {
            if (!trap.doubts.length) trap.doubts.push(node(el, `the focus stayed on this element for ${run - 1} Tab presses: check that Tab leaves it (or that users are told how)`));
          } else stuck = el;
          if (stuck) break;
        }
      } else run = 1;
    }
    if (stuck) {
      // Node presses Shift+Tab and calls again with confirmStuck: the focus must stay where it is.
      (W.__rgaaWalk as { stuckEl?: Element | null }).stuckEl = stuck;
      return { candidates: st.count, stuck: true, focus, trap, skip };
    }
    // Consecutive presses on one element (date fields, media controls) count as one step.
    const elems = log.map((e) => e.el).filter((el, i, a): el is Element => !!el && el !== a[i - 1]);
    const firstRepeat = elems.findIndex((el, i) => elems.indexOf(el) < i);
    if (firstRepeat > 0) {
      const start = elems.indexOf(elems[firstRepeat]);
      const cycle = elems.slice(start, firstRepeat);
      const wraps = cycle.some((el) => el === document.body || el === document.documentElement);
      const unique = new Set(cycle);
      const modal = (el: Element) => el.closest('dialog[open], [aria-modal=true], [role=dialog], [role=alertdialog]');
      const m0 = cycle[0] && modal(cycle[0]);
      const inModal = !!m0 && cycle.every((el) => modal(el) === m0);
      const visibleCands = st.count;
      if (!wraps && !inModal && unique.size < visibleCands - 2) {
        trap.doubts.push(node(cycle[0], `the focus cycles among ${unique.size} element(s) and never reaches the ${visibleCands - unique.size} other focusable element(s): check for a keyboard trap`));
      }
    }
  }
  // 10.7.1 and 12.7.2, from the sweep (every candidate focused as by the keyboard).
  const seen = st.sweep();
  // The skip link is among the first elements the real Tab key reached.
  const firstByTab: Element[] = [];
  for (const e of log) {
    const el = e.el;
    if (!el || el === document.body || el === document.documentElement || firstByTab.includes(el)) continue;
    firstByTab.push(el);
    if (firstByTab.length >= 5) break;
  }
  const SKIP = /(contenu|content|principal|main)/i;
  const MEDIA = 'iframe, object, embed, video, audio';
  for (const el of firstByTab) {
    const href = el.getAttribute('href') || '';
    if (el.localName === 'a' && href.length > 1 && (href.startsWith('#') || href.split('#')[0] === location.href.split('#')[0]) && SKIP.test(el.textContent || '')) {
      skip.applicable++;
      const e = seen.get(el);
      if (e && !e.vis) {
        if (e.moving) skip.doubts.push(node(el, 'the skip link is not visible right after it receives the focus, but it is animated: check that it shows up'));
        else skip.failures.push(node(el, 'the skip link stays invisible when it receives the focus'));
      }
    }
  }
  for (const [el, e] of seen) {
    if (el.matches(MEDIA) || e.same === undefined) continue;
    focus.applicable++;
    if (!e.vis) {
      if (focus.doubts.length < 20) focus.doubts.push(node(el, 'this element is not visible on screen when it has the focus: check where the focus is'));
    } else if (e.same) {
      if (e.moving) {
        if (focus.doubts.length < 20) focus.doubts.push(node(el, 'no style change right after this element got the focus, but it has a transition or animation: check the focus indicator'));
      } else if (focus.failures.length < 20) {
        focus.failures.push(node(el, 'no visible focus indicator: outline, border, shadow, background, colour and text decoration stay the same when this element (its pseudo-elements, label, parent or neighbours) has the keyboard focus'));
      }
    }
  }
  if (!focus.applicable && st.count) focus.applicable = 1;
  restore();
  return { candidates: st.count, stuck: false, focus, trap, skip };
}

/** Time spent by the last keyboard walk, for measurements. */
export const walkTimings = new WeakMap<Page, number>();

export const interactive: InteractiveCheck[] = [
  {
    id: 'nav-keyboard-walk',
    description:
      'Presses Tab through the page (min(focusable + 3, 60) key downs), logging the focused element at each key press (12.9.1, and which elements come first for 12.7.2); then focuses each candidate in tab order (up to 80) as the keyboard does (focus-visible, scrolled into view) and reads its styles. 10.7.1: an element whose own style and that of its pseudo-elements, label, 4 nearest ancestors, siblings and first descendants do not change at all when it has the keyboard focus (compared with a snapshot taken before) → NC; not visible or animated → doubt. 12.9.1: Tab leaving the focus on the same element twice in a row and Shift+Tab not moving it either → NC; only Tab stuck, or a cycle among a subset of the elements outside a modal dialog → doubt. 12.7.2: a skip link to the main content that stays invisible when focused → NC. Focus and scroll are restored after.',
    async run(page: Page): Promise<CheckResult> {
      const t0 = Date.now();
      const n = await page.evaluate(walkSetup);
      notePopupsBeforeUserAction(page);
      const presses = Math.min(n + 3, 60);
      try {
        await pressTabs(page, presses);
        let s = (await page.evaluate(withDescribe(walkAnalyse, false))) as WalkSummary | null;
        if (s && s.stuck) {
          await page.keyboard.press('Shift+Tab');
          const c = (await page.evaluate(withDescribe(walkAnalyse, true))) as WalkSummary | null;
          if (c) s = { ...c, trap: { ...c.trap, doubts: [...s.trap.doubts, ...c.trap.doubts] } };
        }
        if (!s) return { applicable: 0, failures: [], doubts: [] };
        const byTest = { '10.7.1': s.focus, '12.9.1': s.trap, '12.7.2': s.skip };
        return {
          applicable: s.candidates,
          failures: [...s.focus.failures, ...s.trap.failures, ...s.skip.failures],
          doubts: [...s.focus.doubts, ...s.trap.doubts, ...s.skip.doubts],
          byTest,
        };
      } finally {
        // Whatever happened, leave no listener and no focus behind.
        await page
          .evaluate(() => {
            const W = window as unknown as { __rgaaWalk?: { onKey: (e: KeyboardEvent) => void } };
            if (W.__rgaaWalk) {
              removeEventListener('keydown', W.__rgaaWalk.onKey, true);
              delete W.__rgaaWalk;
            }
            const a = document.activeElement as HTMLElement | null;
            if (a && a.blur) a.blur();
          })
          .catch(() => undefined);
        walkTimings.set(page, Date.now() - t0);
      }
    },
  },
  {
    id: 'nav-key-shortcuts',
    doubtsOnly: true,
    description:
      '12.10 scope: keydown/keypress/keyup listeners on the window, the document or a container that is not itself focusable (a listener on a field or a focusable widget only acts while it has the focus, which the RGAA allows), or embedded frames. None → no single-key shortcut can exist → NA.',
    async run(page: Page): Promise<CheckResult> {
      const p = await probePage(page);
      const types = new Set(['keydown', 'keypress', 'keyup']);
      const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
      if (p.listenerError) {
        r.applicable = 1;
        r.doubts.push({ selector: 'html', snippet: '<html>', message: `event listeners could not be read (${p.listenerError})` });
        return r;
      }
      const hits = p.listeners.filter((l) => types.has(l.type) && !(l.on === 'element' && l.node && l.node.focusable));
      r.applicable = hits.length + p.dom.frames;
      for (const l of hits.slice(0, 10)) r.doubts.push(listenerNode(l, `listens to '${l.type}' for the whole page or a container: check for single-key shortcuts and how to turn them off or remap them`));
      return r;
    },
  },
  {
    id: 'nav-revealed-content',
    doubtsOnly: true,
    description:
      '12.11 scope: content that may appear on hover, focus or activation: click/pointer/mouse/hover/focus listeners, CSS :hover/:focus rules showing other content, disclosure markup (details, dialog, popover, aria-expanded, aria-haspopup, aria-controls), tooltips, unreadable style sheets, embedded frames. None → NA.',
    async run(page: Page): Promise<CheckResult> {
      const p = await probePage(page);
      const types = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'mouseover', 'mouseenter', 'pointerover', 'pointerenter', 'focus', 'focusin']);
      const r: CheckResult = { applicable: 0, failures: [], doubts: [] };
      if (p.listenerError) r.doubts.push({ selector: 'html', snippet: '<html>', message: `event listeners could not be read (${p.listenerError})` });
      const hits = p.listeners.filter((l) => types.has(l.type));
      r.applicable = hits.length + p.css.hover.length + p.css.focus.length + p.css.unreadable.length + p.dom.tooltips + p.dom.disclosures + p.dom.frames + (p.listenerError ? 1 : 0);
      return r;
    },
  },
];

/* ------------------------------------------------------------------------------------------------
 * Facts and cross-page checks (12.1, 12.2, 12.4, 12.5)
 * ---------------------------------------------------------------------------------------------- */

export interface NavPlace {
  /** Landmark region: banner, contentinfo, main, aside, nav or other. */
  region: string;
  /** Source order relative to the main content. */
  pos: 'before-main' | 'in-main' | 'after-main' | 'no-main';
  top: number;
  left: number;
  visible: boolean;
}

export interface NavMenu extends NavPlace {
  name: string;
  links: string[];
}

export interface NavFacts {
  path: string;
  isHome: boolean;
  menus: NavMenu[];
  /** Lists of 3 links or more outside the footer (menus without <nav>). */
  linkLists: number;
  search: (NavPlace & { kind: 'field' | 'control' }) | null;
  sitemap: (NavPlace & { text: string; href: string }) | null;
  /** Signs of a step in a process (a form with 2 fields or more, a step indicator). */
  process: boolean;
}

/** In the page: the navigation facts for 12.1/12.2/12.4/12.5. Self-contained. */
function navFacts(): NavFacts {
  const norm = (s: string | null) => (s || '').replace(/\s+/g, ' ').trim();
  const main = document.querySelector('main, [role=main]');
  const sx = scrollX;
  const sy = scrollY;
  const LAND = 'article, aside, main, nav, section, [role=article], [role=complementary], [role=main], [role=navigation], [role=region]';
  const region = (el: Element): string => {
    if (el.closest('[role=banner]')) return 'banner';
    const hd = el.closest('header');
    if (hd && !hd.parentElement?.closest(LAND)) return 'banner';
    if (el.closest('[role=contentinfo]')) return 'contentinfo';
    const ft = el.closest('footer');
    if (ft && !ft.parentElement?.closest(LAND)) return 'contentinfo';
    if (el.closest('main, [role=main]')) return 'main';
    if (el.closest('aside, [role=complementary]')) return 'aside';
    return 'other';
  };
  const place = (el: Element) => {
    const rc = el.getBoundingClientRect();
    const he = el as HTMLElement;
    const visible =
      rc.width > 0 && rc.height > 0 && (typeof he.checkVisibility !== 'function' || he.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions));
    let pos: NavPlace['pos'] = 'no-main';
    if (main) pos = el === main || main.contains(el) ? 'in-main' : el.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING ? 'before-main' : 'after-main';
    return { region: region(el), pos, top: Math.round(rc.top + sy), left: Math.round(rc.left + sx), visible };
  };
  const key = (a: Element): string => {
    try {
      const u = new URL((a as HTMLAnchorElement).href, location.href);
      return (u.origin === location.origin ? '' : u.host) + u.pathname.replace(/\/+$/, '') + (u.search || '');
    } catch {
      return a.getAttribute('href') || '';
    }
  };
  const menus: NavMenu[] = [];
  const navs = Array.from(document.querySelectorAll('nav, [role=navigation], [role=menubar]'));
  for (const nav of navs) {
    if (navs.some((o) => o !== nav && o.contains(nav))) continue;
    const links = Array.from(nav.querySelectorAll('a[href]'));
    if (links.length < 2) continue;
    const label = nav.getAttribute('aria-label') || (nav.getAttribute('aria-labelledby') ? norm(document.getElementById(nav.getAttribute('aria-labelledby')!.split(/\s+/)[0])?.textContent ?? '') : '');
    menus.push({ name: norm(label), links: links.slice(0, 60).map(key), ...place(nav) });
    if (menus.length >= 12) break;
  }
  let linkLists = 0;
  for (const list of Array.from(document.querySelectorAll('ul, ol')).slice(0, 300)) {
    if (list.querySelectorAll(':scope > li > a[href], :scope > li > * > a[href]').length >= 3 && region(list) !== 'contentinfo') linkLists++;
  }
  // Site search: the first candidate, visible first.
  const SEARCH = /recherch|search|chercher/i;
  const searchCands: { el: Element; kind: 'field' | 'control' }[] = [];
  for (const el of Array.from(document.querySelectorAll('[role=search], search, form, input[type=search], input[type=text], input:not([type])'))) {
    if (el.matches('[role=search], search')) {
      searchCands.push({ el, kind: el.querySelector('input:not([type=hidden]), [role=searchbox], [role=combobox]') ? 'field' : 'control' });
    } else if (el.localName === 'form') {
      const action = el.getAttribute('action') || '';
      if (SEARCH.test(action) && el.querySelector('input:not([type=hidden])')) searchCands.push({ el, kind: 'field' });
    } else {
      const input = el as HTMLInputElement;
      const text = `${input.type} ${input.name} ${input.id} ${input.placeholder} ${input.getAttribute('aria-label') || ''} ${input.title}`;
      if (input.type === 'search' || SEARCH.test(text) || /^(q|s|query|keywords?|motcles?|mots?-?cles?|recherche)$/i.test(input.name)) searchCands.push({ el: input.closest('form') || input, kind: 'field' });
    }
  }
  if (!searchCands.length) {
    for (const el of Array.from(document.querySelectorAll('button, [role=button], a[href]')).slice(0, 500)) {
      const text = norm(`${el.textContent} ${el.getAttribute('aria-label') || ''} ${el.getAttribute('title') || ''}`);
      if (/^(rechercher|recherche|search|chercher)\b/i.test(text) || (el.localName !== 'a' && SEARCH.test(text) && text.length < 40)) {
        searchCands.push({ el, kind: 'control' });
        break;
      }
    }
  }
  const bestSearch = searchCands.find((c) => place(c.el).visible) || searchCands[0];
  // Site map link.
  const SITEMAP = /plan\s+d[ue]\s+site|site\s*-?\s*map/i;
  let sitemap: NavFacts['sitemap'] = null;
  const maps = Array.from(document.querySelectorAll('a[href], area[href]')).filter((a) => {
    const t = norm(`${a.textContent} ${a.getAttribute('aria-label') || ''} ${a.getAttribute('title') || ''}`);
    const href = a.getAttribute('href') || '';
    return SITEMAP.test(t) || (/plan-du-site|plan_du_site|plandusite|sitemap(?!\.xml)/i.test(href) && t.length < 40);
  });
  const m = maps.find((a) => place(a).visible) || maps[0];
  if (m) sitemap = { text: norm(m.textContent).slice(0, 60), href: key(m), ...place(m) };
  // Process signs.
  let process = !!document.querySelector('[aria-current=step], progress, [role=progressbar]');
  if (!process) {
    for (const f of Array.from(document.querySelectorAll('form')).slice(0, 20)) {
      if (f.matches('[role=search]') || f.closest('[role=search], search')) continue;
      const fields = Array.from(f.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea')).filter(
        (x) => (x as HTMLElement).getClientRects().length > 0,
      );
      if (fields.length >= 2) {
        process = true;
        break;
      }
    }
  }
  if (!process) {
    const STEP = /([ée]tape|step)\s*\d+\s*(sur|\/|of)\s*\d+/i;
    for (const el of Array.from(document.querySelectorAll('h1, h2, h3, legend, p, li, [class*=step], [class*=etape]')).slice(0, 200)) {
      if (STEP.test((el.textContent || '').slice(0, 200))) {
        process = true;
        break;
      }
    }
  }
  const path = location.pathname;
  return {
    path,
    isHome: /^\/(index\.(html?|php|aspx?))?$/i.test(path) || /^\/(fr|en|accueil|home)\/?$/i.test(path),
    menus,
    linkLists,
    search: bestSearch ? { kind: bestSearch.kind, ...place(bestSearch.el) } : null,
    sitemap,
    process,
  };
}

export const facts = { navigation: navFacts };

type CrossPages = { url: string; facts: Record<string, unknown> }[];

function navOf(p: { facts: Record<string, unknown> }): NavFacts | null {
  const f = p.facts.navigation as NavFacts | undefined;
  return f && Array.isArray(f.menus) ? f : null;
}

function pageNode(url: string, message: string): RawNode {
  return { selector: 'body', snippet: `<!-- ${url} -->`, message };
}

const empty = (applicable: number): CheckResult => ({ applicable, failures: [], doubts: [] });

const POS: Record<string, string> = {
  'before-main': 'before the main content',
  'after-main': 'after the main content',
  'in-main': 'inside the main content',
  'no-main': 'in a page without main content',
};
const REGION: Record<string, string> = { banner: 'header', contentinfo: 'footer', main: 'main content', aside: 'complementary zone', other: 'body' };

/** 12.1.1: the sample offers two navigation systems (menu, search, site map). Pure. */
export function multipleWays(pages: CrossPages): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  const navs = pages.map((p) => ({ url: p.url, f: navOf(p) }));
  const known = navs.filter((n): n is { url: string; f: NavFacts } => !!n.f);
  const has = {
    menu: known.some((n) => n.f.menus.length > 0 || n.f.linkLists > 0),
    search: known.some((n) => !!n.f.search),
    sitemap: known.some((n) => !!n.f.sitemap),
  };
  const count = Number(has.menu) + Number(has.search) + Number(has.sitemap);
  const found = `menu: ${has.menu ? 'yes' : 'no'}, search: ${has.search ? 'yes' : 'no'}, site map link: ${has.sitemap ? 'yes' : 'no'}`;
  const processLike = known.some((n) => n.f.process);
  for (const n of navs) {
    const r = empty(1);
    out[n.url] = r;
    if (!n.f || count >= 2) continue;
    if (known.length < 2) r.doubts.push(pageNode(n.url, `only ${count} navigation system found on this page (${found}): check the other pages of the site`));
    else if (processLike) r.doubts.push(pageNode(n.url, `only ${count} navigation system found in the ${known.length} pages (${found}); some pages look like steps of a process, where 12.1 does not apply`));
    else r.failures.push(pageNode(n.url, `the ${known.length} pages of the sample offer only ${count} navigation system (${found}); two are required`));
  }
  return out;
}

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / Math.max(1, A.size + B.size - inter);
}

/** 12.2.1: the same menu keeps its place (landmark region and order relative to main). Pure. */
export function menuConsistency(pages: CrossPages): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  const navs = pages.map((p) => ({ url: p.url, f: navOf(p) }));
  for (const n of navs) out[n.url] = empty(!n.f || n.f.isHome ? 0 : n.f.menus.length + n.f.linkLists);
  const cmp = navs.filter((n): n is { url: string; f: NavFacts } => !!n.f && !n.f.isHome && n.f.menus.length > 0);
  for (let i = 0; i < cmp.length; i++) {
    for (let j = 0; j < cmp.length; j++) {
      if (i === j) continue;
      const A = cmp[i];
      const B = cmp[j];
      for (const ma of A.f.menus) {
        // The same menu may be in the page twice (desktop and mobile copies): it has kept its place
        // when any copy on the other page is where this one is.
        const same = B.f.menus.filter((x) => jaccard(ma.links, x.links) >= 0.6);
        if (!same.length || same.some((x) => x.pos === ma.pos && x.region === ma.region)) continue;
        const mb = same.find((x) => x.visible === ma.visible) || same[0];
        const name = ma.name ? `« ${ma.name} »` : `of ${ma.links.length} links`;
        const r = out[A.url];
        const sides = ['before-main', 'after-main'];
        if (sides.includes(ma.pos) && sides.includes(mb.pos) && ma.pos !== mb.pos) {
          r.failures.push(pageNode(A.url, `the menu ${name} comes ${POS[ma.pos]} here but ${POS[mb.pos]} on ${B.url}`));
        } else if (['banner', 'contentinfo'].includes(ma.region) && ['banner', 'contentinfo'].includes(mb.region) && ma.region !== mb.region) {
          r.failures.push(pageNode(A.url, `the menu ${name} is in the ${REGION[ma.region]} here but in the ${REGION[mb.region]} on ${B.url}`));
        } else if (ma.visible && mb.visible && Math.abs(ma.left - mb.left) > 400) {
          r.doubts.push(pageNode(A.url, `the menu ${name} is at x=${ma.left} here but x=${mb.left} on ${B.url}: check that it is at the same place`));
        }
      }
    }
  }
  for (const r of Object.values(out)) {
    r.failures = r.failures.slice(0, 20);
    r.doubts = r.doubts.slice(0, 20);
  }
  return out;
}

/** 12.4 / 12.5: the site map link or the search is reached the same way on every page. Pure. */
function accessConsistency(pages: CrossPages, what: 'sitemap' | 'search', tests: [string, string, string]): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  const navs = pages.map((p) => ({ url: p.url, f: navOf(p) }));
  const label = what === 'sitemap' ? 'the link to the site map' : 'the site search';
  const withIt = navs.filter((n) => n.f && n.f[what]);
  for (const n of navs) {
    const applicable = n.f && (n.f[what] || withIt.length > 0) ? 1 : 0;
    const t = tests.map(() => empty(applicable));
    const r: CheckResult = { applicable, failures: [], doubts: [], byTest: { [tests[0]]: t[0], [tests[1]]: t[1], [tests[2]]: t[2] } };
    out[n.url] = r;
    if (!applicable || !n.f) continue;
    const mine = n.f[what];
    if (!mine) {
      // Absent here (or not recognised): neither the same functionality nor the same place.
      const d = pageNode(n.url, `${label} was not found on this page, while ${withIt.length} other page(s) of the sample have it: check how it is reached here`);
      for (const x of t) x.doubts.push(d);
      r.doubts = [d];
      continue;
    }
    for (const o of withIt) {
      if (o.url === n.url) continue;
      const other = o.f![what]!;
      if (what === 'search') {
        const a = (mine as { kind: string }).kind;
        const b = (other as { kind: string }).kind;
        if (a !== b) t[0].doubts.push(pageNode(n.url, `${label} is a ${a === 'field' ? 'form field' : 'button or link'} here but a ${b === 'field' ? 'form field' : 'button or link'} on ${o.url}`));
      }
      const known = ['banner', 'contentinfo', 'main', 'aside'];
      if (known.includes(mine.region) && known.includes(other.region) && mine.region !== other.region) {
        t[1].failures.push(pageNode(n.url, `${label} is in the ${REGION[mine.region]} here but in the ${REGION[other.region]} on ${o.url}`));
      }
      const sides = ['before-main', 'after-main', 'in-main'];
      if (sides.includes(mine.pos) && sides.includes(other.pos) && mine.pos !== other.pos) {
        t[2].failures.push(pageNode(n.url, `${label} comes ${POS[mine.pos]} here but ${POS[other.pos]} on ${o.url}`));
      }
    }
    for (const x of t) {
      x.failures = x.failures.slice(0, 10);
      x.doubts = x.doubts.slice(0, 10);
    }
    r.failures = t.flatMap((x) => x.failures);
    r.doubts = t.flatMap((x) => x.doubts);
  }
  return out;
}

export const sitemapAccess = (pages: CrossPages) => accessConsistency(pages, 'sitemap', ['12.4.1', '12.4.2', '12.4.3']);
export const searchAccess = (pages: CrossPages) => accessConsistency(pages, 'search', ['12.5.1', '12.5.2', '12.5.3']);

export const crossPage: CrossPageCheck[] = [
  {
    id: 'nav-multiple-ways',
    description:
      '12.1.1: over the sample, at least two of: a menu (nav/role=navigation with links, or a list of 3+ links outside the footer), a site search (role=search, search field, search form), a link to the site map. Fewer on a sample of 2+ pages → NC, unless a page looks like a process step (a form with 2+ fields, a step indicator), where 12.1 does not apply → doubt. A one-page sample is never NC.',
    run: multipleWays,
  },
  {
    id: 'nav-menu-consistency',
    description:
      '12.2.1: the same menu (60 % of its links in common) on two pages of the sample that are not the home page: NC when it comes before the main content on one and after it on the other, or in the header on one and the footer on the other; a horizontal shift of more than 400 px is a doubt. Pages without a menu and the home page → NA (RGAA particular case).',
    run: menuConsistency,
  },
  {
    id: 'nav-sitemap-access',
    description:
      '12.4.1–12.4.3: the link to the site map (« plan du site », « site map ») on every page of the sample. Missing on a page while others have it → doubt (12.4.1); in another landmark region (12.4.2) or on the other side of the main content in the source (12.4.3) → NC. No page with such a link → NA.',
    run: sitemapAccess,
  },
  {
    id: 'nav-search-access',
    description:
      '12.5.1–12.5.3: the site search on every page of the sample. Missing, or a field on one page and a button on another → doubt (12.5.1); in another landmark region (12.5.2) or on the other side of the main content in the source (12.5.3) → NC. No search anywhere in the sample → NA.',
    run: searchAccess,
  },
];
