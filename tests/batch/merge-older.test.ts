import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeResults } from '../../src/batch/merge.js';
import { readResults } from '../../src/batch/results.js';

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
});
