import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-autocomplete-purpose',
    decides: ['11.13.1'],
    scopes: [],
    returns: ['NC', 'review'],
    needs: ['dom'],
    description:
      '11.13.1: fields asking for information about the user need an autocomplete attribute holding a valid field name (WCAG / HTML list). Heuristic for « about the user »: type=email, type=tel or type=password; or a label (or aria-label/placeholder) saying e-mail/courriel, téléphone/portable, prénom, nom (not of a company, town, file…), nom d’utilisateur/identifiant, adresse (not e-mail), code postal, ville/commune, pays, date de naissance. Strong signals (type, or the visible label) without a valid token (missing, on, off, unknown) → NC; a match on name/id only, a label speaking of someone else (ami, destinataire, bénéficiaire, enfant, conjoint, contact d’urgence…), a search field or a search/filter form → doubt. A valid token that does not fit (an email field with autocomplete="tel") → doubt. Read-only and disabled fields are skipped.',
  },
});
