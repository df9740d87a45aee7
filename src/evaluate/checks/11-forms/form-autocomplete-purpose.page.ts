import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./form-autocomplete-purpose.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  const TOKENS = new Set(
    'name honorific-prefix given-name additional-name family-name honorific-suffix nickname username new-password current-password one-time-code organization-title organization street-address address-line1 address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 country country-name postal-code cc-name cc-given-name cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type transaction-currency transaction-amount language bday bday-day bday-month bday-year sex url photo tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix tel-local-suffix tel-extension email impp'.split(
      ' ',
    ),
  );
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
    let strong = false;
    if (type === 'email') [purpose, fit, strong] = ['email', /^(email|username)$/, true];
    else if (type === 'tel') [purpose, fit, strong] = ['tel', /^tel/, true];
    else if (type === 'password') [purpose, fit, strong] = ['password', /^(current-password|new-password|one-time-code)$/, true];
    else {
      for (const [p, re, ok] of PURPOSES) {
        if (re.test(labelText)) {
          [purpose, fit, strong] = [p, ok, true];
          break;
        }
      }
      if (!purpose)
        for (const [p, re, ok] of PURPOSES) {
          if (re.test(attrText)) {
            [purpose, fit, strong] = [p, ok, false];
            break;
          }
        }
    }
    if (!purpose) continue;
    r.applicable++;
    const tokens = plain(f.getAttribute('autocomplete') || '').split(' ').filter(Boolean);
    const field = tokens.length ? tokens[tokens.length - 1] : '';
    const context = plain(`${labels} ${f.closest('fieldset')?.querySelector('legend')?.textContent || ''}`);
    // A search or filter form asks for what to look for, not for the user's own data.
    const form = input.form;
    const searchForm =
      !!form &&
      (/recherch|search|filtr/i.test(form.getAttribute('action') || '') ||
        Array.from(form.querySelectorAll('button, input[type=submit]')).some((b) => /recherch|search|filtr|trouver/i.test(`${b.textContent || ''} ${(b as HTMLInputElement).value || ''}`)));
    const someoneElse = OTHER.test(context) || searchForm;
    if (TOKENS.has(field)) {
      if (fit && !fit.test(field) && r.doubts.length < h.max) r.doubts.push(h.node(f, 'token-mismatch', { field, purpose }));
      continue;
    }
    const what = field ? { id: 'invalid-token', params: { value: f.getAttribute('autocomplete') || '' } } : { id: 'no-attribute' };
    if (strong && !someoneElse) {
      if (r.failures.length < h.max) r.failures.push(h.node(f, 'asks', { purpose, what }));
    } else if (r.doubts.length < h.max) {
      r.doubts.push(h.node(f, searchForm ? 'may-ask-search' : someoneElse ? 'may-ask-other' : 'may-ask', { purpose, what }));
    }
  }
  return r;
}
