/**
 * The JSONL results file: one line per finished procedure, appended as soon as it finishes, so
 * that nothing finished is lost (kill -9 included) and `--resume` can skip what is done.
 */
import { writeFileSync, appendFileSync, closeSync, existsSync, ftruncateSync, openSync, readFileSync, fstatSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ProcedureReport } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { upgradeProcedure } from '../aggregate/rate.js';
import { earlierLineCount, refuseOverwrite } from './resume.js';

export interface ResultLine {
  v: 1;
  id: string;
  /** Position of the procedure in the input file: the order of the reports. */
  index: number;
  /** Hash of what decides the result (procedure, options, tool and axe versions). */
  config: string;
  /** The run-level part of it, readable: a `--resume` with other settings names what differs. Absent in files of earlier versions. */
  settings?: Record<string, unknown>;
  finishedAt: string;
  procedure: ProcedureReport;
}

/**
 * Read a results file. A last line cut by a crash is dropped (and cut off the file when `repair`
 * is set, so that the next append starts on a fresh line); other bad lines are errors.
 */
export function readResults(path: string, repair = false): ResultLine[] {
  if (!existsSync(path)) return [];
  if (repair) {
    const fd = openSync(path, 'r+');
    try {
      const size = fstatSync(fd).size;
      const text = readFileSync(path, 'utf8');
      if (size > 0 && !text.endsWith('\n')) ftruncateSync(fd, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
    } finally {
      closeSync(fd);
    }
  }
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  const complete = text.endsWith('\n') ? lines.slice(0, -1) : lines.slice(0, -1); // the last piece is '' or a cut line
  const out: ResultLine[] = [];
  complete.forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: ResultLine;
    try {
      parsed = JSON.parse(line) as ResultLine;
    } catch {
      throw new UsageError(`${path}:${i + 1}: not a results line (invalid JSON)`);
    }
    if (parsed.v !== 1 || typeof parsed.id !== 'string' || !parsed.procedure) throw new UsageError(`${path}:${i + 1}: not a rgaa-audit results line`);
    // Lines written by an older version (schemaVersion 1: `rate.global`) are read in today's shape.
    out.push({ ...parsed, procedure: upgradeProcedure(parsed.procedure) });
  });
  return out;
}

export class ResultsWriter {
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }
  /**
   * Start a new results file (a run without --resume). A file that holds results is never
   * emptied: the caller sets it aside (`--force`) or refuses first; this is the last guard.
   */
  start(): void {
    const lines = earlierLineCount(this.path);
    if (lines) refuseOverwrite(this.path, lines);
    writeFileSync(this.path, '');
  }
  /** One write per line: appended whole, then the next one. */
  append(line: ResultLine): void {
    appendFileSync(this.path, JSON.stringify(line) + '\n');
  }
}

/** The last line per procedure id wins; ordered by input position. */
export function latestById(lines: ResultLine[]): ResultLine[] {
  const m = new Map<string, ResultLine>();
  for (const l of lines) m.set(l.id, l);
  return [...m.values()].sort((a, b) => a.index - b.index || a.id.localeCompare(b.id));
}
