/**
 * Theme 4 (multimedia). Runs in the page: only `h`, the DOM and `axe` (see ./types.ts).
 *
 * Scope checks (`media-temporal`, `media-video`, `media-non-temporal`, `media-any`) report only
 * `applicable`: the rules use them as `applies: check:<id>` so a criterion is NA when the page
 * holds no media of its kind. They err on the side of "in scope": native <video>/<audio>/<bgsound>,
 * <object>/<embed> with media or plugin types, iframes from known video and audio hosts, iframes
 * and placeholders whose src, title, class or id say video/player/podcast (cookie-consent
 * placeholders such as tarteaucitron's), links to media files (a downloadable media is a media,
 * glossary « Média temporel ») and animated SVG. A media inside an iframe from an unknown host with
 * no hint in its attributes is not seen (each iframe is a document of its own).
 */
import type { InPageCheck } from './types.js';

export const inPage: InPageCheck[] = [
  {
    id: 'media-temporal',
    description: 'Scope of 4.1, 4.2, 4.7, 4.10, 4.11: time-based media (audio, video, media plugins, media iframes and placeholders, links to media files, animated SVG).',
    run: (h) => {
      const r = h.result();
      const media = 'video, audio, bgsound, object[type^="video/" i], object[type^="audio/" i], embed[type^="video/" i], embed[type^="audio/" i], object[type*="flash" i], embed[type*="flash" i], embed[src*=".swf" i], object[data*=".swf" i]';
      const hosts = /youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|\/videos\/embed\/|peertube|soundcloud\.com|ausha\.co|acast\.com|spotify\.com\/embed|deezer\.com|francetv|ina\.fr|kaltura|brightcove|wistia|jwplayer|jwplatform|twitch\.tv|podcast|video|vid[eé]o|audio|player|lecteur|stream/i;
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
      n += h.all('svg animate, svg animateTransform, svg animateMotion, svg set').length;
      r.applicable = n;
      return r;
    },
  },
  {
    id: 'media-video',
    description: 'Scope of 4.3–4.6 (captions, audio description): media that may carry video (everything time-based except audio-only elements, audio types, audio hosts and links to audio files).',
    run: (h) => {
      const r = h.result();
      const media = 'video, object[type^="video/" i], embed[type^="video/" i], object[type*="flash" i], embed[type*="flash" i], embed[src*=".swf" i], object[data*=".swf" i]';
      const audioOnly = /soundcloud\.com|ausha\.co|acast\.com|spotify\.com\/embed|deezer\.com|podcast|audio/i;
      const hosts = /youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|\/videos\/embed\/|peertube|francetv|ina\.fr|kaltura|brightcove|wistia|jwplayer|jwplatform|twitch\.tv|video|vid[eé]o|player|lecteur|stream/i;
      const hint = /youtube|vimeo|dailymotion|video|vid[eé]o|player|lecteur|peertube/i;
      let n = h.all(media).length;
      for (const f of h.all('iframe, frame').slice(0, 200)) {
        const s = [f.getAttribute('src'), f.getAttribute('data-src'), f.getAttribute('data-lazy-src'), f.getAttribute('title'), f.id, f.getAttribute('class')].join(' ');
        if (hosts.test(s) && !(audioOnly.test(s) && !/video|vid[eé]o|youtube|vimeo|dailymotion/i.test(s))) n++;
      }
      for (const el of h.all('[class*="youtube" i], [class*="vimeo" i], [class*="dailymotion" i], [class*="video" i], [class*="player" i], [id*="video" i], [id*="player" i], [videoid], [data-videoid], [data-video-id], [data-youtube-id]').slice(0, 50)) {
        if (el.closest('a, button, nav, footer, [role=navigation], [role=contentinfo]') || /icon|btn|button|social|share|link|menu|nav|logo/i.test(el.getAttribute('class') || '')) continue; // a link to a channel is not a media
        const s = (el.getAttribute('class') || '') + ' ' + el.id;
        if ((hint.test(s) && !/audio|podcast/i.test(s)) || el.hasAttribute('videoid') || el.hasAttribute('data-videoid') || el.hasAttribute('data-video-id') || el.hasAttribute('data-youtube-id')) n++;
      }
      n += h.all('a[href]').filter((a) => /\.(mp4|m4v|webm|ogv|mov|avi|mkv|wmv)([?#]|$)/i.test(a.getAttribute('href') || '')).length;
      n += h.all('svg animate, svg animateTransform, svg animateMotion, svg set').length;
      r.applicable = n;
      return r;
    },
  },
  {
    id: 'media-non-temporal',
    description: 'Scope of 4.8, 4.9, 4.12: non-time-based media (plugin content in <object>/<embed>/<applet> other than images, <canvas>, interactive SVG, embedded maps).',
    run: (h) => {
      const r = h.result();
      let n = h.all('object:not([type^="image/" i]), embed:not([type^="image/" i]), applet, canvas').length;
      n += h.all('svg').filter((s) => !!s.querySelector('a, [tabindex], [onclick], foreignObject')).length;
      n += h.all('iframe').filter((f) => /google\.[a-z.]+\/maps|maps\.google|openstreetmap|umap|geoportail|mapbox|arcgis|carto/i.test((f.getAttribute('src') || '') + ' ' + (f.getAttribute('data-src') || ''))).length;
      r.applicable = n;
      return r;
    },
  },
  {
    id: 'media-any',
    description: 'Scope of 4.13: time-based and non-time-based media together (see media-temporal and media-non-temporal).',
    run: (h) => {
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
    },
  },
  {
    id: 'media-track-captions',
    description:
      '4.3.2: captions given with <track> must use kind="captions". Fails a media whose only text tracks are kind="subtitles" (or no kind) in the language of the page; tracks in another language (translations) are listed for a human.',
    run: (h) => {
      const r = h.result();
      const pageLang = (h.doc.documentElement.getAttribute('lang') || '').trim().toLowerCase().split('-')[0];
      for (const m of h.all('video, audio').slice(0, 100)) {
        const tracks = Array.from(m.querySelectorAll('track'));
        const text = tracks.filter((t) => {
          const kind = (t.getAttribute('kind') || 'subtitles').trim().toLowerCase();
          return kind === 'subtitles' || kind === 'captions' || !['descriptions', 'chapters', 'metadata'].includes(kind);
        });
        if (!text.length) continue;
        r.applicable++;
        if (text.some((t) => (t.getAttribute('kind') || '').trim().toLowerCase() === 'captions')) continue;
        const sameLang = text.filter((t) => {
          const l = (t.getAttribute('srclang') || '').trim().toLowerCase().split('-')[0];
          return !l || !pageLang || l === pageLang;
        });
        if (sameLang.length) r.failures.push(h.node(m, `Text track${sameLang.length > 1 ? 's' : ''} in the page language without kind="captions" (kind="${sameLang[0].getAttribute('kind') || 'subtitles (default)'}"): captions must use kind="captions".`));
        else r.doubts.push(h.node(m, 'Only subtitle tracks in other languages: if one of them holds the captions, it needs kind="captions".'));
      }
      r.byTest = { '4.3.2': { applicable: r.applicable, failures: r.failures.slice(0, h.max), doubts: r.doubts.slice(0, h.max) } };
      return r;
    },
  },
];
