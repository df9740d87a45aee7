/**
 * Theme 11 checks on their fixtures (fixtures/checks/<check-id>/): C → no failure and the mapped
 * tests are C (auto: full) or not NC; NC → NC with a finding on the faulty element; NA → NA.
 */
import { describe, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import type { Status } from '../../src/model/types.js';

type Want = Status | 'notNC';
interface Case {
  fixture: string;
  check: string;
  /** Test (x.y.z) or criterion (x.y) → expected status. */
  want: Record<string, Want>;
  /** A finding of this check on this test whose snippet contains this text. */
  finding?: [test: string, snippet: string];
  /** The raw check has no failure (conforming fixtures). */
  clean?: boolean;
  /** The raw check has at least one doubt. */
  doubt?: boolean;
}

const CASES: Case[] = [
  { fixture: 'form-label-for/c', check: 'form-label-for', want: { '11.1.2': 'C' }, clean: true },
  { fixture: 'form-label-for/nc', check: 'form-label-for', want: { '11.1.2': 'NC', '11.1': 'NC' }, finding: ['11.1.2', '<label for="nom">'] },
  { fixture: 'form-label-for/na', check: 'form-label-for', want: { '11.1.2': 'NA' }, clean: true },
  { fixture: 'form-label-hidden/nt', check: 'form-label-hidden', want: { '11.1.3': 'NT' }, clean: true, doubt: true },
  { fixture: 'form-label-hidden/na', check: 'form-label-hidden', want: { '11.1.3': 'NA' }, clean: true },
  { fixture: 'form-label-in-name/c', check: 'form-label-in-name', want: { '11.2.5': 'NT', '11.9.2': 'NT' }, clean: true },
  { fixture: 'form-label-in-name/nc', check: 'form-label-in-name', want: { '11.2.5': 'NC', '11.2': 'NC' }, finding: ['11.2.5', 'aria-label="Identité"'] },
  { fixture: 'form-label-in-name/nc-button', check: 'form-label-in-name', want: { '11.9.2': 'NC', '11.2.5': 'NT' }, finding: ['11.9.2', 'aria-label="Confirmer"'] },
  { fixture: 'form-label-in-name/na', check: 'form-label-in-name', want: { '11.2': 'NA', '11.9': 'NA' }, clean: true },
  { fixture: 'form-label-position/c', check: 'form-label-position', want: { '11.4.2': 'NT', '11.4.3': 'NT' }, clean: true },
  { fixture: 'form-label-position/nc', check: 'form-label-position', want: { '11.4.2': 'NC', '11.4.3': 'NA' }, finding: ['11.4.2', 'id="nom"'] },
  { fixture: 'form-label-position/nc-checkbox', check: 'form-label-position', want: { '11.4.3': 'NC', '11.4.2': 'NA' }, finding: ['11.4.3', 'type="checkbox"'] },
  { fixture: 'form-label-position/na', check: 'form-label-position', want: { '11.4': 'NA' }, clean: true },
  { fixture: 'form-radio-group/c', check: 'form-radio-group', want: { '11.5.1': 'NT' }, clean: true },
  { fixture: 'form-radio-group/nc', check: 'form-radio-group', want: { '11.5.1': 'NC' }, finding: ['11.5.1', 'name="inscrit"'] },
  { fixture: 'form-radio-group/na', check: 'form-radio-group', want: { '11.5': 'NA' }, clean: true },
  { fixture: 'form-group-legend/c', check: 'form-group-legend', want: { '11.6.1': 'C', '11.6': 'C', '11.7': 'NT' }, clean: true },
  { fixture: 'form-group-legend/nc', check: 'form-group-legend', want: { '11.6.1': 'NC' }, finding: ['11.6.1', '<fieldset>'] },
  { fixture: 'form-group-legend/na', check: 'form-group-legend', want: { '11.6': 'NA', '11.7': 'NA' }, clean: true },
  { fixture: 'form-optgroup-label/c', check: 'form-optgroup-label', want: { '11.8.2': 'C', '11.8.3': 'NT' }, clean: true },
  { fixture: 'form-optgroup-label/nc', check: 'form-optgroup-label', want: { '11.8.2': 'NC', '11.8.3': 'NA' }, finding: ['11.8.2', '<optgroup>'] },
  { fixture: 'form-optgroup-label/na', check: 'form-optgroup-label', want: { '11.8.2': 'NA', '11.8.3': 'NA' }, clean: true },
  { fixture: 'form-required-indication/c', check: 'form-required-indication', want: { '11.10.2': 'NT' }, clean: true },
  { fixture: 'form-required-indication/nc', check: 'form-required-indication', want: { '11.10.2': 'NC' }, finding: ['11.10.2', 'id="nom"'] },
  { fixture: 'form-required-indication/na', check: 'form-required-indication', want: { '11.10.2': 'NA' }, clean: true },
  { fixture: 'form-autocomplete-purpose/c', check: 'form-autocomplete-purpose', want: { '11.13.1': 'NT' }, clean: true },
  { fixture: 'form-autocomplete-purpose/nc', check: 'form-autocomplete-purpose', want: { '11.13.1': 'NC' }, finding: ['11.13.1', 'type="email"'] },
  { fixture: 'form-autocomplete-purpose/nt', check: 'form-autocomplete-purpose', want: { '11.13.1': 'NT' }, clean: true, doubt: true },
  // No form field at all: every criterion of theme 11 is NA (scopes).
  { fixture: 'form-autocomplete-purpose/na', check: 'form-autocomplete-purpose', want: { '11.1': 'NA', '11.10': 'NA', '11.13': 'NA' }, clean: true },
];

describe.concurrent('theme 11 checks', () => {
  const h = useHarness();
  for (const c of CASES) {
    it(`${c.fixture} (${c.check})`, async ({ expect }) => {
      const { report, gathered } = await h.page(`checks/${c.fixture}.html`);
      expect(report.error).toBeNull();
      const raw = gathered.raw!.checks[c.check];
      expect(raw, c.check).toBeDefined();
      expect(raw && 'error' in raw ? raw.error : null).toBeNull();
      if (!raw || 'error' in raw) return;
      for (const [id, want] of Object.entries(c.want)) {
        const crit = id.split('.').slice(0, 2).join('.');
        const got = id.split('.').length === 3 ? report.criteria[crit].tests[id] : report.criteria[crit].status;
        if (want === 'notNC') expect(got, id).not.toBe('NC');
        else expect(got, id).toBe(want);
      }
      if (c.clean) expect(raw.failures, 'failures').toEqual([]);
      if (c.doubt) expect(raw.doubts.length, 'doubts').toBeGreaterThan(0);
      if (c.finding) {
        const [test, snippet] = c.finding;
        const crit = test.split('.').slice(0, 2).join('.');
        const f = report.criteria[crit].findings.find((x) => x.test === test && x.source === `check:${c.check}`);
        expect(f, `finding on ${test}`).toBeDefined();
        expect(f!.snippet).toContain(snippet);
        expect(f!.selector).not.toBe('');
        expect(f!.message).not.toBe('');
      }
    });
  }

  // 11.4.1 (label and field next to each other): a label far from its field is listed for a human.
  it('form-label-position/nt-far: 11.4.1 NT with the far label in the review list', async ({ expect }) => {
    const { report } = await h.page('checks/form-label-position/nt-far.html');
    expect(report.criteria['11.4'].tests['11.4.1']).toBe('NT');
    const items = (report.criteria['11.4'].review ?? []).filter((f) => f.test === '11.4.1' && f.source === 'check:form-label-position');
    expect(items.map((f) => f.selector)).toEqual(['#ville']);
    expect(items[0].message).toMatch(/« Ville » is \d+ px away/);
  });
});
