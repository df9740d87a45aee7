/** Theme 1 checks on their fixtures (fixtures/checks/img-*). */
import { describe } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';

const rows: Row[] = [
  // img-alt-present: 1.1.1 C when every image has a text alternative and none is marked decorative
  { file: 'img-alt-present/c', check: 'img-alt-present', failures: 0, doubts: false, applicable: 2, tests: { '1.1.1': 'C' }, criteria: { '1.1': 'C' } },
  { file: 'img-alt-present/nt-decorative', check: 'img-alt-present', failures: 0, doubts: true, tests: { '1.1.1': 'NT' }, review: [{ test: '1.1.1', snippet: 'alt=""' }] },
  { file: 'img-alt-present/nt-blank-alt', check: 'img-alt-present', failures: 0, doubts: true, tests: { '1.1.1': 'NC' } }, // axe-core's image-alt: a space is no alternative
  // img-decorative-alt: 1.2.1, 1.2.2
  { file: 'img-decorative-alt/c', check: 'img-decorative-alt', failures: 0, doubts: false, tests: { '1.2.1': 'NT', '1.2.2': 'NA' } },
  { file: 'img-decorative-alt/nc', check: 'img-decorative-alt', failures: 2, tests: { '1.2.1': 'NC', '1.2.2': 'NC' }, findings: [{ test: '1.2.1', selector: '#deco-title', snippet: 'title="Filet décoratif"' }, { test: '1.2.2', selector: '#zone-sans-alt' }] },
  { file: 'img-decorative-alt/nt', check: 'img-decorative-alt', failures: 0, doubts: true, tests: { '1.2.1': 'NT' }, review: [{ test: '1.2.1', selector: '#pres-alt' }] },
  { file: 'img-decorative-alt/na', check: 'img-decorative-alt', failures: 0, criteria: { '1.2': 'NA' } }, // captioned images only
  // img-svg: 1.1.5, 1.2.4
  { file: 'img-svg/c', check: 'img-svg', failures: 0, doubts: false, tests: { '1.1.5': 'NT', '1.2.4': 'NT' } },
  { file: 'img-svg/nc', check: 'img-svg', failures: 1, tests: { '1.2.4': 'NC', '1.1.5': 'NT' }, findings: [{ test: '1.2.4', selector: '#deco-svg', snippet: '<title>Loupe</title>' }] },
  { file: 'img-svg/nc-informative', check: 'img-svg', failures: 1, tests: { '1.1.5': 'NC', '1.2.4': 'NT' }, findings: [{ test: '1.1.5', selector: '#info-svg' }] },
  { file: 'img-svg/nc-neither', check: 'img-svg', failures: 1, tests: { '1.2.4': 'NC' }, findings: [{ test: '1.2.4', selector: '#bare-svg' }] },
  { file: 'img-svg/nt', check: 'img-svg', failures: 0, doubts: true, tests: { '1.1.5': 'NT', '1.2.4': 'NT' }, review: [{ test: '1.2.4', selector: '#btn-svg' }] },
  { file: 'img-svg/na', check: 'img-svg', failures: 0, applicable: 0, tests: { '1.1.5': 'NA', '1.2.4': 'NA' } },
  // img-object-canvas: 1.1.6–1.1.8, 1.2.3, 1.2.5, 1.2.6
  { file: 'img-object-canvas/c', check: 'img-object-canvas', failures: 0, doubts: false, tests: { '1.1.8': 'NT', '1.2.5': 'NT', '1.1.7': 'NA', '1.2.6': 'NA' } },
  { file: 'img-object-canvas/nc', check: 'img-object-canvas', failures: 2, tests: { '1.1.8': 'NC', '1.2.3': 'NC' }, findings: [{ test: '1.1.8', selector: '#cv-noname' }, { test: '1.2.3', selector: '#obj-hidden', snippet: 'title="Plan du quartier"' }] },
  { file: 'img-object-canvas/nt', check: 'img-object-canvas', failures: 0, doubts: true, tests: { '1.1.8': 'NT' }, review: [{ test: '1.1.8', selector: '#cv-bare' }] },
  { file: 'img-object-canvas/na', check: 'img-object-canvas', failures: 0, applicable: 0, tests: { '1.1.6': 'NA', '1.1.7': 'NA', '1.1.8': 'NA', '1.2.3': 'NA', '1.2.5': 'NA', '1.2.6': 'NA' } },
  // img-figure-caption: 1.9.x
  { file: 'img-figure-caption/c', check: 'img-figure-caption', failures: 0, doubts: false, tests: { '1.9.1': 'NT', '1.9.4': 'NA' }, criteria: { '1.2': 'NA' } },
  { file: 'img-figure-caption/nc', check: 'img-figure-caption', failures: 1, tests: { '1.9.1': 'NC' }, findings: [{ test: '1.9.1', selector: '#fig-bad', snippet: '<figure' }] },
  { file: 'img-figure-caption/nt', check: 'img-figure-caption', failures: 0, doubts: true, tests: { '1.9.1': 'NT' }, review: [{ test: '1.9.1', selector: '#fig-diff' }] },
  { file: 'img-figure-caption/na', check: 'img-figure-caption', failures: 0, applicable: 0, criteria: { '1.9': 'NA' } }, // figure without figcaption
  // img-alt-relevance: 1.3.1–1.3.3, 1.3.9
  { file: 'img-alt-relevance/c', check: 'img-alt-relevance', failures: 0, doubts: false, tests: { '1.3.1': 'NT', '1.3.2': 'NA', '1.3.9': 'NT' } },
  { file: 'img-alt-relevance/nc', check: 'img-alt-relevance', failures: 3, tests: { '1.3.1': 'NC', '1.3.2': 'NC' }, findings: [{ test: '1.3.1', selector: '#alt-file', snippet: 'IMG_2034.jpg' }, { test: '1.3.1', selector: '#alt-undef' }, { test: '1.3.2', selector: '#area-file' }] },
  { file: 'img-alt-relevance/nt', check: 'img-alt-relevance', failures: 0, doubts: true, tests: { '1.3.9': 'NT' }, review: [{ test: '1.3.9', selector: '#alt-long' }] },
  { file: 'img-alt-relevance/na', check: 'img-alt-relevance', failures: 0, applicable: 0, criteria: { '1.3': 'NA' } }, // decorative images only
  // img-describedby: 1.6.9
  { file: 'img-describedby/c', check: 'img-describedby', failures: 0, tests: { '1.6.9': 'NT' } },
  { file: 'img-describedby/nc', check: 'img-describedby', failures: 1, tests: { '1.6.9': 'NC' }, findings: [{ test: '1.6.9', selector: '#img-desc' }] },
  { file: 'img-describedby/na', check: 'img-describedby', failures: 0, applicable: 0, tests: { '1.6.9': 'NA' } },
];

describe('theme 1 checks (images)', () => {
  const h = useHarness();
  runRows(h, rows);
});
