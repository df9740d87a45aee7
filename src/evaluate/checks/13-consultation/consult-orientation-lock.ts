import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-orientation-lock',
    decides: ['13.9.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '13.9.1: a CSS rotation inside an orientation media query (@media (orientation: portrait|landscape)) that turns the page’s content as a whole (html, body, the main region or a box holding it, or half of the text) by a quarter turn (90° or 270°, from transform or rotate, read through DOMMatrix) shows it sideways in one orientation: it is not consultable in both (RGAA 13.9.1; ACT rule b33eff). A smaller part with text turned a quarter (a badge, a notice) is a doubt: the ACT rule fails it, but whether the content stays consultable is a human’s call. Another angle, or a rotation outside an orientation query, is no lock. Style sheets that cannot be read (cross-origin) are a doubt. The particular case (orientation essential to the use, then NA) is left to a human.',
    messages: {
      rotated: {
        en: 'Rotated by {angle}° in one screen orientation only ({rule}): the content is shown sideways, its orientation is locked.',
        fr: 'Tourné de {angle}° dans une seule orientation de l’écran ({rule}) : le contenu s’affiche de côté, son orientation est bloquée.',
      },
      'rotated-part': {
        en: 'Part of the content rotated by {angle}° in one screen orientation only ({rule}): check that the content stays consultable in that orientation.',
        fr: 'Partie du contenu tournée de {angle}° dans une seule orientation de l’écran ({rule}) : vérifier que le contenu reste consultable dans cette orientation.',
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
