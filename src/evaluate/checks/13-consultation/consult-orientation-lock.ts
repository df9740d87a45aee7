import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-orientation-lock',
    decides: ['13.9.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '13.9.1: a CSS rotation inside an orientation media query (@media (orientation: portrait|landscape)) that turns the page (html, body) or an element with text of its own by a quarter turn (90° or 270°, from transform or rotate, read through DOMMatrix) shows that content sideways in one orientation: it is not readable in both (ACT rule b33eff). Another angle, or a rotation outside an orientation query, is no lock. Style sheets that cannot be read (cross-origin) are a doubt. The particular case (orientation essential to the use, then NA) is left to a human.',
    messages: {
      rotated: {
        en: 'Rotated by {angle}° in one screen orientation only ({rule}): the content is shown sideways, its orientation is locked.',
        fr: 'Tourné de {angle}° dans une seule orientation de l’écran ({rule}) : le contenu s’affiche de côté, son orientation est bloquée.',
      },
      'unreadable-rotation': {
        en: 'Rotation in an orientation media query that the tool cannot read ({rule}): check that the content is readable in both orientations.',
        fr: 'Rotation dans une requête média d’orientation que l’outil ne sait pas lire ({rule}) : vérifier que le contenu se lit dans les deux orientations.',
      },
      'unreadable-sheet': {
        en: 'Style sheet that cannot be read (cross-origin: {href}): check it does not lock the screen orientation.',
        fr: 'Feuille de style illisible (autre origine : {href}) : vérifier qu’elle ne bloque pas l’orientation de l’écran.',
      },
    },
  },
});
