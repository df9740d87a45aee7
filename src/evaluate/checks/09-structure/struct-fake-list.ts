import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'struct-fake-list',
    decides: ['9.3.1', '9.3.2'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '9.3.1: lines or sibling paragraphs starting with the same bullet glyph (•, ▪, ●…) are an unordered list not marked up as one; with a dash, an asterisk or a middle dot (also dialogue lines, footnotes) they are listed for a human; 9.3.2: lines numbered 1., 2.… in one block fail, numbered sibling paragraphs are listed for a human.',
    messages: {
      'br-bullets': {
        en: '{n} lines start with "{mark}" and are separated by <br>: an unordered list that is not marked up with <ul>/<li>.',
        fr: '{n} lignes commencent par « {mark} » et sont séparées par des <br> : une liste non ordonnée qui n’est pas structurée avec <ul>/<li>.',
      },
      'br-marks': {
        en: '{n} lines start with "{mark}" and are separated by <br>: check whether they form a list (<ul>/<li>).',
        fr: '{n} lignes commencent par « {mark} » et sont séparées par des <br> : vérifier si elles forment une liste (<ul>/<li>).',
      },
      'br-numbers': {
        en: 'Lines numbered 1., 2.… separated by <br>: an ordered list that is not marked up with <ol>/<li>.',
        fr: 'Lignes numérotées 1., 2.… séparées par des <br> : une liste ordonnée qui n’est pas structurée avec <ol>/<li>.',
      },
      'p-bullets': {
        en: '{n} consecutive paragraphs start with "{mark}": an unordered list that is not marked up with <ul>/<li>.',
        fr: '{n} paragraphes consécutifs commencent par « {mark} » : une liste non ordonnée qui n’est pas structurée avec <ul>/<li>.',
      },
      'p-marks': {
        en: '{n} consecutive paragraphs start with "{mark}": check whether they form a list (<ul>/<li>).',
        fr: '{n} paragraphes consécutifs commencent par « {mark} » : vérifier s’ils forment une liste (<ul>/<li>).',
      },
      'p-numbers': {
        en: '{n} consecutive paragraphs numbered 1, 2…: check whether they form an ordered list (<ol>/<li>).',
        fr: '{n} paragraphes consécutifs numérotés 1, 2… : vérifier s’ils forment une liste ordonnée (<ol>/<li>).',
      },
    },
  },
});
