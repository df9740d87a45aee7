import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'nav-zones',
    decides: ['12.6.1'],
    scopes: [],
    returns: ['review'],
    needs: ['dom'],
    description:
      '12.6.1: a page with navigation links (5 or more) but no landmark (header, nav, main, footer, search or their roles), no heading, no link inside the page and no disclosure button: none of the means the RGAA accepts lets users reach or skip its zones → a doubt (whether these links form a zone shared by several pages is a guess). Otherwise a human checks each zone.',
    messages: {
      'no-way': {
        en: 'the page has {n} links but no landmark, no heading, no skip link and no button to hide a zone: if it has zones shared with other pages (header, navigation, footer), they cannot be reached or skipped (12.6.1)',
        fr: 'la page a {n} liens mais aucune région, aucun titre, aucun lien d’évitement ni aucun bouton pour masquer une zone : si elle a des zones communes à d’autres pages (en-tête, navigation, pied de page), elles ne peuvent être ni atteintes ni évitées (12.6.1)',
      },
    },
  },
});
