import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-alt-relevance',
    decides: ['1.3.1', '1.3.2', '1.3.3', '1.3.9'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.3.1–1.3.3, 1.3.9: text alternatives that cannot be relevant (a file name, a URL, a placeholder such as "image", "null" or "undefined"); alternatives over 80 characters are listed for a human (1.3.9). Images that are the only content of a link or button are left to the Links and Forms themes.',
    messages: {
      irrelevant: {
        en: 'Text alternative "{alt}" {why}: it cannot describe the image (if decorative, the image needs alt="" instead).',
        fr: 'L’alternative textuelle « {alt} » {why} : elle ne peut pas décrire l’image (si l’image est décorative, il lui faut alt="" à la place).',
      },
      'is-file': {
        en: 'is a file name',
        fr: 'est un nom de fichier',
      },
      'is-url': {
        en: 'is a URL',
        fr: 'est une adresse (URL)',
      },
      'is-placeholder': {
        en: 'is a placeholder',
        fr: 'est un texte de remplissage',
      },
      'repeats-file-name': {
        en: 'repeats the image file name',
        fr: 'reprend le nom du fichier de l’image',
      },
      'too-long': {
        en: 'Text alternative of {n} characters: the RGAA strongly recommends at most 80; check it is short and concise.',
        fr: 'Alternative textuelle de {n} caractères : le RGAA recommande fortement 80 au plus ; vérifier qu’elle est courte et concise.',
      },
    },
  },
});
