/** Themes 2 to 4 checks on their fixtures (frames, colour scopes, media). */
import { describe } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';

const rows: Row[] = [
  // frame-title-attr: 2.1.1 (auto: full), 2.2.1, scope of 2.1 and 2.2
  { file: 'frame-title-attr/c', check: 'frame-title-attr', failures: 0, doubts: false, criteria: { '2.1': 'C', '2.2': 'NT' } },
  { file: 'frame-title-attr/nc', check: 'frame-title-attr', failures: 1, tests: { '2.1.1': 'NC' }, criteria: { '2.2': 'NA' }, findings: [{ test: '2.1.1', selector: '#fr-label', snippet: '<iframe' }] },
  { file: 'frame-title-attr/nc-empty', check: 'frame-title-attr', failures: 2, tests: { '2.1.1': 'NC' }, criteria: { '2.2': 'NA' }, findings: [{ test: '2.1.1', selector: '#fr-empty' }, { test: '2.1.1', selector: '#fr-blank' }] },
  { file: 'frame-title-attr/nc-generic', check: 'frame-title-attr', failures: 1, tests: { '2.1.1': 'C', '2.2.1': 'NC' }, findings: [{ test: '2.2.1', selector: '#fr-generic' }] },
  { file: 'frame-title-attr/na', check: 'frame-title-attr', failures: 0, applicable: 0, criteria: { '2.1': 'NA', '2.2': 'NA' } }, // aria-hidden frame only
  // frame-title-nested: 2.1.1 and 2.2.1 for the frames inside the page's frames (the browser's frame tree)
  { file: 'frame-title-nested/c', check: 'frame-title-nested', failures: 0, doubts: false, applicable: 1, tests: { '2.1.1': 'C' } },
  { file: 'frame-title-nested/nc', check: 'frame-title-nested', failures: 1, tests: { '2.1.1': 'NC' }, findings: [{ test: '2.1.1', selector: '#agences >>> #carte', snippet: '<iframe id="carte"' }] },
  { file: 'frame-title-nested/nc-generic', check: 'frame-title-nested', failures: 1, tests: { '2.1.1': 'C', '2.2.1': 'NC' }, findings: [{ test: '2.2.1', selector: '#agences >>> #carte' }] },
  { file: 'frame-title-nested/nc-other-origin', check: 'frame-title-nested', failures: 1, tests: { '2.1.1': 'NC' }, findings: [{ test: '2.1.1', selector: '#ailleurs >>> #carte' }] },
  { file: 'frame-title-nested/nt-lazy', check: 'frame-title-nested', failures: 0, doubts: true, applicable: 0, tests: { '2.1.1': 'NT' }, review: [{ test: '2.1.1', selector: '#agences', snippet: 'loading="lazy"' }] },
  { file: 'frame-title-nested/na', check: 'frame-title-nested', failures: 0, applicable: 0, tests: { '2.1.1': 'C' } }, // the only nested frame is in an aria-hidden frame
  // frame-content: a frame whose content the tool did not examine leaves the element tests to a
  // human (NT, the frame listed) instead of C; an empty or unrendered frame changes nothing. Nothing
  // in scope in the page's own document is NA only when the frames cannot hold it either: a frame of
  // the same origin is counted (NA stays when it holds nothing in scope), one of another origin or
  // not loaded yet cannot be, and neither can a check's scope (our checks do not enter frames).
  { file: 'frame-content/nt', check: 'frame-content', failures: 0, doubts: true, tests: { '1.1.1': 'NT', '6.2.1': 'NT', '2.1.1': 'C', '8.5.1': 'C' }, review: [{ test: '6.2.1', snippet: 'title="Agenda des rendez-vous"' }, { test: '1.1.1', snippet: '<iframe' }] },
  { file: 'frame-content/c', check: 'frame-content', failures: 0, doubts: false, tests: { '1.1.1': 'C', '6.2.1': 'C', '2.1.1': 'C' }, criteria: { '6.2': 'C' } },
  { file: 'frame-content/na', check: 'frame-content', failures: 0, doubts: true, criteria: { '6.2': 'NA', '1.1': 'NA', '4.1': 'NT', '2.1': 'C', '8.5': 'C' }, review: [{ test: '4.1.1', snippet: '<iframe' }] },
  { file: 'frame-content/nt-scope', check: 'frame-content', failures: 0, doubts: true, criteria: { '1.1': 'NT', '6.2': 'NT', '10.6': 'NT', '5.1': 'NA', '11.1': 'NA' }, tests: { '1.1.2': 'NA', '6.2.1': 'NT' }, review: [{ test: '6.2.1', snippet: 'srcdoc=' }, { test: '10.6.1', snippet: '<iframe' }] },
  { file: 'frame-content/nt-other-origin', check: 'frame-content', failures: 0, doubts: true, criteria: { '1.1': 'NT', '6.2': 'NT', '11.1': 'NT', '5.1': 'NT', '2.1': 'C', '8.5': 'C' }, tests: { '1.1.2': 'NT' }, review: [{ test: '1.1.2', selector: '#ailleurs' }, { test: '5.1.1', selector: '#ailleurs' }] },
  { file: 'frame-content/nt-lazy', check: 'frame-content', failures: 0, doubts: true, criteria: { '1.1': 'NT', '6.2': 'NT', '2.1': 'NT' }, review: [{ test: '1.1.1', selector: '#plus-tard' }] },
  // media scopes (only `applicable`)
  { file: 'media-temporal/c', check: 'media-temporal', failures: 0, criteria: { '4.1': 'NT', '4.3': 'NT', '4.7': 'NT', '4.10': 'NT', '4.13': 'NT' }, tests: { '3.1.5': 'NT' } },
  { file: 'media-temporal/na', check: 'media-temporal', applicable: 0, criteria: { '4.1': 'NA', '4.2': 'NA', '4.3': 'NA', '4.4': 'NA', '4.5': 'NA', '4.6': 'NA', '4.7': 'NA', '4.8': 'NA', '4.9': 'NA', '4.10': 'NA', '4.11': 'NA', '4.12': 'NA', '4.13': 'NA' }, tests: { '3.1.5': 'NA', '3.1.6': 'NA', '3.1.3': 'NA' } },
  { file: 'media-non-temporal/c', check: 'media-non-temporal', applicable: 1, criteria: { '4.8': 'NT', '4.12': 'NT', '4.13': 'NT', '4.1': 'NA' } },
  // media-track-captions: 4.3.2
  { file: 'media-track-captions/c', check: 'media-track-captions', failures: 0, tests: { '4.3.2': 'NT' } },
  { file: 'media-track-captions/nc', check: 'media-track-captions', failures: 1, tests: { '4.3.2': 'NC' }, findings: [{ test: '4.3.2', selector: '#vid-subs', snippet: '<video' }] },
  { file: 'media-track-captions/na', check: 'media-track-captions', failures: 0, applicable: 0, tests: { '4.3.2': 'NA' } },
];

describe('themes 2–4 checks (frames, colours, media)', () => {
  const h = useHarness();
  runRows(h, rows);
});
