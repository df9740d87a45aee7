import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'link-explicit',
    decides: ['6.1.1', '6.1.2', '6.1.3', '6.1.4', '6.1.5'],
    scopes: [],
    returns: ['NA', 'review'],
    needs: ['dom'],
    description:
      '6.1.1–6.1.5: sorts links into text, image, composite and SVG links (scope of each test) and lists for a human those whose name cannot be explicit on its own ("en savoir plus", "ici", a file name or a URL): their context must tell the destination.',
    messages: {
      generic: {
        en: 'Link name "{name}" is not explicit on its own: check that its context tells the destination.',
        fr: 'L’intitulé de lien « {name} » n’est pas explicite seul : vérifier que son contexte indique la destination.',
      },
      'file-name': {
        en: 'Link name is a file name ("{name}"): check that it or its context tells the destination.',
        fr: 'L’intitulé de lien est un nom de fichier (« {name} ») : vérifier que lui ou son contexte indique la destination.',
      },
      url: {
        en: 'Link name is a URL ("{name}"): check that it or its context tells the destination.',
        fr: 'L’intitulé de lien est une adresse (« {name} ») : vérifier que lui ou son contexte indique la destination.',
      },
      'file-name-or-url': {
        en: 'Link name is a file name or URL ("{name}"): check that it or its context tells the destination.',
        fr: 'L’intitulé de lien est un nom de fichier ou une adresse (« {name} ») : vérifier que lui ou son contexte indique la destination.',
      },
    },
  },
});
