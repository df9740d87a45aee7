/**
 * What the gatherers collect on a live page, once per page, for the checks that need it
 * (Lighthouse's artifacts). A check declares the artifacts it reads in `meta.needs`; a gatherer runs
 * only when a planned check needs it, in the order of GATHERERS (gather/gatherers/index.ts). Plain
 * data: no DOM, no browser objects.
 */

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

export interface DomCounts {
  /** iframes, frames, objects and embeds: their content is not probed. */
  frames: number;
  /** Elements users can act on with a pointer (links, buttons, fields, [onclick]…). */
  pointerTargets: number;
  /** Markup announcing content shown on hover or focus (tooltips). */
  tooltips: number;
  /** Markup announcing content shown on activation (details, popover, aria-expanded, dialog…). */
  disclosures: number;
  /**
   * What can run a script of the page's own besides listeners: executable <script> elements (not
   * JSON or templates, open shadow roots included), elements with an inline event handler (any on*
   * attribute), javascript: URLs, and scripts the page loaded (resource timing) even if removed since.
   */
  scripts: number;
  /** Refresh processes 13.1.1 names besides scripts: <meta http-equiv=refresh>, <object>, <embed>, <svg>, <canvas>. */
  refreshers: number;
  /** Forms and their controls: a session time limit (13.1.4) may end what the user is filling in. */
  forms: number;
  /**
   * What can move or blink by itself besides scripts (13.8): images, SVG, canvas, media, embedded
   * content, <marquee>/<blink>, CSS animations and transitions (running, or declared in a style sheet
   * or style attribute), CSS images (url()), and style sheets that could not be read.
   */
  motion: number;
}

/** `listeners`: the event listeners of the page (one CDP call), its reveal rules and a few counts. */
export interface ListenersArtifact {
  listeners: ProbeListener[];
  /** Set when the listeners could not be read (no CDP, page closed…): scopes are then unknown. */
  listenerError?: string;
  css: CssRevealScan;
  dom: DomCounts;
}

/** An element the reflow or the keyboard walk points at. */
export interface SeenElement {
  selector: string;
  snippet: string;
}

/** `reflow`: the page at 320 × 256 CSS px (the 400 % zoom of 1280 × 1024). */
export interface ReflowArtifact {
  /** Width of the viewport and of the document at that size. */
  width: number;
  scrollWidth: number;
  /** The document or its body hides horizontal overflow. */
  rootClips: boolean;
  body: SeenElement | null;
  /**
   * The innermost elements reaching beyond the right edge (up to 300), in document order, with
   * what decides their case.
   */
  leaves: {
    /** Described when it may be reported (not contained, not exempt, visible). */
    element: SeenElement | null;
    /** Fixed, or inside a clipping or scrolling box that ends inside the viewport: it scrolls nothing. */
    contained: boolean;
    /** Inside content the RGAA exempts (data table, image, video, map, toolbar, carousel…). */
    exempt: boolean;
    visible: boolean;
    ownText: boolean;
    control: boolean;
    pre: boolean;
    left: number;
    right: number;
  }[];
}

/** `popups`: the windows the page opened before any user action (closed by the page guard). */
export type PopupsArtifact = string[];

/** An element the keyboard walk reached or focused. */
export interface WalkElement extends SeenElement {
  /** body or html (where the focus goes when nothing has it). */
  root: boolean;
  /** A field or widget where Tab may legitimately stay a while (date fields, media, editors…). */
  slowToLeave: boolean;
  /** An embedded content (iframe, object, embed, video, audio): its own focus styles are not ours to read. */
  media: boolean;
  /** Index of the modal dialog it is in, or null. */
  modal: number | null;
  /** An in-page link whose text names the main content (a skip link). */
  skipLink: boolean;
}

/** `keyboardWalk`: Tab pressed through the page, then each focusable element focused as by the keyboard. */
export interface KeyboardWalkArtifact {
  /** Focusable elements seen before the walk. */
  candidates: number;
  elements: WalkElement[];
  /** The focused element (index in `elements`, -1 for none) at each Tab key down, then after the last press. */
  tabs: number[];
  last: number;
  /** When Tab left the focus on one element: Shift+Tab was pressed there; did the focus stay? */
  confirm?: { element: number; stayed: boolean };
  /**
   * Each candidate focused in tab order as the keyboard does (focus-visible, scrolled into view):
   * whether its styles (and those of its label, pseudo-elements, parents, neighbours) changed
   * (undefined: no snapshot taken), whether it is visible on screen, whether it is animated.
   */
  sweep: { element: number; same?: boolean; visible: boolean; moving: boolean }[];
}

/** `served`: the main document as the server sent it, before any parsing or script (8.2: markup errors the DOM no longer shows). */
export interface ServedArtifact {
  url: string;
  status: number;
  contentType: string;
  /** The body decoded with its declared encoding (header, then <meta charset>, else UTF-8). */
  html: string;
}

/** A frame inside a frame of the page (at any depth), as its parent document has it. */
export interface NestedFrame {
  /**
   * The frame elements from the page down to it, each by a selector in its own document, joined
   * by ' >>> ' (not CSS: it matches nothing in the page's document, so no report points there).
   */
  selector: string;
  /** Its start tag, as its parent document has it. */
  snippet: string;
  /** The URL of the document it is in. */
  parent: string;
  title: string | null;
  /** An aria-label or aria-labelledby (which 2.1.1 does not accept instead of a title). */
  ariaName: boolean;
  src: string;
  /** Hidden from assistive technologies: itself or a frame it is in (aria-hidden, hidden, display: none, visibility: hidden). */
  hidden: boolean;
}

/** `frames`: the frames nested in the page's frames, which the in-page checks cannot reach (another document, often another origin). */
export interface FramesArtifact {
  nested: NestedFrame[];
  /** Nested frames beyond the cap, or whose element could not be read (detached meanwhile): not examined. */
  unread: number;
  /**
   * Frames (the page's or nested) still on their initial empty document (URL '' or about:blank)
   * although their element names an address: not loaded when the page was audited (loaded lazily,
   * further down the page), so the frames they will hold are not known. Not hidden ones.
   */
  pending?: { selector: string; snippet: string; src: string }[];
}

export interface Artifacts {
  frames: FramesArtifact;
  listeners: ListenersArtifact;
  reflow: ReflowArtifact;
  popups: PopupsArtifact;
  keyboardWalk: KeyboardWalkArtifact;
  served: ServedArtifact;
}

export type GathererName = keyof Artifacts;
