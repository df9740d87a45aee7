import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-text-spacing',
    decides: ['10.12.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '10.12.1: apply the WCAG text-spacing values (line-height 1.5, paragraph spacing 2em, letter-spacing 0.12em, word-spacing 0.16em) with an injected style, then look for containers with overflow hidden/clip that did not overflow before and now cut text off: NC when a line of text is proven to lie beyond the bottom edge of the clipping box, a doubt for horizontal truncation or unclear cases. The style is removed after (transitions disabled meanwhile).',
    messages: {
      'cut-off': {
        en: 'with increased text spacing, text is cut off at the bottom of this box (fixed height {height}px, overflow {overflow})',
        fr: 'avec l’espacement du texte augmenté, le texte est coupé en bas de cette boîte (hauteur fixe {height}px, overflow {overflow})',
      },
      'clipped-vertically': {
        en: 'with increased text spacing, the content of this box overflows it and is clipped vertically (overflow hidden): check that no text is lost',
        fr: 'avec l’espacement du texte augmenté, le contenu de cette boîte déborde et il est rogné verticalement (overflow hidden) : vérifier qu’aucun texte n’est perdu',
      },
      'truncated-horizontally': {
        en: 'with increased text spacing, the content of this box overflows it and is truncated horizontally (overflow hidden): check that no text is lost',
        fr: 'avec l’espacement du texte augmenté, le contenu de cette boîte déborde et il est tronqué horizontalement (overflow hidden) : vérifier qu’aucun texte n’est perdu',
      },
    },
  },
});
