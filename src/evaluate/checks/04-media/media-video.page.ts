import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { AUDIO_FRAMES, VIDEO_FILES, VIDEO_FRAMES, countFrames, countLinks, countPlaceholders } from '../lib/media.page.js';

/** In the page: see ./media-video.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const media = 'video, object[type^="video/" i], embed[type^="video/" i], object[type*="flash" i], embed[type*="flash" i], embed[src*=".swf" i], object[data*=".swf" i]';
  const hint = /youtube|vimeo|dailymotion|video|vid[eé]o|player|lecteur|peertube/i;
  r.applicable =
    h.all(media).length +
    // An audio player's frame is left out, unless it says video too.
    countFrames(h, (s) => VIDEO_FRAMES.test(s) && !(AUDIO_FRAMES.test(s) && !/video|vid[eé]o|youtube|vimeo|dailymotion/i.test(s))) +
    countPlaceholders(h, false, (s) => hint.test(s) && !/audio|podcast/i.test(s)) +
    countLinks(h, VIDEO_FILES) +
    h.all('svg animate, svg animateTransform, svg animateMotion, svg set').length;
  return r;
}
