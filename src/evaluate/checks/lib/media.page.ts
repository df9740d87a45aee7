/**
 * Where media may hide in a page, for the scope checks of theme 4 (and 3.1.5, 3.1.6): players
 * embedded in frames, placeholders that load one later (cookie consent), links to media files.
 * They err on the side of "in scope".
 */
import type { PageContext } from '../../../gather/page/context.page.js';

const VIDEO_HOSTS = String.raw`youtube\.com|youtube-nocookie\.com|youtu\.be|vimeo\.com|dailymotion\.com|dai\.ly|\/videos\/embed\/|peertube`;
const AUDIO_HOSTS = String.raw`soundcloud\.com|ausha\.co|acast\.com|spotify\.com\/embed|deezer\.com`;
const PLAYER_HOSTS = String.raw`francetv|ina\.fr|kaltura|brightcove|wistia|jwplayer|jwplatform|twitch\.tv`;
/** Embedded maps (non-time-based media). */
export const MAP_HOSTS = new RegExp(String.raw`google\.[a-z.]+\/maps|maps\.google|openstreetmap|umap|geoportail|mapbox|arcgis|carto`, 'i');
/** Frames of video or audio players, or whose attributes say so. */
export const MEDIA_FRAMES = new RegExp(`${VIDEO_HOSTS}|${AUDIO_HOSTS}|${PLAYER_HOSTS}|podcast|video|vid[eé]o|audio|player|lecteur|stream`, 'i');
/** Frames that may show a video. */
export const VIDEO_FRAMES = new RegExp(`${VIDEO_HOSTS}|${PLAYER_HOSTS}|video|vid[eé]o|player|lecteur|stream`, 'i');
/** Frames of audio players only. */
export const AUDIO_FRAMES = new RegExp(`${AUDIO_HOSTS}|podcast|audio`, 'i');

/** Links to media files (a downloadable media is a media, glossary « Média temporel »). */
export const MEDIA_FILES = /\.(mp4|m4v|webm|ogv|ogg|oga|mp3|wav|m4a|aac|flac|mov|avi|mkv|wmv|wma)([?#]|$)/i;
export const VIDEO_FILES = /\.(mp4|m4v|webm|ogv|mov|avi|mkv|wmv)([?#]|$)/i;

/** What a frame's attributes say about its content (its source, lazy source, title, id, class). */
const frameText = (f: Element) => [f.getAttribute('src'), f.getAttribute('data-src'), f.getAttribute('data-lazy-src'), f.getAttribute('title'), f.id, f.getAttribute('class')].join(' ');

/** The frames (200 at most) whose attributes pass `test`. */
export function countFrames(h: PageContext, test: (text: string) => boolean): number {
  return h
    .all('iframe, frame')
    .slice(0, 200)
    .filter((f) => test(frameText(f))).length;
}

/**
 * Placeholders (50 at most) that load a player later: an element whose class or id passes `test`
 * (given both), or that carries a video id; never inside a link, a button, a menu or the footer
 * (a link to a channel is not a media).
 */
export function countPlaceholders(h: PageContext, withPodcasts: boolean, test: (classAndId: string) => boolean): number {
  const selector = `[class*="youtube" i], [class*="vimeo" i], [class*="dailymotion" i], [class*="video" i], ${withPodcasts ? '[class*="podcast" i], ' : ''}[class*="player" i], [id*="video" i], [id*="player" i], [videoid], [data-videoid], [data-video-id], [data-youtube-id]`;
  let n = 0;
  for (const el of h.all(selector).slice(0, 50)) {
    if (el.closest('a, button, nav, footer, [role=navigation], [role=contentinfo]') || /icon|btn|button|social|share|link|menu|nav|logo/i.test(el.getAttribute('class') || '')) continue;
    if (test((el.getAttribute('class') || '') + ' ' + el.id) || el.hasAttribute('videoid') || el.hasAttribute('data-videoid') || el.hasAttribute('data-video-id') || el.hasAttribute('data-youtube-id')) n++;
  }
  return n;
}

/** Links whose target passes `files`. */
export const countLinks = (h: PageContext, files: RegExp): number => h.all('a[href]').filter((a) => files.test(a.getAttribute('href') || '')).length;
