/**
 * Checks used only as a scope (`applies: check:<id>` in rules/, in no test's `checks:`) decide no
 * test, but what they list for a human reaches the review list of the tests they scope (issue 12:
 * 11.1.3 and 13.3.1 used to come out NT with an empty review list).
 */
import { describe, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';

const CASES: { fixture: string; check: string; criterion: string; test: string; selector: string }[] = [
  { fixture: 'form-label-hidden/nt', check: 'form-label-hidden', criterion: '11.1', test: '11.1.3', selector: 'input' },
  { fixture: 'consult-office-docs/nt', check: 'consult-office-docs', criterion: '13.3', test: '13.3.1', selector: 'a' },
  { fixture: 'consult-office-docs/nt', check: 'consult-office-docs', criterion: '13.4', test: '13.4.1', selector: 'a' },
  { fixture: 'nav-key-shortcuts/nt', check: 'nav-key-shortcuts', criterion: '12.10', test: '12.10.1', selector: 'document' },
  { fixture: 'presentation-hover-content/nt', check: 'presentation-hover-content', criterion: '10.13', test: '10.13.1', selector: '.trigger:hover + .tip' },
];

describe.concurrent('review items of the checks used only as a scope', () => {
  const h = useHarness();
  for (const c of CASES) {
    it(`${c.fixture}: ${c.criterion} NT, its review lists what ${c.check} found, once`, async ({ expect }) => {
      const { report } = await h.page(`checks/${c.fixture}.html`);
      const crit = report.criteria[c.criterion];
      expect(crit.status).toBe('NT');
      const items = (crit.review ?? []).filter((f) => f.source === `check:${c.check}`);
      expect(items.length, JSON.stringify(crit.review)).toBeGreaterThan(0);
      expect(items[0].test).toBe(c.test);
      expect(items.some((f) => f.selector.includes(c.selector)), JSON.stringify(items.map((f) => f.selector))).toBe(true);
      expect(items.every((f) => f.message.length > 10)).toBe(true);
      // A scope of the whole criterion: each element once, not once per test.
      const keys = items.map((f) => `${f.selector} ${f.message}`);
      expect(new Set(keys).size).toBe(keys.length);
    });
  }
});
