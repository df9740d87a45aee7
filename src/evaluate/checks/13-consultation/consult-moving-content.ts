import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-moving-content',
    decides: ['13.8.1', '13.8.2'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '13.8.1 / 13.8.2: content moving or blinking for more than 5 s, started automatically. NC (13.8.1) only for an infinite or > 5 s CSS/Web animation that MOVES visible text (transform, position, margin, background-position), or a <video autoplay loop> without controls, when the page has no control named pause/stop/arrêter/lecture; loaders, spinners and skeletons are left out (the RGAA exempts progress indicators). Blinking (opacity/colour/visibility animations), animated images and SVG animations are doubts.',
  },
});
