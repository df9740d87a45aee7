/**
 * Theme 10 checks on their fixtures (fixtures/checks/<check-id>/): C → no failure and the mapped
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
  { fixture: 'presentation-tags/c', check: 'presentation-tags', want: { '10.1.1': 'C' }, clean: true },
  { fixture: 'presentation-tags/nc', check: 'presentation-tags', want: { '10.1.1': 'NC', '10.1': 'NC' }, finding: ['10.1.1', '<center>'] },
  { fixture: 'presentation-tags/nc-u-html4', check: 'presentation-tags', want: { '10.1.1': 'NC' }, finding: ['10.1.1', '<u>'] },
  // 10.1.1, 10.1.2, 10.11.1 and 10.12.1 apply to every page: no NA fixture for their checks.
  { fixture: 'presentation-attributes/c', check: 'presentation-attributes', want: { '10.1.2': 'C' }, clean: true },
  { fixture: 'presentation-attributes/nc', check: 'presentation-attributes', want: { '10.1.2': 'NC' }, finding: ['10.1.2', '<div align="center">'] },
  { fixture: 'presentation-attributes/nt', check: 'presentation-attributes', want: { '10.1.2': 'NT' }, clean: true, doubt: true },
  { fixture: 'presentation-colour-declarations/c', check: 'presentation-colour-declarations', want: { '10.5.1': 'NT', '10.5.3': 'NA' }, clean: true },
  { fixture: 'presentation-colour-declarations/nc', check: 'presentation-colour-declarations', want: { '10.5.1': 'NC', '10.5': 'NC' }, finding: ['10.5.1', '<h1>'] },
  { fixture: 'presentation-colour-declarations/nc-image', check: 'presentation-colour-declarations', want: { '10.5.3': 'NC' }, finding: ['10.5.3', 'class="hero"'] },
  { fixture: 'presentation-colour-declarations/na', check: 'presentation-colour-declarations', want: { '10.5.1': 'NT', '10.5.3': 'NA' }, clean: true },
  { fixture: 'presentation-hidden-content/c', check: 'presentation-hidden-content', want: { '10.8': 'notNC', '10.8.1': 'NT' }, clean: true },
  { fixture: 'presentation-hidden-content/na', check: 'presentation-hidden-content', want: { '10.8': 'NA' }, clean: true },
  { fixture: 'presentation-text-spacing/c', check: 'presentation-text-spacing', want: { '10.12.1': 'NT' }, clean: true },
  { fixture: 'presentation-text-spacing/nc', check: 'presentation-text-spacing', want: { '10.12.1': 'NC' }, finding: ['10.12.1', 'class="card"'] },
  { fixture: 'presentation-reflow/c', check: 'presentation-reflow', want: { '10.11.1': 'NT' }, clean: true },
  { fixture: 'presentation-reflow/nc', check: 'presentation-reflow', want: { '10.11.1': 'NC', '10.11': 'NC' }, finding: ['10.11.1', 'Ce paragraphe est enfermé'] },
  { fixture: 'presentation-reflow/exempt', check: 'presentation-reflow', want: { '10.11.1': 'NT' }, clean: true },
  { fixture: 'presentation-hover-content/nt', check: 'presentation-hover-content', want: { '10.13': 'NT' }, clean: true },
  { fixture: 'presentation-hover-content/na', check: 'presentation-hover-content', want: { '10.13': 'NA' }, clean: true },
  { fixture: 'presentation-css-hover-content/c', check: 'presentation-css-hover-content', want: { '10.14': 'NT' }, clean: true },
  { fixture: 'presentation-css-hover-content/nt', check: 'presentation-css-hover-content', want: { '10.14': 'NT' }, clean: true, doubt: true },
  { fixture: 'presentation-css-hover-content/na', check: 'presentation-css-hover-content', want: { '10.14': 'NA' }, clean: true },
];

describe.concurrent('theme 10 checks', () => {
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
});
