import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { MAP_HOSTS, MEDIA_FILES, MEDIA_FRAMES, countFrames, countLinks, countPlaceholders } from '../lib/media.page.js';

/** In the page: see ./media-any.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const hint = /youtube|vimeo|dailymotion|video|vid[eé]o|podcast|audio|player|lecteur|peertube|soundcloud/i;
  r.applicable =
    h.all('video, audio, bgsound, object, embed, applet, canvas').length +
    countFrames(h, (s) => MEDIA_FRAMES.test(s) || MAP_HOSTS.test(s)) +
    countPlaceholders(h, true, (s) => hint.test(s)) +
    countLinks(h, MEDIA_FILES) +
    h.all('svg').filter((s) => !!s.querySelector('a, [tabindex], [onclick], foreignObject, animate, animateTransform, animateMotion, set')).length;
  return r;
}
