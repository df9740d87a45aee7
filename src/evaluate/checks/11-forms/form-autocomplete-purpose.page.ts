import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';
import { autofillField } from '../lib/autocomplete.page.js';

/** In the page: see ./form-autocomplete-purpose.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
  const PURPOSES: [string, RegExp, RegExp][] = [
    ['email', /\be-?mail\b|courriel|\bmel\b|adresse electronique|adresse mail/, /^(email|username)$/],
    ['username', /identifiant|nom d'utilisateur|username|\blogin\b|pseudo/, /^(username|email|nickname)$/],
    ['tel', /\btel\b|telephone|phone|portable|\bmobile\b|\bgsm\b/, /^tel/],
    ['given-name', /\bprenoms?\b|first ?name|given ?name|forename/, /name$/],
    ['bday', /date de naissance|\bnaissance\b|birth ?date|date of birth|\bbday\b|\bdob\b/, /^bday/],
    ['postal-code', /code postal|postal ?code|post ?code|\bzip\b|\bcp\b/, /^postal-code$/],
    ['address-level2', /^(ville|commune|localite|city|town)\b/, /^address-level[1-4]$/],
    ['country', /^(pays|country)\b/, /^country/],
    ['street-address', /^(adresse|address|rue|street|numero et (nom de )?voie|voie)\b(?!.*(e-?mail|electronique|courriel|mail|ip\b|web|site))/, /^(street-address|address-line[1-3])$/],
    [
      'family-name',
      /\bnom de famille\b|\bnom d'usage\b|\bnom de naissance\b|last ?name|family ?name|surname|^(votre )?nom\b(?!.*\b(entreprise|societe|structure|organisme|etablissement|association|commune|ville|projet|fichier|produit|rue|voie|service|site|domaine|utilisateur|document|dossier|collectivite|employeur)\b)/,
      /name$/,
    ],
  ];
  const OTHER = /\b(ami|amie|destinataire|recipient|friend|beneficiaire|enfant|conjoint|parrain|contact d'urgence|autre personne|tiers|representant|mandataire|employeur|proprietaire|bailleur|tuteur|medecin|parent|pere|mere|someone|other person|de la personne|du demandeur)\b/;
  const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=reset]):not([type=button]):not([type=image]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=range]):not([type=color]), select, textarea';
  for (const f of h.all(FIELDS).slice(0, 300)) {
    const input = f as HTMLInputElement;
    if (input.disabled || input.readOnly || !h.visible(f)) continue;
    const type = (input.type || '').toLowerCase();
    if (type === 'search' || f.closest('[role=search], search')) continue;
    const labels = Array.from(input.labels || []).map((l) => l.textContent || '').join(' ');
    const labelText = plain(`${labels} ${f.getAttribute('aria-label') || ''} ${input.placeholder || ''} ${f.getAttribute('title') || ''}`);
    const attrText = plain(`${f.getAttribute('name') || ''} ${f.id || ''}`.replace(/[_\-[\]]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2'));
    let purpose = '';
    let fit: RegExp | null = null;
    if (type === 'email') [purpose, fit] = ['email', /^(email|username)$/];
    else if (type === 'tel') [purpose, fit] = ['tel', /^tel/];
    else if (type === 'password') [purpose, fit] = ['password', /^(current-password|new-password|one-time-code)$/];
    else {
      for (const [p, re, ok] of PURPOSES) {
        if (re.test(labelText)) {
          [purpose, fit] = [p, ok];
          break;
        }
      }
      if (!purpose)
        for (const [p, re, ok] of PURPOSES) {
          if (re.test(attrText)) {
            [purpose, fit] = [p, ok];
            break;
          }
        }
    }
    if (!purpose) continue;
    r.applicable++;
    // Read as the HTML standard reads it: "current-password webauthn" names current-password.
    const autofill = autofillField(f.getAttribute('autocomplete'));
    const field = autofill && 'field' in autofill ? autofill.field : '';
    const context = plain(`${labels} ${f.closest('fieldset')?.querySelector('legend')?.textContent || ''}`);
    // A search or filter form asks for what to look for, not for the user's own data.
    const form = input.form;
    const searchForm =
      !!form &&
      (/recherch|search|filtr/i.test(form.getAttribute('action') || '') ||
        Array.from(form.querySelectorAll('button, input[type=submit]')).some((b) => /recherch|search|filtr|trouver/i.test(`${b.textContent || ''} ${(b as HTMLInputElement).value || ''}`)));
    const someoneElse = OTHER.test(context) || searchForm;
    if (field) {
      if (fit && !fit.test(field) && r.doubts.length < h.max) r.doubts.push(h.node(f, 'token-mismatch', { field, purpose }));
      continue;
    }
    const what = autofill ? { id: 'invalid-token', params: { value: f.getAttribute('autocomplete') || '' } } : { id: 'no-attribute' };
    // Never NC: whether a field asks for information about the user (11.13.1) is a guess from its
    // type and label; an e-mail or phone field may ask for someone else's.
    if (r.doubts.length < h.max) r.doubts.push(h.node(f, searchForm ? 'may-ask-search' : someoneElse ? 'may-ask-other' : 'may-ask', { purpose, what }));
  }
  return r;
}
