import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-object-canvas',
    decides: ['1.1.6', '1.1.7', '1.1.8', '1.2.3', '1.2.5', '1.2.6'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.1.6–1.1.8, 1.2.3, 1.2.5, 1.2.6: <object>/<embed> images and <canvas>. Fails those hidden as decorative (aria-hidden="true") that still carry an alternative, and a <canvas role="img"> without aria-label/aria-labelledby; lists those with neither alternative nor aria-hidden for a human (an adjacent link may give the alternative).',
    messages: {
      'hidden-with-alt': {
        en: '{name} hidden as decorative (aria-hidden="true") still carries a text alternative ({found}).',
        fr: '{name} masqué comme décoratif (aria-hidden="true") qui porte pourtant une alternative textuelle ({found}).',
      },
      'text-content': {
        en: 'text content',
        fr: 'contenu textuel',
      },
      'canvas-img-no-name': {
        en: '<canvas role="img"> without aria-label or aria-labelledby: with role="img" the alternative can only come from these attributes.',
        fr: '<canvas role="img"> sans aria-label ni aria-labelledby : avec role="img", l’alternative ne peut venir que de ces attributs.',
      },
      unmarked: {
        en: '{name} image with neither aria-hidden="true" nor role="img" and an alternative: if informative it needs an alternative (or an adjacent link to one), if decorative aria-hidden="true".',
        fr: 'Image {name} sans aria-hidden="true" ni role="img" avec une alternative : porteuse d’information, il lui faut une alternative (ou un lien adjacent vers une alternative) ; de décoration, aria-hidden="true".',
      },
      'unmarked-adjacent': {
        en: '{name} image with neither aria-hidden="true" nor role="img" and an alternative: if informative it needs an alternative (or an adjacent link to one), if decorative aria-hidden="true". An adjacent link or button follows: check that it leads to an alternative.',
        fr: 'Image {name} sans aria-hidden="true" ni role="img" avec une alternative : porteuse d’information, il lui faut une alternative (ou un lien adjacent vers une alternative) ; de décoration, aria-hidden="true". Un lien ou un bouton adjacent suit : vérifier qu’il mène à une alternative.',
      },
    },
  },
});
