import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'media-track-captions',
    decides: ['4.3.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '4.3.2: captions given with <track> must use kind="captions". Fails a media whose only text tracks are kind="subtitles" (or no kind) in the language of the page; tracks in another language (translations) are listed for a human.',
  },
});
