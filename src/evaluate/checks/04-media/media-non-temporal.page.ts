import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { MAP_HOSTS } from '../lib/media.page.js';

/** In the page: see ./media-non-temporal.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  let n = h.all('object:not([type^="image/" i]), embed:not([type^="image/" i]), applet, canvas').length;
  n += h.all('svg').filter((s) => !!s.querySelector('a, [tabindex], [onclick], foreignObject')).length;
  n += h.all('iframe').filter((f) => MAP_HOSTS.test((f.getAttribute('src') || '') + ' ' + (f.getAttribute('data-src') || ''))).length;
  r.applicable = n;
  return r;
}
