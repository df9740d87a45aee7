import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeResults } from '../../src/batch/merge.js';
import { readResults } from '../../src/batch/results.js';
import { reasonText } from '../../src/report/view.js';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

// A results line as version 0.1.0 wrote it (schemaVersion 1: rate.global, page rate.value).
const v1Line = {
  v: 1,
  id: 'old',
  index: 0,
  config: 'k',
  finishedAt: '2025-06-01T10:00:00.000Z',
  procedure: {
    id: 'old',
    name: 'Old run',
    pages: [{ url: 'https://a.example/', finalUrl: 'https://a.example/', httpStatus: 200, error: null, title: null, criteria: {}, rate: { C: 2, NC: 1, NA: 3, NT: 4, value: 66.6 } }],
    criteria: {},
    rate: { C: 2, NC: 1, NA: 3, NT: 4, global: 66.6, average: 66.6 },
    declaration: null,
    verdict: null,
  },
};

describe('older results files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rgaa-merge-v1-'));
  it('merge and --resume read a results.jsonl of schemaVersion 1 with the measured rate and its bounds', () => {
    const file = join(dir, 'results.jsonl');
    writeFileSync(file, JSON.stringify(v1Line) + '\n');
    const [p] = mergeResults([file]);
    expect(p.rate).toMatchObject({ measured: 66.6, floor: 28.5, ceiling: 85.7 });
    expect(p.pages[0].rate).toMatchObject({ measured: 66.6, floor: 28.5, ceiling: 85.7 });
    expect(readResults(file)[0].procedure.rate.measured).toBe(66.6);
  });
  it('merge reads a JSON report of schemaVersion 1', () => {
    const file = join(dir, 'old.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, finishedAt: '2025-06-01T10:00:00.000Z', procedures: [v1Line.procedure] }));
    expect(mergeResults([file])[0].rate).toMatchObject({ measured: 66.6, floor: 28.5, ceiling: 85.7 });
  });
  it('merge reads a report of schemaVersion 2 whose reasons are English strings: kept as written, in today’s shape', () => {
    const decl = {
      url: 'https://a.example/accessibilite', evidence: [], state: 'partiellement', rate: 60, rgaaVersion: '4.1',
      establishedOn: '2024-01-01', updatedOn: null, auditDate: null, contact: null, defenseurDesDroits: true, pagesChecked: ['Accueil'],
    };
    const v2 = {
      ...v1Line.procedure,
      rate: { C: 2, NC: 1, NA: 3, NT: 4, measured: 66.6, floor: 28.5, ceiling: 85.7, average: 66.6 },
      declaration: {
        homeUrl: 'https://a.example/', mentions: [], searched: [], declaration: decl,
        validity: { valid: true, referenceDate: '2024-01-01', expiresOn: '2027-01-01', reason: 'Declaration found at https://a.example/accessibilite dated 2024-01-01, valid until 2027-01-01' },
        receivable: { receivable: false, missing: ['contact'] },
      },
      verdict: { method: '2020', value: 'Partiel', rateUsed: 60, rateSource: 'declared', reasons: ['Declared rate 60 % is below 75 %'], contradictions: ['Something old'] },
    };
    const file = join(dir, 'v2.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 2, finishedAt: '2025-06-01T10:00:00.000Z', procedures: [v2] }));
    const [p] = mergeResults([file]);
    expect(p.verdict?.reasons).toEqual([{ id: 'text', params: {}, text: 'Declared rate 60 % is below 75 %' }]);
    expect(p.verdict?.contradictions).toEqual([{ id: 'text', params: {}, text: 'Something old' }]);
    expect(p.declaration?.validity).toMatchObject({ reason: { id: 'text' }, notes: [], mode: 'observatory', basis: null, rgaa: null });
    expect(p.declaration).toMatchObject({ mentionCoverage: null, plans: null, sample: null, unreachable: null });
    expect(p.declaration?.declaration).toMatchObject({ rateReading: { evidence: null, setAside: [], conflicting: [] }, sample: null, plans: [] });
    // Rendered as written in either language.
    expect(reasonText(p.verdict!.reasons[0], 'fr')).toBe('Declared rate 60 % is below 75 %');
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile({ $id: 'procedure', definitions: schema.definitions, $ref: '#/definitions/procedure' });
    expect(validate(p), JSON.stringify(validate.errors)).toBe(true);
  });
});
