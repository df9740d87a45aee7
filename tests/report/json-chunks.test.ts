/**
 * The JSON report written in pieces (a campaign's report can outgrow V8's longest string): the
 * same bytes as the whole text, one procedure a piece.
 */
import { describe, it, expect } from 'vitest';
import { jsonChunks, renderJson } from '../../src/report/json.js';
import { makeReport, sampleProcedure } from './factory.js';
import { hostileProcedure } from './hostile.js';

describe('jsonChunks', () => {
  it('gives the bytes of renderJson, for several procedures, one, none, and a hostile one', () => {
    for (const procs of [[sampleProcedure('a'), hostileProcedure(), sampleProcedure('c')], [sampleProcedure('one')], []]) {
      const report = makeReport(procs);
      expect([...jsonChunks(report)].join('')).toBe(renderJson(report));
    }
  });

  it('holds one procedure a piece, between the report head and its tail', () => {
    const procs = [sampleProcedure('a'), sampleProcedure('b'), sampleProcedure('c')];
    const pieces = [...jsonChunks(makeReport(procs))];
    expect(pieces).toHaveLength(procs.length + 2);
    expect(pieces[0].endsWith('"procedures": [')).toBe(true);
    pieces.slice(1, -1).forEach((piece, i) => expect(JSON.parse(piece.replace(/,$/, ''))).toEqual(JSON.parse(JSON.stringify(procs[i]))));
    expect(pieces.at(-1)).toBe('\n  ]\n}\n');
  });

  it('an option that holds its cutting mark: the whole text, still the same bytes', () => {
    const report = makeReport([sampleProcedure('a')], { asOf: '2025-06-01', threshold: 75, note: '\u0000rgaa-audit: procedures\u0000' });
    const pieces = [...jsonChunks(report)];
    expect(pieces).toHaveLength(1);
    expect(pieces.join('')).toBe(renderJson(report));
  });
});
