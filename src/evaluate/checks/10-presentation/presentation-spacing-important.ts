import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-spacing-important',
    decides: ['10.12.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '10.12.1: spacing the user cannot redefine. A style attribute declaring letter-spacing, word-spacing or line-height !important wins over any author style, which is what the methodology’s style changes, bookmarklets and most browser extensions add: NC when its value is below the test’s (letter 0.12, word 0.16, line 1.5 times the font size) on visible text of its own (for line-height, text on more than one line), as ACT rules 24afc2, 9e45ec and 78fd32 say (assumed: the page offers no spacing setting of its own). The same !important in a style sheet is a doubt: a more specific user style can still override it.',
    messages: {
      'inline-important': {
        en: '{prop}: {value} !important in the style attribute ({factor} times the font size, below {min}): users cannot increase it (it wins over any author style, the methodology’s included).',
        fr: '{prop} : {value} !important dans l’attribut style ({factor} fois la taille de police, moins de {min}) : l’utilisateur ne peut pas l’augmenter (il l’emporte sur tout style d’auteur, celui de la méthodologie compris).',
      },
      'sheet-important': {
        en: '{prop}: {value} !important in a style sheet (rule "{rule}", {factor} times the font size): check that the text spacing can still be increased (a style added by the user loses to it unless more specific).',
        fr: '{prop} : {value} !important dans une feuille de style (règle « {rule} », {factor} fois la taille de police) : vérifier que l’espacement du texte peut encore être augmenté (un style ajouté par l’utilisateur perd face à lui, sauf s’il est plus spécifique).',
      },
    },
  },
});
