/**
 * Screenshots in results.jsonl (src/batch/results.ts): each picture is written once per line, in
 * the line's `pictures`, and findings refer to it; reading puts every picture back where it was.
 * A line of an earlier version (pictures inline) reads as it was written.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResultsWriter, lineText, readResults, type ResultLine } from '../../src/batch/results.js';
import { UsageError } from '../../src/model/errors.js';

const LOGO = 'data:image/png;base64,' + 'QUJD'.repeat(500);
const OWN = 'data:image/png;base64,' + 'REVG'.repeat(300);
const finding = (selector: string, screenshot?: string) => ({ test: '1.1.1', source: 'image-alt', selector, snippet: `<img id="${selector.slice(1)}">`, message: 'no alt', ...(screenshot ? { screenshot } : {}) });

function line(): ResultLine {
  const page = (url: string, own: string) => ({
    url,
    finalUrl: url,
    httpStatus: 200,
    error: null,
    title: 'Démarche',
    criteria: { '1.1': { status: 'NC' as const, tests: { '1.1.1': 'NC' as const }, findings: [finding('#logo', LOGO), finding('#own', own), finding('#plain')] } },
    rate: { C: 0, NC: 1, NA: 0, NT: 0, measured: 0, floor: 0, ceiling: 0 },
  });
  return {
    v: 1,
    id: 'P1',
    index: 0,
    config: 'k',
    finishedAt: '2026-12-05T00:00:00.000Z',
    procedure: {
      id: 'P1',
      name: 'Démarche',
      administration: null,
      pages: [page('http://127.0.0.1/a', OWN), page('http://127.0.0.1/b', LOGO)],
      criteria: { '1.1': { status: 'NC', tests: { '1.1.1': 'NC' }, findings: [{ ...finding('#logo', LOGO), page: 'http://127.0.0.1/a' }] } },
      rate: { C: 0, NC: 1, NA: 0, NT: 0, measured: 0, floor: 0, ceiling: 0 },
      declaration: null,
      verdict: null,
      error: null,
    },
  } as unknown as ResultLine;
}

describe('pictures in results.jsonl', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rgaa-pictures-'));

  it('writes each picture once per line and reads every finding back with its own picture', () => {
    const file = join(dir, 'results.jsonl');
    const w = new ResultsWriter(file);
    w.start();
    w.append(line());
    const text = lineText(line());
    // LOGO is on four findings, OWN on one: each is in the text once.
    expect(text.split(LOGO).length - 1).toBe(1);
    expect(text.split(OWN).length - 1).toBe(1);
    expect(text.length).toBeLessThan(JSON.stringify(line()).length - 3 * LOGO.length + 100);
    const [back] = readResults(file);
    expect(back).toEqual(line());
    expect(back.pictures).toBeUndefined();
  });

  it('writes a line without screenshots as before, and reads a line of an earlier version (pictures inline) as written', () => {
    const bare = line();
    for (const p of bare.procedure.pages) for (const c of Object.values(p.criteria)) for (const f of c.findings) delete (f as { screenshot?: string }).screenshot;
    for (const c of Object.values(bare.procedure.criteria)) for (const f of c.findings) delete (f as { screenshot?: string }).screenshot;
    expect(lineText(bare)).toBe(JSON.stringify(bare));
    const file = join(dir, 'older.jsonl');
    writeFileSync(file, JSON.stringify(line()) + '\n');
    expect(readResults(file)[0]).toEqual(line());
  });

  it('refuses a line whose screenshot refers to a picture it does not hold, naming the file and line', () => {
    const file = join(dir, 'bad.jsonl');
    const text = lineText(line()).replace('"picture:1"', '"picture:7"');
    writeFileSync(file, lineText(line()) + '\n' + text + '\n');
    expect(() => readResults(file)).toThrow(UsageError);
    expect(() => readResults(file)).toThrow(`${file}:2: not a rgaa-audit results line (a screenshot refers to picture 7 of 2)`);
  });
});
