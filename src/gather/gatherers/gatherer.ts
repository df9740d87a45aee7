/** A gatherer: collects one artifact from the live page (see ../artifacts.ts). */
import type { Page } from 'playwright';
import type { Artifacts, GathererName } from '../artifacts.js';
import type { PageGuard } from '../guard.js';
import type { InPageScript } from '../inpage.js';

export interface GatherContext {
  page: Page;
  /** The run's in-page script: its probes are called through it (callProbe). */
  script: InPageScript;
  /** What the page did meanwhile (windows it opened). */
  guard: PageGuard;
}

export interface Gatherer<N extends GathererName = GathererName> {
  name: N;
  /** Drives the live page (resizes it, presses keys, reads listeners): skipped with --no-interactive. */
  interactive: boolean;
  collect(ctx: GatherContext): Promise<Artifacts[N]>;
}
