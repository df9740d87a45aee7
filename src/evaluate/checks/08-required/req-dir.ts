import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-dir',
    decides: ['8.10.1', '8.10.2'],
    scopes: ['8.10'],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '8.10.1: text in a right-to-left script (Arabic, Hebrew…) in a left-to-right page sits in an element with a dir attribute (several words without one fail, a single word is listed for a human); 8.10.2: dir values are "rtl" or "ltr" (another value fails, "auto" is listed for a human) and relevant (a passage declared rtl holds right-to-left text and no left-to-right letters, and the reverse; otherwise listed). Every passage marked and every dir relevant → C. Scope of 8.10.',
    messages: {
      'invalid-dir': {
        en: 'Invalid dir="{dir}": the reading direction must be "rtl" or "ltr".',
        fr: 'dir="{dir}" invalide : le sens de lecture doit être "rtl" ou "ltr".',
      },
      'dir-beyond-cap': {
        en: '{n} more dir attributes than the 1,000 examined: check the others.',
        fr: '{n} attributs dir de plus que les 1 000 examinés : vérifier les autres.',
      },
      'dir-auto': {
        en: 'dir="auto" lets the browser guess: 8.10.2 asks for "rtl" or "ltr" where the direction changes; check this passage.',
        fr: 'dir="auto" laisse le navigateur deviner : le test 8.10.2 demande "rtl" ou "ltr" là où le sens change ; vérifier ce passage.',
      },
      'dir-irrelevant': {
        en: 'dir="{dir}" on a passage that is not only text written in that direction: check that the direction is relevant.',
        fr: 'dir="{dir}" sur un passage qui n’est pas seulement du texte écrit dans ce sens : vérifier que le sens indiqué est pertinent.',
      },
      'rtl-page': {
        en: 'right-to-left page: check that passages written left to right are marked with dir="ltr".',
        fr: 'page écrite de droite à gauche : vérifier que les passages écrits de gauche à droite sont marqués par dir="ltr".',
      },
      'rtl-in-other-dir': {
        en: 'right-to-left text inside dir="{dir}": check its reading direction.',
        fr: 'texte écrit de droite à gauche dans dir="{dir}" : vérifier son sens de lecture.',
      },
      'rtl-beyond-cap': {
        en: 'more right-to-left passages than the 200 examined: check the others.',
        fr: 'plus de passages écrits de droite à gauche que les 200 examinés : vérifier les autres.',
      },
      'text-beyond-cap': {
        en: 'more text than examined (30,000 text nodes): check the rest for right-to-left passages.',
        fr: 'plus de texte qu’examiné (30 000 nœuds de texte) : chercher dans le reste des passages écrits de droite à gauche.',
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
