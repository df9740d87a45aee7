import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'consult-office-docs',
    decides: [],
    scopes: ['13.3', '13.4'],
    returns: ['NA', 'review'],
    needs: ['dom'],
    description:
      '13.3 / 13.4 scope: links to office documents (pdf, doc(x), odt, rtf, xls(x), ods, ppt(x), pps(x), odp, odg, epub) by URL path, query string, type or download attribute, or a link text naming the format (« PDF, 2 Mo »). Each one is listed for a human (the document itself is not opened).',
    messages: {
      'office-document': {
        en: 'office document ({why}): check that it is accessible or has an accessible version',
        fr: 'document bureautique ({why}) : vérifier qu’il est accessible ou qu’il a une version accessible',
      },
      'url-ends': {
        en: 'its URL ends with {ext}',
        fr: 'son adresse se termine par {ext}',
      },
      'query-names': {
        en: 'its query string names an office file',
        fr: 'les paramètres de son adresse nomment un fichier bureautique',
      },
      'type-is': {
        en: 'its type is {type}',
        fr: 'son type est {type}',
      },
      downloads: {
        en: 'it downloads {file}',
        fr: 'il télécharge {file}',
      },
      'text-announces': {
        en: 'its text announces a document to download',
        fr: 'son texte annonce un document à télécharger',
      },
    },
  },
});
