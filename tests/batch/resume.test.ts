/** The pure part of what a batch does with an earlier results file (src/batch/resume.ts). */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { earlierAsOf, planResume, settingsDiff } from '../../src/batch/resume.js';
import { asideName, earlierLineCount, readResults, setAside, type ResultLine } from '../../src/batch/results.js';
import { UsageError } from '../../src/model/errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'rgaa-resume-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const settings = { judge: { asOf: '2026-01-15', method: '2020' }, sample: null, tool: '0.1.0' };
const line = (id: string, config: string, s: Record<string, unknown> | undefined = settings): ResultLine =>
  ({ v: 1, id, index: 0, config, settings: s, finishedAt: '', procedure: { id } }) as unknown as ResultLine;

describe('planResume', () => {
  const keys = new Map([
    ['a', 'ka'],
    ['b', 'kb'],
    ['c', 'kc'],
  ]);

  it('keeps the results whose key matches; a changed entry is audited again; ids not in the input are counted', () => {
    const plan = planResume([line('a', 'ka'), line('b', 'old'), line('z', 'kz'), line('z', 'kz2')], keys, settings, 'r.jsonl');
    expect([...plan.done.keys()]).toEqual(['a']);
    expect(plan.changed).toEqual(['b']);
    expect(plan.orphans).toBe(1);
  });

  it('a matching line after an older one of the same id wins: not reported as changed', () => {
    const plan = planResume([line('b', 'old'), line('b', 'kb')], keys, settings, 'r.jsonl');
    expect([...plan.done.keys()]).toEqual(['b']);
    expect(plan.changed).toEqual([]);
  });

  it('other run-level settings: refused, naming each difference', () => {
    const other = { ...settings, judge: { asOf: '2026-01-16', method: '2023' } };
    const run = () => planResume([line('a', 'ka', other)], keys, settings, 'out/r.jsonl');
    expect(run).toThrow(UsageError);
    expect(run).toThrow('--resume: out/r.jsonl was made with other settings (judge.asOf: 2026-01-16 → 2026-01-15; judge.method: 2023 → 2020): run with the same options to continue it, or --force to start a new run');
  });

  it('other settings on a procedure no longer in the input do not block the resume', () => {
    expect(() => planResume([line('z', 'kz', { ...settings, tool: '0.0.9' })], keys, settings, 'r.jsonl')).not.toThrow();
  });

  it('lines of earlier versions (no settings) are compared by key only', () => {
    const plan = planResume([line('a', 'ka', undefined), line('b', 'x', undefined)], keys, settings, 'r.jsonl');
    expect([...plan.done.keys()]).toEqual(['a']);
    expect(plan.changed).toEqual(['b']);
  });
});

describe('settingsDiff', () => {
  it('names added, removed and changed keys at any depth, arrays compared whole', () => {
    expect(settingsDiff({ a: 1, b: { c: [1, 2] }, d: 'x' }, { a: 1, b: { c: [1, 3] }, e: true })).toEqual(['b.c: [1,2] → [1,3]', 'd: x → (none)', 'e: (none) → true']);
    expect(settingsDiff(settings, settings)).toEqual([]);
  });
});

describe('earlier results on disk', () => {
  it('earlierLineCount: 0 for a missing or empty file; a cut last line counts', () => {
    const f = join(tmp, 'count.jsonl');
    expect(earlierLineCount(f)).toBe(0);
    writeFileSync(f, '');
    expect(earlierLineCount(f)).toBe(0);
    writeFileSync(f, '{"v":1}\n{"v":1}\n{"v":');
    expect(earlierLineCount(f)).toBe(3);
  });

  it('readResults: each complete line (accents and all), blank lines skipped, a cut last line dropped and, with repair, cut off the file; a bad line named by its number', () => {
    const f = join(tmp, 'read.jsonl');
    const good = (id: string, name: string) => JSON.stringify({ v: 1, id, index: 0, config: 'k', finishedAt: '', procedure: { id, name, pages: [], criteria: {} } });
    const whole = `${good('a', 'Démarche « été »')}\n\n${good('b', '申請')}\n`;
    writeFileSync(f, whole + '{"v":1,"id":"c","proc');
    expect(readResults(f).map((l) => [l.id, l.procedure.name])).toEqual([['a', 'Démarche « été »'], ['b', '申請']]);
    expect(readFileSync(f, 'utf8')).toBe(whole + '{"v":1,"id":"c","proc'); // read only: the file as it was
    expect(readResults(f, true).map((l) => l.id)).toEqual(['a', 'b']);
    expect(readFileSync(f, 'utf8')).toBe(whole); // repaired: the next line starts on a fresh one
    writeFileSync(f, `${good('a', 'x')}\nnot json\n`);
    expect(() => readResults(f)).toThrow(`${f}:2: not a results line (invalid JSON)`);
  });

  it('setAside renames to <file>.<mtime>.bak (no longer matched by *.jsonl), numbered when taken', () => {
    const f = join(tmp, 'results.jsonl');
    const when = new Date('2026-01-15T10:20:30.456Z');
    writeFileSync(f, 'first\n');
    utimesSync(f, when, when);
    const a = setAside(f);
    expect(a).toBe(`${f}.2026-01-15T10-20-30Z.bak`);
    expect(a).toBe(asideName(f, when));
    expect(existsSync(f)).toBe(false);
    expect(readFileSync(a, 'utf8')).toBe('first\n');
    writeFileSync(f, 'second\n');
    utimesSync(f, when, when);
    const b = setAside(f);
    expect(b).toBe(`${f}.2026-01-15T10-20-30Z.2.bak`);
    expect(readFileSync(a, 'utf8')).toBe('first\n');
    expect(readFileSync(b, 'utf8')).toBe('second\n');
  });

  it('earlierAsOf: the judge date of the earlier lines, null without a judge', () => {
    expect(earlierAsOf([line('a', 'k')])).toBe('2026-01-15');
    expect(earlierAsOf([line('a', 'k', { judge: null })])).toBeNull();
    expect(earlierAsOf([])).toBeNull();
  });
});
