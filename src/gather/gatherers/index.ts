/**
 * Every gatherer, in the order they run on a page: the document as served and the frames nested in
 * the page's frames (no interaction), the reflow (the page as loaded), the listeners, then the windows opened so far, then the keyboard walk (key presses are user actions).
 */
import type { Artifacts, GathererName } from '../artifacts.js';
import type { GatherContext, Gatherer } from './gatherer.js';
import { reflow } from './reflow.js';
import { listeners } from './listeners.js';
import { popups } from './popups.js';
import { keyboardWalk } from './keyboard-walk.js';
import { served } from './served.js';
import { frames } from './frames.js';

export type { GatherContext, Gatherer } from './gatherer.js';

export const GATHERERS: Gatherer[] = [served, frames, reflow, listeners, popups, keyboardWalk];

/** What the gatherers collected: each artifact, or why it could not be. */
export interface Collected {
  artifacts: Partial<Artifacts>;
  errors: Partial<Record<GathererName, string>>;
}

/** Run the gatherers named, in order; each one's time goes to `timings['gather:<name>']`. */
export async function collectArtifacts(names: ReadonlySet<GathererName>, ctx: GatherContext, timings: Record<string, number>): Promise<Collected> {
  const out: Collected = { artifacts: {}, errors: {} };
  for (const g of GATHERERS) {
    if (!names.has(g.name)) continue;
    const t0 = performance.now();
    try {
      (out.artifacts as Record<string, unknown>)[g.name] = await g.collect(ctx);
    } catch (e) {
      out.errors[g.name] = String((e as Error)?.message ?? e).split('\n')[0];
    }
    timings[`gather:${g.name}`] = Math.round(performance.now() - t0);
  }
  return out;
}
