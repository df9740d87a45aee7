import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./media-any.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const media = 'video, audio, bgsound, object, embed, applet, canvas';
  const hosts = /youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|\/videos\/embed\/|peertube|soundcloud\.com|ausha\.co|acast\.com|spotify\.com\/embed|deezer\.com|francetv|ina\.fr|kaltura|brightcove|wistia|jwplayer|jwplatform|twitch\.tv|podcast|video|vid[eé]o|audio|player|lecteur|stream|google\.[a-z.]+\/maps|maps\.google|openstreetmap|umap|geoportail|mapbox|arcgis|carto/i;
  const hint = /youtube|vimeo|dailymotion|video|vid[eé]o|podcast|audio|player|lecteur|peertube|soundcloud/i;
  let n = h.all(media).length;
  for (const f of h.all('iframe, frame').slice(0, 200)) {
    const s = [f.getAttribute('src'), f.getAttribute('data-src'), f.getAttribute('data-lazy-src'), f.getAttribute('title'), f.id, f.getAttribute('class')].join(' ');
    if (hosts.test(s)) n++;
  }
  for (const el of h.all('[class*="youtube" i], [class*="vimeo" i], [class*="dailymotion" i], [class*="video" i], [class*="podcast" i], [class*="player" i], [id*="video" i], [id*="player" i], [videoid], [data-videoid], [data-video-id], [data-youtube-id]').slice(0, 50)) {
    if (el.closest('a, button, nav, footer, [role=navigation], [role=contentinfo]') || /icon|btn|button|social|share|link|menu|nav|logo/i.test(el.getAttribute('class') || '')) continue; // a link to a channel is not a media
    if (hint.test((el.getAttribute('class') || '') + ' ' + el.id) || el.hasAttribute('videoid') || el.hasAttribute('data-videoid') || el.hasAttribute('data-video-id') || el.hasAttribute('data-youtube-id')) n++;
  }
  n += h.all('a[href]').filter((a) => /\.(mp4|m4v|webm|ogv|ogg|oga|mp3|wav|m4a|aac|flac|mov|avi|mkv|wmv|wma)([?#]|$)/i.test(a.getAttribute('href') || '')).length;
  n += h.all('svg').filter((s) => !!s.querySelector('a, [tabindex], [onclick], foreignObject, animate, animateTransform, animateMotion, set')).length;
  r.applicable = n;
  return r;
}
