import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-figure-caption',
    decides: ['1.9.1', '1.9.2', '1.9.3', '1.9.4', '1.9.5'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.9.1–1.9.5: an image with a caption (inside <figure> with <figcaption>) needs role="figure" or role="group" on the <figure> and an aria-label identical to the caption.',
    messages: {
      'captioned-problem': {
        en: 'Captioned image: {problem}.',
        fr: 'Image légendée : {problem}.',
      },
      'captioned-problems': {
        en: 'Captioned image: {problem}; {other}.',
        fr: 'Image légendée : {problem} ; {other}.',
      },
      'no-role': {
        en: 'the <figure> has no role="figure" or role="group"',
        fr: 'la <figure> n’a pas de role="figure" ou role="group"',
      },
      labelledby: {
        en: 'the <figure> uses aria-labelledby instead of an aria-label repeating the caption (not supported enough, RGAA technical note)',
        fr: 'la <figure> utilise aria-labelledby au lieu d’un aria-label qui reprend la légende (pas assez restitué, note technique du RGAA)',
      },
      'no-label': {
        en: 'the <figure> has no aria-label repeating the caption',
        fr: 'la <figure> n’a pas d’aria-label qui reprend la légende',
      },
      'label-differs': {
        en: 'Captioned image: the <figure> aria-label ("{label}") differs from the <figcaption> text ("{caption}"); the RGAA asks for the same content.',
        fr: 'Image légendée : l’aria-label de la <figure> (« {label} ») diffère du texte de la <figcaption> (« {caption} ») ; le RGAA demande le même contenu.',
      },
    },
  },
});
