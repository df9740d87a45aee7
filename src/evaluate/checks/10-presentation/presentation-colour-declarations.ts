import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-colour-declarations',
    decides: ['10.5.1', '10.5.3'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '10.5.1 / 10.5.3: text whose colour is set by the author (computed colour other than the browser defaults) while neither its element nor any ancestor declares a background colour or image → NC 10.5.1 (the user’s default background may make it unreadable). Text over a CSS background image with no background colour declared up the tree: NC 10.5.3 when the text colour would be unreadable on the default white background (contrast < 3:1), a doubt when it is between 3 and 4.5:1. Pages declaring a dark colour-scheme are left to a human.',
    messages: {
      'color-scheme': {
        en: 'the page declares color-scheme: {scheme}: check colour and background declarations by hand',
        fr: 'la page déclare color-scheme: {scheme} : vérifier à la main les déclarations de couleur et de fond',
      },
      'colour-without-background': {
        en: 'text colour {color} is declared but no background colour is declared on this element or any ancestor',
        fr: 'la couleur de texte {color} est déclarée mais aucune couleur de fond n’est déclarée sur cet élément ni sur un ancêtre',
      },
      'image-without-colour': {
        en: 'text over a background image with no background colour declared: without the image, its colour {color} on the default white background has a contrast of {ratio}:1',
        fr: 'texte sur une image de fond sans couleur de fond déclarée : sans l’image, sa couleur {color} sur le fond blanc par défaut a un contraste de {ratio}:1',
      },
      'image-without-colour-check': {
        en: 'text over a background image with no background colour declared: check that it stays readable without the image',
        fr: 'texte sur une image de fond sans couleur de fond déclarée : vérifier qu’il reste lisible sans l’image',
      },
    },
  },
});
