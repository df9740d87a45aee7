/**
 * Theme 11 checks on their fixtures (fixtures/checks/<check-id>/): C → no failure and the mapped
 * tests are C (auto: full) or not NC; NC → NC with a finding on the faulty element; NA → NA.
 */
import { describe, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';

const rows: Row[] = [
  // form-label-present: 11.1.1 C when every field has a <label for>, aria-label, aria-labelledby or title
  { file: 'form-label-present/c', check: 'form-label-present', failures: 0, doubts: false, applicable: 3, tests: { '11.1.1': 'C', '11.1.2': 'C', '11.1.3': 'NA' }, criteria: { '11.1': 'C' } },
  { file: 'form-label-present/nt-wrapped', check: 'form-label-present', failures: 0, doubts: true, tests: { '11.1.1': 'NT' }, review: [{ test: '11.1.1', selector: 'input' }] },
  { file: 'form-label-present/nc-placeholder', check: 'form-label-present', failures: 1, doubts: false, tests: { '11.1.1': 'NC' }, criteria: { '11.1': 'NC' }, findings: [{ test: '11.1.1', selector: 'input' }] },
  { file: 'form-label-for/c', check: 'form-label-for', failures: 0, tests: { '11.1.2': 'C' } },
  { file: 'form-label-for/nc', check: 'form-label-for', tests: { '11.1.2': 'NC' }, criteria: { '11.1': 'NC' }, findings: [{ test: '11.1.2', snippet: '<label for="nom">' }] },
  { file: 'form-label-for/na', check: 'form-label-for', failures: 0, tests: { '11.1.2': 'NA' } },
  { file: 'form-label-hidden/nt', check: 'form-label-hidden', failures: 0, doubts: true, tests: { '11.1.3': 'NT' } },
  { file: 'form-label-hidden/na', check: 'form-label-hidden', failures: 0, tests: { '11.1.3': 'NA' } },
  { file: 'form-label-in-name/c', check: 'form-label-in-name', failures: 0, tests: { '11.2.5': 'NT', '11.9.2': 'NT' } },
  { file: 'form-label-in-name/nc', check: 'form-label-in-name', tests: { '11.2.5': 'NC' }, criteria: { '11.2': 'NC' }, findings: [{ test: '11.2.5', snippet: 'aria-label="Identité"' }] },
  { file: 'form-label-in-name/nc-button', check: 'form-label-in-name', tests: { '11.9.2': 'NC', '11.2.5': 'NT' }, findings: [{ test: '11.9.2', snippet: 'aria-label="Confirmer"' }] },
  { file: 'form-label-in-name/na', check: 'form-label-in-name', failures: 0, criteria: { '11.2': 'NA', '11.9': 'NA' } },
  { file: 'form-label-position/c', check: 'form-label-position', failures: 0, tests: { '11.4.2': 'NT', '11.4.3': 'NT' } },
  { file: 'form-label-position/nc', check: 'form-label-position', tests: { '11.4.2': 'NC', '11.4.3': 'NA' }, findings: [{ test: '11.4.2', snippet: 'id="nom"' }] },
  { file: 'form-label-position/nc-checkbox', check: 'form-label-position', tests: { '11.4.3': 'NC', '11.4.2': 'NA' }, findings: [{ test: '11.4.3', snippet: 'type="checkbox"' }] },
  // Near miss: boxes the page draws (appearance: none, a switch) may not be presented as checkboxes (RGAA 11.4, particular cases): doubts, not NC.
  { file: 'form-label-position/nt-custom', check: 'form-label-position', failures: 0, doubts: true, tests: { '11.4.3': 'NT' }, review: [{ test: '11.4.3', selector: '#notif' }, { test: '11.4.3', selector: '#sombre' }] },
  { file: 'form-label-position/na', check: 'form-label-position', failures: 0, criteria: { '11.4': 'NA' } },
  { file: 'form-radio-group/c', check: 'form-radio-group', failures: 0, tests: { '11.5.1': 'NT' } },
  { file: 'form-radio-group/nc', check: 'form-radio-group', tests: { '11.5.1': 'NC' }, findings: [{ test: '11.5.1', snippet: 'name="inscrit"' }] },
  { file: 'form-radio-group/na', check: 'form-radio-group', failures: 0, criteria: { '11.5': 'NA' } },
  // Near miss: the same ungrouped radios in a step not displayed yet (hidden): judged when shown, not NC now (the text field left makes 11.5 applicable: NT).
  { file: 'form-radio-group/nt-hidden', check: 'form-radio-group', failures: 0, doubts: false, tests: { '11.5.1': 'NT' } },
  { file: 'form-group-legend/c', check: 'form-group-legend', failures: 0, tests: { '11.6.1': 'C' }, criteria: { '11.6': 'C', '11.7': 'NT' } },
  { file: 'form-group-legend/nc', check: 'form-group-legend', tests: { '11.6.1': 'NC' }, findings: [{ test: '11.6.1', snippet: '<fieldset>' }] },
  { file: 'form-group-legend/na', check: 'form-group-legend', failures: 0, criteria: { '11.6': 'NA', '11.7': 'NA' } },
  { file: 'form-optgroup-label/c', check: 'form-optgroup-label', failures: 0, tests: { '11.8.2': 'C', '11.8.3': 'NT' } },
  { file: 'form-optgroup-label/nc', check: 'form-optgroup-label', tests: { '11.8.2': 'NC', '11.8.3': 'NA' }, findings: [{ test: '11.8.2', snippet: '<optgroup>' }] },
  { file: 'form-optgroup-label/na', check: 'form-optgroup-label', failures: 0, tests: { '11.8.2': 'NA', '11.8.3': 'NA' } },
  { file: 'form-required-indication/c', check: 'form-required-indication', failures: 0, tests: { '11.10.2': 'NT' } },
  { file: 'form-required-indication/nc', check: 'form-required-indication', tests: { '11.10.2': 'NC' }, findings: [{ test: '11.10.2', snippet: 'id="nom"' }] },
  { file: 'form-required-indication/na', check: 'form-required-indication', failures: 0, tests: { '11.10.2': 'NA' } },
  // Near misses: an indication drawn by CSS (a coloured dot, a background image) is for a human to
  // read, not an NC; a colon added by CSS is not an indication.
  { file: 'form-required-indication/nt-css-icon', check: 'form-required-indication', failures: 0, doubts: true, tests: { '11.10.2': 'NT' }, review: [{ test: '11.10.2', selector: '#nom' }, { test: '11.10.2', selector: '#prenom' }] },
  { file: 'form-required-indication/nc-colon', check: 'form-required-indication', failures: 1, tests: { '11.10.2': 'NC' }, findings: [{ test: '11.10.2', snippet: 'id="nom"' }] },
  { file: 'form-autocomplete-purpose/c', check: 'form-autocomplete-purpose', failures: 0, tests: { '11.13.1': 'NT' } },
  // 11.13.1 is never NC: whose information a field asks for is a guess (issue 13).
  { file: 'form-autocomplete-purpose/nt-email', check: 'form-autocomplete-purpose', failures: 0, doubts: true, tests: { '11.13.1': 'NT' }, review: [{ test: '11.13.1', snippet: 'type="email"' }] },
  { file: 'form-autocomplete-purpose/c-spec-tokens', check: 'form-autocomplete-purpose', failures: 0, doubts: false, applicable: 5, tests: { '11.13.1': 'NT' } },
  { file: 'form-autocomplete-purpose/nt', check: 'form-autocomplete-purpose', failures: 0, doubts: true, tests: { '11.13.1': 'NT' } },
  // No form field at all: every criterion of theme 11 is NA (scopes).
  { file: 'form-autocomplete-purpose/na', check: 'form-autocomplete-purpose', failures: 0, criteria: { '11.1': 'NA', '11.10': 'NA', '11.13': 'NA' } },
];

describe.concurrent('theme 11 checks', () => {
  const h = useHarness();
  runRows(h, rows);

  // 11.4.1 (label and field next to each other): a label far from its field is listed for a human.
  it('form-label-position/nt-far: 11.4.1 NT with the far label in the review list', async ({ expect }) => {
    const { report } = await h.page('checks/form-label-position/nt-far.html');
    expect(report.criteria['11.4'].tests['11.4.1']).toBe('NT');
    const items = (report.criteria['11.4'].review ?? []).filter((f) => f.test === '11.4.1' && f.source === 'check:form-label-position');
    expect(items.map((f) => f.selector)).toEqual(['#ville']);
    expect(items[0].message).toMatch(/« Ville » is \d+ px away/);
  });
});
