import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'media-temporal',
    decides: [],
    scopes: ['3.1.5', '4.1', '4.2', '4.7', '4.10', '4.11'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      'Scope of 4.1, 4.2, 4.7, 4.10, 4.11: time-based media (audio, video, media plugins, media iframes and placeholders, links to media files, animated SVG).',
    // A scope: it counts elements and lists none.
    messages: {},
  },
});
