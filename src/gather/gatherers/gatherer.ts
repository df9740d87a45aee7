/** A gatherer: collects one artifact from the live page (see ../artifacts.ts). */
import type { CDPSession, Page } from 'playwright';
import type { Artifacts, GathererName } from '../artifacts.js';
import type { PageGuard } from '../guard.js';
import type { InPageScript } from '../inpage.js';

export interface GatherContext {
  page: Page;
  /** The run's in-page script: its probes are called through it (callProbe). */
  script: InPageScript;
  /** What the page did meanwhile (windows it opened). */
  guard: PageGuard;
  /**
   * The tab's protocol session, shared by the gatherers of every page the tab shows: what a
   * gatherer creates in the renderer through it goes in an object group it releases.
   */
  cdp?: CDPSession;
}

export interface Gatherer<N extends GathererName = GathererName> {
  name: N;
  /** Drives the live page (resizes it, presses keys, reads listeners): skipped with --no-interactive. */
  interactive: boolean;
  collect(ctx: GatherContext): Promise<Artifacts[N]>;
}
