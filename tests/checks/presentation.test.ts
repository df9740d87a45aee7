/**
 * Theme 10 checks on their fixtures (fixtures/checks/<check-id>/): C → no failure and the mapped
 * tests are C (auto: full) or not NC; NC → NC with a finding on the faulty element; NA → NA.
 */
import { describe } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';

const rows: Row[] = [
  // presentation-spaces: 10.1.3 C when no space in the page can serve presentation
  { file: 'presentation-spaces/c', check: 'presentation-spaces', failures: 0, doubts: false, tests: { '10.1.3': 'C' }, criteria: { '10.1': 'C' } },
  { file: 'presentation-spaces/nt-nbsp', check: 'presentation-spaces', failures: 0, doubts: true, tests: { '10.1.3': 'NT' }, review: [{ test: '10.1.3', selector: 'p' }] },
  { file: 'presentation-spaces/nt-spaced-letters', check: 'presentation-spaces', failures: 0, doubts: true, tests: { '10.1.3': 'NT' } },
  { file: 'presentation-spaces/nt-pre', check: 'presentation-spaces', failures: 0, doubts: true, tests: { '10.1.3': 'NT' } },
  // presentation-author-styles: scope of 10.2, 10.3 and 10.5 (no author style → nothing to turn off, no CSS colour)
  { file: 'presentation-author-styles/na', check: 'presentation-author-styles', applicable: 0, criteria: { '10.2': 'NA', '10.3': 'NA', '10.5': 'NA' } },
  { file: 'presentation-author-styles/nt-style-attribute', check: 'presentation-author-styles', applicable: 1, criteria: { '10.2': 'NT', '10.3': 'NT' } },
  { file: 'presentation-author-styles/nt-font', check: 'presentation-author-styles', applicable: 2, criteria: { '10.2': 'NT', '10.3': 'NT' } },
  { file: 'presentation-author-styles/nt-stylesheet', check: 'presentation-author-styles', criteria: { '10.2': 'NT', '10.3': 'NT', '10.5': 'NT' } },
  { file: 'presentation-tags/c', check: 'presentation-tags', failures: 0, tests: { '10.1.1': 'C' } },
  { file: 'presentation-tags/nc', check: 'presentation-tags', tests: { '10.1.1': 'NC' }, criteria: { '10.1': 'NC' }, findings: [{ test: '10.1.1', snippet: '<center>' }] },
  { file: 'presentation-tags/nc-u-html4', check: 'presentation-tags', tests: { '10.1.1': 'NC' }, findings: [{ test: '10.1.1', snippet: '<u>' }] },
  // 10.1.1, 10.1.2, 10.11.1 and 10.12.1 apply to every page: no NA fixture for their checks.
  { file: 'presentation-attributes/c', check: 'presentation-attributes', failures: 0, tests: { '10.1.2': 'C' } },
  { file: 'presentation-attributes/nc', check: 'presentation-attributes', tests: { '10.1.2': 'NC' }, findings: [{ test: '10.1.2', snippet: '<div align="center">' }] },
  { file: 'presentation-attributes/nt', check: 'presentation-attributes', failures: 0, doubts: true, tests: { '10.1.2': 'NT' } },
  { file: 'presentation-colour-declarations/c', check: 'presentation-colour-declarations', failures: 0, tests: { '10.5.1': 'NT', '10.5.3': 'NA' } },
  { file: 'presentation-colour-declarations/nc', check: 'presentation-colour-declarations', tests: { '10.5.1': 'NC' }, criteria: { '10.5': 'NC' }, findings: [{ test: '10.5.1', snippet: '<h1>' }] },
  { file: 'presentation-colour-declarations/nc-image', check: 'presentation-colour-declarations', tests: { '10.5.3': 'NC' }, findings: [{ test: '10.5.3', snippet: 'class="hero"' }] },
  { file: 'presentation-colour-declarations/na', check: 'presentation-colour-declarations', failures: 0, tests: { '10.5.1': 'NA', '10.5.3': 'NA' } }, // no author style at all: 10.5 NA (presentation-author-styles)
  { file: 'presentation-hidden-content/c', check: 'presentation-hidden-content', failures: 0, tests: { '10.8.1': 'NT' }, criteria: { '10.8': 'notNC' } },
  { file: 'presentation-hidden-content/na', check: 'presentation-hidden-content', failures: 0, criteria: { '10.8': 'NA' } },
  { file: 'presentation-text-spacing/c', check: 'presentation-text-spacing', failures: 0, tests: { '10.12.1': 'NT' } },
  { file: 'presentation-text-spacing/nc', check: 'presentation-text-spacing', tests: { '10.12.1': 'NC' }, findings: [{ test: '10.12.1', snippet: 'class="card"' }] },
  // clipped on the vertical axis only (overflow-y: clip), the text in a child: still read
  { file: 'presentation-text-spacing/nc-clip-y', check: 'presentation-text-spacing', failures: 1, tests: { '10.12.1': 'NC' }, findings: [{ test: '10.12.1', snippet: 'class="card"' }] },
  // presentation-spacing-important: 10.12.1 (NC on an !important style attribute below the test's spacing; a doubt from a style sheet)
  { file: 'presentation-spacing-important/c', check: 'presentation-spacing-important', failures: 0, doubts: false, tests: { '10.12.1': 'NT' } },
  { file: 'presentation-spacing-important/nc', check: 'presentation-spacing-important', failures: 2, tests: { '10.12.1': 'NC' }, findings: [{ test: '10.12.1', selector: '#letters' }, { test: '10.12.1', selector: '#lines' }] },
  { file: 'presentation-spacing-important/nt', check: 'presentation-spacing-important', failures: 0, doubts: true, tests: { '10.12.1': 'NT' }, review: [{ test: '10.12.1', selector: '#sheet' }] },
  { file: 'presentation-reflow/c', check: 'presentation-reflow', failures: 0, tests: { '10.11.1': 'NT' } },
  { file: 'presentation-reflow/nc', check: 'presentation-reflow', tests: { '10.11.1': 'NC' }, criteria: { '10.11': 'NC' }, findings: [{ test: '10.11.1', snippet: 'Ce paragraphe est enfermé' }] },
  { file: 'presentation-reflow/exempt', check: 'presentation-reflow', failures: 0, tests: { '10.11.1': 'NT' } },
  { file: 'presentation-hover-content/nt', check: 'presentation-hover-content', failures: 0, criteria: { '10.13': 'NT' } },
  { file: 'presentation-hover-content/na', check: 'presentation-hover-content', failures: 0, criteria: { '10.13': 'NA' } },
  { file: 'presentation-css-hover-content/c', check: 'presentation-css-hover-content', failures: 0, criteria: { '10.14': 'NT' } },
  { file: 'presentation-css-hover-content/nt', check: 'presentation-css-hover-content', failures: 0, doubts: true, criteria: { '10.14': 'NT' } },
  { file: 'presentation-css-hover-content/na', check: 'presentation-css-hover-content', failures: 0, criteria: { '10.14': 'NA' } },
];

describe.concurrent('theme 10 checks', () => {
  const h = useHarness();
  runRows(h, rows);
});
