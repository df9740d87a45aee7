import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-flash-scope',
    decides: [],
    scopes: ['13.7'],
    returns: ['NA'],
    needs: ['dom'],
    description:
      '13.7 scope: what could flash. 13.7.1: video, canvas, embed, object, iframe, GIF/WebP/APNG images, SVG animations; 13.7.2: script animations (Web Animations API) and canvas; 13.7.3: running CSS animations. Nothing of these (and no JS-only flashing, which no tool sees) → NA.',
    // A scope: it counts elements and lists none.
    messages: {},
  },
});
