import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'nav-zones',
    decides: ['12.6.1'],
    scopes: [],
    returns: ['NC'],
    needs: ['dom'],
    description:
      '12.6.1: a page with navigation links (5 or more) but no landmark (header, nav, main, footer, search or their roles), no heading, no link inside the page and no disclosure button: none of the means the RGAA accepts lets users reach or skip its zones → NC. Otherwise a human checks each zone.',
    messages: {
      'no-way': {
        en: 'the page has {n} links but no landmark, no heading, no skip link and no button to hide a zone: its header, navigation and main content cannot be reached or skipped',
        fr: 'la page a {n} liens mais aucune région, aucun titre, aucun lien d’évitement ni aucun bouton pour masquer une zone : son en-tête, sa navigation et son contenu principal ne peuvent être ni atteints ni évités',
      },
    },
  },
});
