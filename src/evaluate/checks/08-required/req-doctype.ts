import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-doctype',
    decides: ['8.1.1', '8.1.2', '8.1.3'],
    scopes: [],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '8.1.1: a document type is declared; 8.1.2: it is the HTML5 doctype or a known public DTD; 8.1.3: it comes before <html>.',
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
      'unknown-public': {
        en: 'unknown public identifier "{public}"',
        fr: 'identifiant public « {public} » inconnu',
      },
    },
  },
});
