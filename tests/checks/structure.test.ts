/** Theme 9 checks on their fixtures (struct-*). */
import { describe, it, expect } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';
import { CHECKS } from '../../src/evaluate/checks/registry.js';

const rows: Row[] = [
  // struct-headings: 9.1.1 (doubts), 9.1.2, 9.1.3 (doubt)
  { file: 'struct-headings/c', check: 'struct-headings', failures: 0, doubts: false, tests: { '9.1.1': 'NT', '9.1.2': 'NT' } },
  { file: 'struct-headings/nc', check: 'struct-headings', failures: 1, tests: { '9.1.2': 'NC' }, findings: [{ test: '9.1.2', selector: '#empty-h2' }] },
  { file: 'struct-headings/nt', check: 'struct-headings', failures: 0, doubts: true, tests: { '9.1.1': 'NT' }, review: [{ test: '9.1.1', selector: '#h3-gap' }] },
  { file: 'struct-headings/na', check: 'struct-headings', failures: 0, tests: { '9.1.1': 'NA', '9.1.2': 'NA', '9.1.3': 'NT' } },
  // struct-landmarks: 9.2.1, scope of 9.2 (HTML5 doctype)
  { file: 'struct-landmarks/c', check: 'struct-landmarks', failures: 0, doubts: false, criteria: { '9.2': 'NT' } },
  { file: 'struct-landmarks/nc', check: 'struct-landmarks', failures: 1, criteria: { '9.2': 'NC' }, findings: [{ test: '9.2.1', selector: 'body' }] },
  { file: 'struct-landmarks/nc-two', check: 'struct-landmarks', failures: 1, criteria: { '9.2': 'NC' }, findings: [{ test: '9.2.1', selector: '#second-main' }] },
  { file: 'struct-landmarks/na', check: 'struct-landmarks', failures: 0, applicable: 0, criteria: { '9.2': 'NA' } },
  // struct-fake-list: 9.3.1, 9.3.2 (never NA: visual lists may hide anywhere)
  { file: 'struct-fake-list/c', check: 'struct-fake-list', failures: 0, doubts: false, tests: { '9.3.1': 'NT', '9.3.2': 'NT' } },
  { file: 'struct-fake-list/nc', check: 'struct-fake-list', failures: 2, tests: { '9.3.1': 'NC', '9.3.2': 'NC' }, findings: [{ test: '9.3.1', selector: '#fake-ul' }, { test: '9.3.2', selector: '#fake-ol' }] },
  { file: 'struct-fake-list/nt-dashes', check: 'struct-fake-list', failures: 0, doubts: true, tests: { '9.3.1': 'NT' }, review: [{ test: '9.3.1', selector: '#dialogue' }, { test: '9.3.1', selector: '#notes-1' }] },
  { file: 'struct-fake-list/nt', check: 'struct-fake-list', failures: 0, doubts: true, tests: { '9.3.2': 'NT' }, review: [{ test: '9.3.2', selector: '#num-1' }] },
];

describe('theme 9 checks (structure)', () => {
  const h = useHarness();
  runRows(h, rows);

  it('a realistic conforming page: none of the theme 1–9 checks fails', async () => {
    // The checks of themes 1 to 9 that run on the page or over the sample.
    const theme = (t: string) => Number(t.split('.')[0]);
    const ids = CHECKS.filter((c) => [...c.meta.decides, ...c.meta.scopes].every((t) => theme(t) <= 9) && !c.meta.needs.some((n) => n !== 'dom' && n !== 'titleContext')).map((c) => c.meta.id);
    expect(ids.length).toBeGreaterThan(25);
    const { report, gathered } = await h.page('checks/realistic/conforming.html');
    expect(report.error).toBeNull();
    const raw = gathered.raw!;
    for (const id of ids) {
      const r = raw.checks[id];
      expect(r, id).toBeDefined();
      expect('error' in r! ? r.error : null, id).toBeNull();
      expect('failures' in r! ? r.failures.map((f) => `${f.selector}: ${f.message}`) : [], id).toEqual([]);
    }
    const nc = Object.entries(report.criteria).filter(([id, c]) => Number(id.split('.')[0]) <= 9 && c.status === 'NC');
    expect(nc.map(([id, c]) => `${id}: ${c.findings.map((f) => f.source + ' ' + f.selector).join(', ')}`)).toEqual([]);
  });
});
