import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-lang-default',
    decides: ['8.3.1'],
    scopes: [],
    returns: ['NC', 'C', 'review'],
    needs: ['dom'],
    description:
      '8.3.1: a default language is given by lang or xml:lang on <html>, or else on every element holding text or one of its parents.',
    messages: {
      'no-lang': {
        en: 'No default language: <html> has no lang attribute.',
        fr: 'Pas de langue par défaut : <html> n’a pas d’attribut lang.',
      },
      'no-lang-text': {
        en: 'No default language: <html> has no lang attribute and the text "{text}" has no lang on it or on a parent.',
        fr: 'Pas de langue par défaut : <html> n’a pas d’attribut lang et le texte « {text} » n’a pas de lang, ni sur lui ni sur un parent.',
      },
      'empty-lang-text': {
        en: 'No default language: <html> has no lang attribute value and the text "{text}" has no lang on it or on a parent.',
        fr: 'Pas de langue par défaut : l’attribut lang de <html> n’a pas de valeur et le texte « {text} » n’a pas de lang, ni sur lui ni sur un parent.',
      },
      'head-without-lang': {
        en: '<html> has no lang attribute; the body text has a language on its elements, but the page title and other head content have none: check the default language is given.',
        fr: '<html> n’a pas d’attribut lang ; le texte du corps a une langue sur ses éléments, mais le titre de la page et le reste de l’en-tête n’en ont pas : vérifier que la langue par défaut est indiquée.',
      },
    },
  },
});
