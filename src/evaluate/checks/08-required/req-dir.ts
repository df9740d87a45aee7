import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-dir',
    decides: ['8.10.1', '8.10.2'],
    scopes: ['8.10'],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '8.10.1: text in a right-to-left script (Arabic, Hebrew…) in a left-to-right page sits in an element with a dir attribute (several words without one fail, a single word is listed for a human); 8.10.2: dir values are "rtl", "ltr" (or "auto"). Scope of 8.10.',
    messages: {
      'invalid-dir': {
        en: 'Invalid dir="{dir}": the reading direction must be "rtl" or "ltr".',
        fr: 'dir="{dir}" invalide : le sens de lecture doit être "rtl" ou "ltr".',
      },
      'rtl-text': {
        en: 'Right-to-left text ("{sample}") in a left-to-right page without a dir attribute on its element or a parent.',
        fr: 'Texte écrit de droite à gauche (« {sample} ») dans une page de gauche à droite, sans attribut dir sur son élément ou un parent.',
      },
      'rtl-word': {
        en: 'Right-to-left word ("{sample}") without a dir attribute: check whether its reading direction needs marking.',
        fr: 'Mot écrit de droite à gauche (« {sample} ») sans attribut dir : vérifier si son sens de lecture doit être indiqué.',
      },
    },
  },
});
