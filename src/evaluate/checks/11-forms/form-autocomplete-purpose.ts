import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-autocomplete-purpose',
    decides: ['11.13.1'],
    scopes: [],
    returns: ['review'],
    needs: ['dom'],
    description:
      '11.13.1: fields asking for information about the user need an autocomplete attribute holding a valid field name (WCAG / HTML list). Heuristic for « about the user »: type=email, type=tel or type=password; or a label (or aria-label/placeholder) saying e-mail/courriel, téléphone/portable, prénom, nom (not of a company, town, file…), nom d’utilisateur/identifiant, adresse (not e-mail), code postal, ville/commune, pays, date de naissance. Such a field without a valid field name (missing, on, off, or not valid as the HTML standard reads autocomplete: section-*, shipping/billing, home/work/mobile/fax/pager, the field name, webauthn) → a doubt, never NC: whose information a field asks for is a guess (a label speaking of someone else, a search form are said so). A valid token that does not fit (an email field with autocomplete="tel") → doubt. Read-only and disabled fields are skipped.',
    messages: {
      'token-mismatch': {
        en: 'autocomplete="{field}" on a field that looks like {purpose}: check that the value fits',
        fr: 'autocomplete="{field}" sur un champ qui ressemble à {purpose} : vérifier que la valeur convient',
      },
      'may-ask': {
        en: 'this field may ask for the user\'s {purpose} and has {what}: check its purpose',
        fr: 'ce champ demande peut-être une donnée de l’utilisateur ({purpose}) et {what} : vérifier sa finalité',
      },
      'may-ask-search': {
        en: 'this field may ask for the user\'s {purpose} (in a search form) and has {what}: check its purpose',
        fr: 'ce champ demande peut-être une donnée de l’utilisateur ({purpose}, dans un formulaire de recherche) et {what} : vérifier sa finalité',
      },
      'may-ask-other': {
        en: 'this field may ask for the user\'s {purpose} (or someone else’s) and has {what}: check its purpose',
        fr: 'ce champ demande peut-être une donnée de l’utilisateur ({purpose}, ou d’une autre personne) et {what} : vérifier sa finalité',
      },
      'invalid-token': {
        en: 'autocomplete="{value}" is not a valid field name',
        fr: 'autocomplete="{value}" n’est pas un nom de champ valide',
      },
      'no-attribute': {
        en: 'no autocomplete attribute',
        fr: 'n’a pas d’attribut autocomplete',
      },
    },
  },
});
