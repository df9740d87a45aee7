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
    messages: {
      forever: {
        en: 'forever',
        fr: 'sans fin',
      },
      'for-seconds': {
        en: 'for {s} s',
        fr: 'pendant {s} s',
      },
      'text-moves': {
        en: 'text moves {what} (animation on {props}) and the page has no control to pause, stop or hide it',
        fr: 'du texte bouge {what} (animation de {props}) et la page n’a aucun moyen de le mettre en pause, l’arrêter ou le masquer',
      },
      'content-moves': {
        en: 'content moves {what} (animation on {props}): check that it can be paused, stopped or hidden',
        fr: 'un contenu bouge {what} (animation de {props}) : vérifier qu’on peut le mettre en pause, l’arrêter ou le masquer',
      },
      'content-changes': {
        en: 'content changes {props} {what}: check whether it blinks and can be stopped',
        fr: 'un contenu change de {props} {what} : vérifier s’il clignote et s’il peut être arrêté',
      },
      'video-loop': {
        en: 'a video plays automatically in a loop, with no controls and no pause/stop button in the page',
        fr: 'une vidéo se lance automatiquement en boucle, sans contrôles ni bouton pause/arrêt dans la page',
      },
      'video-autoplay': {
        en: 'a video plays automatically: check that it stops within 5 s or can be paused',
        fr: 'une vidéo se lance automatiquement : vérifier qu’elle s’arrête en moins de 5 s ou peut être mise en pause',
      },
      gif: {
        en: 'GIF image: check whether it is animated for more than 5 s without a control',
        fr: 'image GIF : vérifier si elle est animée plus de 5 s sans moyen de contrôle',
      },
      'svg-animation': {
        en: 'SVG animation repeated forever: check that it can be stopped',
        fr: 'animation SVG répétée sans fin : vérifier qu’elle peut être arrêtée',
      },
    },
  },
});
