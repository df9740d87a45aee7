/**
 * The field name an `autocomplete` attribute gives, read as the HTML standard's autofill processing
 * model reads it (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#autofill-processing-model):
 * an optional `section-*` token, an optional `shipping` or `billing`, for contact fields an optional
 * `home`, `work`, `mobile`, `fax` or `pager`, the field name, and an optional final `webauthn`.
 * Pure: shared by the page code and the tests.
 */

/** Field names of the "Normal" category. */
const NORMAL = new Set(
  'name honorific-prefix given-name additional-name family-name honorific-suffix nickname username new-password current-password one-time-code organization-title organization street-address address-line1 address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 country country-name postal-code cc-name cc-given-name cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type transaction-currency transaction-amount language bday bday-day bday-month bday-year sex url photo'.split(' '),
);
/** Field names of the "Contact" category: they alone may follow home, work, mobile, fax or pager. */
const CONTACT = new Set('tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix tel-local-suffix tel-extension email impp'.split(' '));
const HINTS = new Set(['home', 'work', 'mobile', 'fax', 'pager']);

export type Autofill = { field: string } | { invalid: string } | { mode: 'on' | 'off' } | null;

/**
 * `null`: no attribute or only spaces; `mode`: "on" or "off" alone (no field name); `invalid`: the
 * reason the value gives no field name; `field`: the field name.
 */
export function autofillField(value: string | null): Autofill {
  const tokens = (value || '').toLowerCase().split(/[\t\n\f\r ]+/).filter(Boolean);
  if (!tokens.length) return null;
  let i = tokens.length - 1;
  if (tokens[i] === 'webauthn') {
    if (i === 0) return { invalid: '"webauthn" must follow a field name' };
    i--;
  }
  const field = tokens[i];
  if (field === 'on' || field === 'off') return tokens.length === 1 ? { mode: field } : { invalid: `"${field}" must be the only token` };
  const contact = CONTACT.has(field);
  if (!contact && !NORMAL.has(field)) return { invalid: `"${field}" is not a field name` };
  i--;
  if (i >= 0 && contact && HINTS.has(tokens[i])) i--;
  if (i >= 0 && (tokens[i] === 'shipping' || tokens[i] === 'billing')) i--;
  if (i >= 0 && tokens[i].startsWith('section-')) i--;
  if (i >= 0) return { invalid: `"${tokens[i]}" is not allowed before "${field}"` };
  return { field };
}
