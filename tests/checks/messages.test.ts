/**
 * Check messages are ids with parameters (src/model/message.ts): every check's meta holds each
 * message in English and in French with the same placeholders, renderMessage refuses what a meta
 * does not declare, and the harness (tests/checks/contract.ts, run on every fixture by the theme
 * tests and the snapshot) flags an element whose message id or parameters its meta cannot render.
 */
import { describe, it, expect } from 'vitest';
import { CHECKS } from '../../src/evaluate/checks/registry.js';
import { defineCheck } from '../../src/evaluate/checks/define.js';
import { placeholders, renderMessage, fragmentIds, type MessageCatalogue } from '../../src/model/message.js';
import type { RawPage } from '../../src/gather/inpage.js';
import { contractBreaches, messageBreach } from './contract.js';

const CAT: MessageCatalogue = {
  found: { en: 'Found {n} {n|field|fields} ({where}).', fr: '{n} {n|champ trouvé|champs trouvés} ({where}).' },
  left: { en: 'on its left', fr: 'à sa gauche' },
  named: { en: 'named "{name}"', fr: 'nommé « {name} »' },
  list: { en: 'Carries {items}.', fr: 'Porte {items}.' },
};

describe('renderMessage', () => {
  it('fills placeholders, picks the plural form per language (French 0 and 1 are singular), renders fragments and lists', () => {
    expect(renderMessage(CAT, { id: 'found', params: { n: 1, where: { id: 'left' } } }, 'en')).toBe('Found 1 field (on its left).');
    expect(renderMessage(CAT, { id: 'found', params: { n: 0, where: { id: 'left' } } }, 'en')).toBe('Found 0 fields (on its left).');
    expect(renderMessage(CAT, { id: 'found', params: { n: 0, where: { id: 'left' } } }, 'fr')).toBe('0 champ trouvé (à sa gauche).');
    expect(renderMessage(CAT, { id: 'found', params: { n: 3, where: 'x' } }, 'fr')).toBe('3 champs trouvés (x).');
    expect(renderMessage(CAT, { id: 'list', params: { items: ['aria-label', { id: 'named', params: { name: 'Logo' } }] } }, 'fr')).toBe('Porte aria-label, nommé « Logo ».');
  });

  it('throws on an id the catalogue lacks, at the top or in a fragment, and on a placeholder without its parameter', () => {
    expect(() => renderMessage(CAT, { id: 'nope' }, 'en')).toThrow(/no message "nope"/);
    expect(() => renderMessage(CAT, { id: 'toString' }, 'en')).toThrow(/no message "toString"/);
    expect(() => renderMessage(CAT, { id: 'found', params: { n: 2, where: { id: 'right' } } }, 'en')).toThrow(/no message "right"/);
    expect(() => renderMessage(CAT, { id: 'found', params: { n: 2 } }, 'fr')).toThrow(/message "found": no value for \{where\}/);
    expect(() => renderMessage(CAT, { id: 'named' }, 'en')).toThrow(/no value for \{name\}/);
  });

  it('placeholders lists each parameter once, plural forms included; fragmentIds finds nested fragments', () => {
    expect(placeholders(CAT.found.en)).toEqual(['n', 'where']);
    expect(placeholders(CAT.found.fr)).toEqual(['n', 'where']);
    expect(fragmentIds({ a: 'x', b: [{ id: 'named', params: { name: 'y' } }, { id: 'found', params: { where: { id: 'left' } } }] })).toEqual(['named', 'found', 'left']);
  });
});

describe('the checks’ messages', () => {
  it('every check that lists elements has messages, each in English and in French, with the same placeholders', () => {
    for (const c of CHECKS) {
      const entries = Object.entries(c.meta.messages);
      // A check that can list elements (NC, review) has something to say about them.
      if (c.meta.returns.some((r) => r === 'NC' || r === 'review')) expect(entries.length, `${c.meta.id}: no messages`).toBeGreaterThan(0);
      for (const [id, t] of entries) {
        expect(t.en.trim(), `${c.meta.id} ${id} en`).not.toBe('');
        expect(t.fr.trim(), `${c.meta.id} ${id} fr`).not.toBe('');
        expect(placeholders(t.fr), `${c.meta.id} ${id}: placeholders`).toEqual(placeholders(t.en));
        // A French template is French: not the English one copied.
        if (/[a-z]{4,}/i.test(t.en) && t.en.length > 20) expect(t.fr, `${c.meta.id} ${id}: French = English`).not.toBe(t.en);
      }
    }
  });

  it('defineCheck refuses a message without French or with other placeholders in French', () => {
    const base = { id: 'x', decides: ['1.1.1'], scopes: [], returns: ['NC' as const], needs: ['dom' as const], description: 'x' };
    expect(() => defineCheck({ meta: { ...base, messages: { a: { en: 'A {b}', fr: '' } } } })).toThrow(/English and a French template/);
    expect(() => defineCheck({ meta: { ...base, messages: { a: { en: 'A {b}', fr: 'A {c}' } } } })).toThrow(/different parameters/);
    expect(() => defineCheck({ meta: { ...base, messages: { A_b: { en: 'A', fr: 'A' } } } })).toThrow(/kebab-case/);
  });

  it('the fixture harness flags an element whose message id its meta lacks or whose parameters are missing', () => {
    const messages = CHECKS.find((c) => c.meta.id === 'img-svg')!.meta.messages;
    expect(messageBreach(messages, { selector: 's', snippet: '<svg>', messageId: 'other-role', params: { role: 'group' } })).toBeNull();
    expect(messageBreach(messages, { selector: 's', snippet: '<svg>', messageId: 'no-such-message' })).toMatch(/no message "no-such-message"/);
    expect(messageBreach(messages, { selector: 's', snippet: '<svg>', messageId: 'other-role' })).toMatch(/no value for \{role\}/);
    expect(messageBreach(messages, { selector: 's', snippet: '<svg>', messageId: 'informative-no-role', params: { why: { id: 'with-nothing' } } })).toMatch(/no message "with-nothing"/);
    const raw = (failures: unknown[]): RawPage =>
      ({ axe: { violations: {}, incomplete: {} }, scopes: {}, checks: { 'img-svg': { applicable: 1, failures, doubts: [] } }, facts: {}, errors: [], timings: {} }) as unknown as RawPage;
    expect(contractBreaches(raw([{ selector: 's', snippet: '<svg>', messageId: 'neither-hidden-nor-image' }]))).toEqual([]);
    expect(contractBreaches(raw([{ selector: 's', snippet: '<svg>', messageId: 'typo' }]))).toEqual(['img-svg: no message "typo" (en) in its meta']);
    expect(contractBreaches(raw([{ selector: 's', snippet: '<svg>', message: 'free text' }]))[0]).toMatch(/^img-svg: an element without a message id/);
  });
});
