/** Seeded random picks (pure-rand): the same seed and the same candidates give the same picks. */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';

export interface Picker {
  /** An index in [0, n), n > 0. */
  index(n: number): number;
}

export function seededPicker(seed: number): Picker {
  const rng = xoroshiro128plus(Math.trunc(seed) | 0);
  return { index: (n) => uniformInt(rng, 0, n - 1) };
}

/**
 * How many random pages the sample needs: `share` of maxPages, rounded up, at least one when
 * share > 0; never more than the room the pages always kept (start, extra) leave under the cap.
 */
export function randomQuota(maxPages: number, forced: number, share: number): number {
  if (!(share > 0)) return 0;
  const q = Math.max(1, Math.ceil(share * maxPages - 1e-9));
  return Math.max(0, Math.min(q, maxPages - forced));
}
