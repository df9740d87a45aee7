/**
 * Theme 13 checks on their fixtures (fixtures/checks/<check-id>/): C → no failure and the mapped
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
  // 13.1.1, 13.2.1 and 13.8.1 apply to every page (scripts are not seen): no NA fixture for their checks.
  { fixture: 'consult-meta-refresh/nc-redirect', check: 'consult-meta-refresh', want: { '13.1.2': 'NC', '13.1.1': 'NT' }, finding: ['13.1.2', 'content="600; url='] },
  { fixture: 'consult-meta-refresh/nc-refresh', check: 'consult-meta-refresh', want: { '13.1.1': 'NC', '13.1': 'NC' }, finding: ['13.1.1', 'content="600"'] },
  { fixture: 'consult-meta-refresh/na', check: 'consult-meta-refresh', want: { '13.1.2': 'NA', '13.1.1': 'NT' }, clean: true },
  { fixture: 'consult-popup-window/c', check: 'consult-popup-window', want: { '13.2.1': 'NT' }, clean: true },
  { fixture: 'consult-popup-window/nc', check: 'consult-popup-window', want: { '13.2.1': 'NC' }, finding: ['13.2.1', 'about:blank'] },
  { fixture: 'consult-office-docs/nt', check: 'consult-office-docs', want: { '13.3': 'NT', '13.4': 'NT' }, clean: true },
  { fixture: 'consult-office-docs/na', check: 'consult-office-docs', want: { '13.3': 'NA', '13.4': 'NA' }, clean: true },
  { fixture: 'consult-flash-scope/nt', check: 'consult-flash-scope', want: { '13.7': 'NT' }, clean: true },
  { fixture: 'consult-flash-scope/na', check: 'consult-flash-scope', want: { '13.7': 'NA' }, clean: true },
  { fixture: 'consult-moving-content/c', check: 'consult-moving-content', want: { '13.8.1': 'NT' }, clean: true },
  { fixture: 'consult-moving-content/nc', check: 'consult-moving-content', want: { '13.8.1': 'NC', '13.8': 'NC' }, finding: ['13.8.1', 'class="ticker"'] },
  { fixture: 'consult-moving-content/nt', check: 'consult-moving-content', want: { '13.8.1': 'NT' }, clean: true, doubt: true },
  { fixture: 'consult-gesture-listeners/nt', check: 'consult-gesture-listeners', want: { '13.10': 'NT' }, clean: true },
  { fixture: 'consult-gesture-listeners/na', check: 'consult-gesture-listeners', want: { '13.10': 'NA' }, clean: true },
  { fixture: 'consult-pointer-down/c', check: 'consult-pointer-down', want: { '13.11.1': 'C', '13.11': 'C' }, clean: true },
  { fixture: 'consult-pointer-down/nt', check: 'consult-pointer-down', want: { '13.11.1': 'NT' }, clean: true, doubt: true },
  { fixture: 'consult-pointer-down/na', check: 'consult-pointer-down', want: { '13.11': 'NA' }, clean: true },
  { fixture: 'consult-motion-listeners/nt', check: 'consult-motion-listeners', want: { '13.12': 'NT' }, clean: true },
  { fixture: 'consult-motion-listeners/na', check: 'consult-motion-listeners', want: { '13.12': 'NA' }, clean: true },
];

describe.concurrent('theme 13 checks', () => {
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

  // 13.8.2 (blinking content): blinking text is listed for a human.
  it('consult-moving-content/nt-blink: 13.8.2 NT with the blinking text in the review list', async ({ expect }) => {
    const { report } = await h.page('checks/consult-moving-content/nt-blink.html');
    expect(report.criteria['13.8'].tests['13.8.2']).toBe('NT');
    const items = (report.criteria['13.8'].review ?? []).filter((f) => f.test === '13.8.2' && f.source === 'check:consult-moving-content');
    expect(items.map((f) => f.selector)).toEqual(['p']);
    expect(items[0].message).toMatch(/changes opacity forever: check whether it blinks/);
  });
});
