import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-doctype',
    decides: ['8.1.1', '8.1.2', '8.1.3'],
    scopes: [],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '8.1.1: a document type is declared; 8.1.2: it is the HTML5 doctype or a public DTD of the W3C list with its own system identifier (a misspelt one, or a page in quirks mode under a bare html doctype, is a doubt); 8.1.3: it comes before <html>.',
    messages: {
      missing: {
        en: 'No document type declaration (such as <!DOCTYPE html>) before <html>.',
        fr: 'Pas de déclaration de type de document (comme <!DOCTYPE html>) avant <html>.',
      },
      'missing-quirks': {
        en: 'No document type declaration (such as <!DOCTYPE html>) before <html>: the page renders in quirks mode.',
        fr: 'Pas de déclaration de type de document (comme <!DOCTYPE html>) avant <html> : la page s’affiche en mode de compatibilité (quirks).',
      },
      'after-html': {
        en: 'The document type declaration {doctype} comes after <html>.',
        fr: 'La déclaration de type de document {doctype} vient après <html>.',
      },
      invalid: {
        en: 'Invalid document type {doctype}: {problem}.',
        fr: 'Type de document {doctype} invalide : {problem}.',
      },
      'name-not-html': {
        en: 'document type name "{name}" is not "html"',
        fr: 'le nom de type de document « {name} » n’est pas « html »',
      },
      doubtful: {
        en: 'Document type {doctype}: {doubt}; check it is a valid document type.',
        fr: 'Type de document {doctype} : {doubt} ; vérifier que c’est un type de document valide.',
      },
      'system-only': {
        en: 'system identifier "{system}" without a public identifier',
        fr: 'identifiant système « {system} » sans identifiant public',
      },
      quirks: {
        en: 'the page renders in quirks mode, which <!DOCTYPE html> never causes: the declaration in the source is malformed',
        fr: 'la page s’affiche en mode de compatibilité (quirks), ce que <!DOCTYPE html> ne provoque jamais : la déclaration du code source est mal formée',
      },
      'no-system': {
        en: '"{public}" without its system identifier ({system})',
        fr: '« {public} » sans son identifiant système ({system})',
      },
      'wrong-system': {
        en: 'system identifier "{system}" is not the one of "{public}" ({expected})',
        fr: 'l’identifiant système « {system} » n’est pas celui de « {public} » ({expected})',
      },
      'unknown-public': {
        en: 'unknown public identifier "{public}"',
        fr: 'identifiant public « {public} » inconnu',
      },
    },
  },
});
