/**
 * Theme 13 checks on their fixtures (fixtures/checks/<check-id>/): C → no failure and the mapped
 * tests are C (auto: full) or not NC; NC → NC with a finding on the faulty element; NA → NA.
 */
import { describe, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';

const rows: Row[] = [
  // 13.1.1, 13.2.1 and 13.8.1 are NA only when their scopes are empty (consult-time-limit-scope,
  // script-scope, consult-motion-scope), not from the checks that decide them.
  { file: 'consult-time-limit-scope/na', check: 'consult-time-limit-scope', applicable: 0, tests: { '13.1.1': 'NA', '13.1.4': 'NA' }, criteria: { '13.1': 'NA' } },
  { file: 'consult-time-limit-scope/nt-form', check: 'consult-time-limit-scope', applicable: 3, tests: { '13.1.1': 'NT', '13.1.3': 'NA', '13.1.4': 'NT' }, criteria: { '13.1': 'NT' } },
  { file: 'consult-time-limit-scope/nt-canvas', check: 'consult-time-limit-scope', applicable: 1, tests: { '13.1.1': 'NT', '13.1.4': 'NT' } },
  { file: 'consult-motion-scope/na', check: 'consult-motion-scope', applicable: 0, criteria: { '13.8': 'NA' } },
  { file: 'consult-motion-scope/nt-keyframes', check: 'consult-motion-scope', criteria: { '13.8': 'NT' } },
  { file: 'consult-motion-scope/nt-image', check: 'consult-motion-scope', applicable: 1, criteria: { '13.8': 'NT' } },
  { file: 'consult-meta-refresh/nc-redirect', check: 'consult-meta-refresh', tests: { '13.1.2': 'NC', '13.1.1': 'NT' }, findings: [{ test: '13.1.2', snippet: 'content="600; url=' }] },
  { file: 'consult-meta-refresh/nc-redirect-space', check: 'consult-meta-refresh', failures: 1, doubts: false, tests: { '13.1.2': 'NC' }, findings: [{ test: '13.1.2', snippet: 'content="600 URL=' }] },
  { file: 'consult-meta-refresh/nc-refresh', check: 'consult-meta-refresh', tests: { '13.1.1': 'NC' }, criteria: { '13.1': 'NC' }, findings: [{ test: '13.1.1', snippet: 'content="600"' }] },
  { file: 'consult-meta-refresh/na', check: 'consult-meta-refresh', failures: 0, tests: { '13.1.2': 'NA', '13.1.1': 'NA' } }, // nothing can refresh: no meta, script, form or canvas
  // consult-orientation-lock: 13.9.1 (the page's content turned a quarter in an orientation media query is NC; a small part of it (a badge) or an unreadable sheet is a doubt)
  { file: 'consult-orientation-lock/c', check: 'consult-orientation-lock', failures: 0, doubts: false, tests: { '13.9.1': 'NT' } },
  { file: 'consult-orientation-lock/nc', check: 'consult-orientation-lock', failures: 2, tests: { '13.9.1': 'NC' }, findings: [{ test: '13.9.1', selector: 'html' }, { test: '13.9.1', selector: '#notice' }] },
  { file: 'consult-orientation-lock/nt-part', check: 'consult-orientation-lock', failures: 0, doubts: true, tests: { '13.9.1': 'NT' }, review: [{ test: '13.9.1', snippet: 'class="pastille"' }] },
  { file: 'consult-orientation-lock/nt', check: 'consult-orientation-lock', failures: 0, doubts: true, tests: { '13.9.1': 'NT' }, review: [{ test: '13.9.1', selector: '#foreign' }] },
  { file: 'consult-popup-window/c', check: 'consult-popup-window', failures: 0, tests: { '13.2.1': 'NA' } }, // no script: no window can open by itself
  { file: 'consult-popup-window/nc', check: 'consult-popup-window', tests: { '13.2.1': 'NC' }, findings: [{ test: '13.2.1', snippet: 'about:blank' }] },
  { file: 'consult-office-docs/nt', check: 'consult-office-docs', failures: 0, criteria: { '13.3': 'NT', '13.4': 'NT' } },
  { file: 'consult-office-docs/na', check: 'consult-office-docs', failures: 0, criteria: { '13.3': 'NA', '13.4': 'NA' } },
  { file: 'consult-flash-scope/nt', check: 'consult-flash-scope', failures: 0, criteria: { '13.7': 'NT' } },
  { file: 'consult-flash-scope/na', check: 'consult-flash-scope', failures: 0, criteria: { '13.7': 'NA' } },
  { file: 'consult-moving-content/c', check: 'consult-moving-content', failures: 0, tests: { '13.8.1': 'NT' } },
  { file: 'consult-moving-content/nc', check: 'consult-moving-content', tests: { '13.8.1': 'NC' }, criteria: { '13.8': 'NC' }, findings: [{ test: '13.8.1', snippet: 'class="ticker"' }] },
  { file: 'consult-moving-content/nt', check: 'consult-moving-content', failures: 0, doubts: true, tests: { '13.8.1': 'NT' } },
  { file: 'consult-gesture-listeners/nt', check: 'consult-gesture-listeners', failures: 0, criteria: { '13.10': 'NT' } },
  { file: 'consult-gesture-listeners/na', check: 'consult-gesture-listeners', failures: 0, criteria: { '13.10': 'NA' } },
  { file: 'consult-pointer-down/c', check: 'consult-pointer-down', failures: 0, tests: { '13.11.1': 'C' }, criteria: { '13.11': 'C' } },
  { file: 'consult-pointer-down/nt', check: 'consult-pointer-down', failures: 0, doubts: true, tests: { '13.11.1': 'NT' } },
  { file: 'consult-pointer-down/na', check: 'consult-pointer-down', failures: 0, criteria: { '13.11': 'NA' } },
  { file: 'consult-motion-listeners/nt', check: 'consult-motion-listeners', failures: 0, criteria: { '13.12': 'NT' } },
  { file: 'consult-motion-listeners/na', check: 'consult-motion-listeners', failures: 0, criteria: { '13.12': 'NA' } },
];

describe.concurrent('theme 13 checks', () => {
  const h = useHarness();
  runRows(h, rows);

  // 13.8.2 (blinking content): blinking text is listed for a human.
  it('consult-moving-content/nt-blink: 13.8.2 NT with the blinking text in the review list', async ({ expect }) => {
    const { report } = await h.page('checks/consult-moving-content/nt-blink.html');
    expect(report.criteria['13.8'].tests['13.8.2']).toBe('NT');
    const items = (report.criteria['13.8'].review ?? []).filter((f) => f.test === '13.8.2' && f.source === 'check:consult-moving-content');
    expect(items.map((f) => f.selector)).toEqual(['p']);
    expect(items[0].message).toMatch(/changes opacity forever: check whether it blinks/);
  });
});
