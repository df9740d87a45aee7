/** Themes 5 and 6 checks on their fixtures (tables, links). */
import { describe } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';

const rows: Row[] = [
  // 5.4.1 C only when every table's title is associated (caption, title, aria-label, aria-labelledby)
  { file: 'table-data/nt-no-title', check: 'table-data', failures: 0, doubts: true, tests: { '5.4.1': 'NT' } },
  { file: 'table-data/nt-caption-hidden', check: 'table-data', failures: 0, doubts: true, tests: { '5.4.1': 'NT' } },
  // table-layout: 5.8.1 (auto: full), scope of 5.3 and 5.8
  { file: 'table-layout/c', check: 'table-layout', failures: 0, doubts: false, criteria: { '5.8': 'C', '5.3': 'NT', '5.1': 'NA', '5.6': 'NA' } },
  { file: 'table-layout/nc', check: 'table-layout', failures: 1, criteria: { '5.8': 'NC' }, findings: [{ test: '5.8.1', selector: '#layout-th', snippet: 'role="presentation"' }] },
  { file: 'table-layout/nt', check: 'table-layout', failures: 0, doubts: true, criteria: { '5.8': 'NT', '5.3': 'NT', '5.6': 'NT' }, review: [{ test: '5.8.1', selector: '#ambiguous' }] },
  { file: 'table-layout/na', check: 'table-layout', failures: 0, applicable: 0, criteria: { '5.3': 'NA', '5.8': 'NA' } },
  // table-data: 5.1.1, 5.2.1, 5.4.1, 5.7.1, 5.7.2
  { file: 'table-data/c', check: 'table-data', failures: 0, doubts: false, criteria: { '5.1': 'NA', '5.2': 'NA', '5.4': 'C', '5.7': 'NT' }, tests: { '5.7.2': 'NT', '5.7.4': 'NA' } },
  {
    file: 'table-data/nc',
    check: 'table-data',
    tests: { '5.1.1': 'NC', '5.4.1': 'NC', '5.7.1': 'NC', '5.7.2': 'NC' },
    findings: [
      { test: '5.1.1', selector: '#complex' },
      { test: '5.4.1', selector: '#badlabel', snippet: 'titre-absent' },
      { test: '5.7.1', selector: '#twoway' },
      { test: '5.7.2', snippet: 'scope="row"' },
    ],
  },
  { file: 'table-data/na', check: 'table-data', failures: 0, criteria: { '5.1': 'NA', '5.2': 'NA', '5.4': 'NA', '5.5': 'NA', '5.6': 'NA', '5.7': 'NA' } },
  // link-has-name: 6.2.1 (auto: full)
  { file: 'link-has-name/c', check: 'link-has-name', failures: 0, doubts: false, criteria: { '6.2': 'C' } },
  { file: 'link-has-name/nc', check: 'link-has-name', failures: 1, criteria: { '6.2': 'NC' }, findings: [{ test: '6.2.1', selector: '#link-empty', snippet: 'alt=""' }] },
  { file: 'link-has-name/nt', check: 'link-has-name', failures: 0, doubts: true, criteria: { '6.2': 'NT' }, review: [{ test: '6.2.1', selector: '#link-title' }] },
  { file: 'link-has-name/na', check: 'link-has-name', failures: 0, applicable: 0, criteria: { '6.2': 'NA', '6.1': 'NA' } },
  // link-explicit: scopes of 6.1.1–6.1.5 and doubts (no proven failure: the context may explain a link)
  { file: 'link-explicit/c', check: 'link-explicit', failures: 0, doubts: false, tests: { '6.1.1': 'NT', '6.1.2': 'NA', '6.1.3': 'NA', '6.1.4': 'NA' } },
  { file: 'link-explicit/nt', check: 'link-explicit', failures: 0, doubts: true, tests: { '6.1.1': 'NT' }, review: [{ test: '6.1.1', selector: '#link-more' }] },
  { file: 'link-explicit/na', check: 'link-explicit', failures: 0, applicable: 0, criteria: { '6.1': 'NA' } },
];

describe('themes 5–6 checks (tables, links)', () => {
  const h = useHarness();
  runRows(h, rows);
});
