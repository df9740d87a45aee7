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
 * How many random pages the sample needs: `share` of it (at least one when share > 0), the
 * sample being `maxPages` long, or longer when the pages always kept (start, extra) leave no
 * room; in that case enough random pages to stay at or above the share of the longer sample.
 */
export function randomQuota(maxPages: number, forced: number, share: number): number {
  if (!(share > 0)) return 0;
  let q = Math.max(1, Math.ceil(share * maxPages - 1e-9));
  while (q < share * Math.max(maxPages, forced + q) - 1e-9) q++;
  return q;
}
