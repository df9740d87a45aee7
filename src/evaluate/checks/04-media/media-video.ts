import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'media-video',
    decides: [],
    scopes: ['4.3', '4.4', '4.5', '4.6'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      'Scope of 4.3–4.6 (captions, audio description): media that may carry video (everything time-based except audio-only elements, audio types, audio hosts and links to audio files).',
    // A scope: it counts elements and lists none.
    messages: {},
  },
});
