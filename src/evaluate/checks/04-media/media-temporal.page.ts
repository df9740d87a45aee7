import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { MEDIA_FILES, MEDIA_FRAMES, countFrames, countLinks, countPlaceholders } from '../lib/media.page.js';

/** In the page: see ./media-temporal.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const media = 'video, audio, bgsound, object[type^="video/" i], object[type^="audio/" i], embed[type^="video/" i], embed[type^="audio/" i], object[type*="flash" i], embed[type*="flash" i], embed[src*=".swf" i], object[data*=".swf" i]';
  const hint = /youtube|vimeo|dailymotion|video|vid[eé]o|podcast|audio|player|lecteur|peertube|soundcloud/i;
  r.applicable =
    h.all(media).length +
    countFrames(h, (s) => MEDIA_FRAMES.test(s)) +
    countPlaceholders(h, true, (s) => hint.test(s)) +
    countLinks(h, MEDIA_FILES) +
    h.all('svg animate, svg animateTransform, svg animateMotion, svg set').length;
  return r;
}
