/** autocomplete read as the HTML standard's autofill processing model reads it (11.13.1, issue 13). */
import { describe, it, expect } from 'vitest';
import { autofillField } from '../../src/evaluate/checks/lib/autocomplete.page.js';

describe('autofillField', () => {
  it.each([
    ['email', 'email'],
    ['current-password webauthn', 'current-password'],
    ['username webauthn', 'username'],
    ['  Section-Login   SHIPPING work email ', 'email'],
    ['section- billing postal-code', 'postal-code'],
    ['billing street-address', 'street-address'],
    ['home tel', 'tel'],
    ['shipping fax tel-national', 'tel-national'],
  ])('%j gives the field name %s', (value, field) => {
    expect(autofillField(value)).toEqual({ field });
  });

  it.each([
    ['emial', /not a field name/],
    ['webauthn', /must follow a field name/],
    ['work given-name', /"work" is not allowed before "given-name"/], // hints go with contact fields only
    ['shipping section-a email', /"shipping" is not allowed/], // the section comes first
    ['home home tel', /"home" is not allowed/],
    ['off email', /not allowed|only token/],
    ['email off', /"off" must be the only token/],
  ])('%j is invalid', (value, why) => {
    const r = autofillField(value);
    expect(r && 'invalid' in r ? r.invalid : r).toMatch(why);
  });

  it('tells on/off and an absent value from a field name', () => {
    expect(autofillField('off')).toEqual({ mode: 'off' });
    expect(autofillField('ON')).toEqual({ mode: 'on' });
    expect(autofillField(null)).toBeNull();
    expect(autofillField(' \t')).toBeNull();
  });
});
