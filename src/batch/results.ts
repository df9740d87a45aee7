/**
 * The JSONL results file: one line per finished procedure, appended as soon as it finishes, so
 * that nothing finished is lost (kill -9 included) and `--resume` can skip what is done. A file
 * that holds results is never emptied: a new run is refused, or sets it aside (`--force`).
 */
import { writeFileSync, appendFileSync, closeSync, existsSync, ftruncateSync, openSync, readFileSync, renameSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ProcedureReport } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { upgradeProcedure } from '../aggregate/rate.js';

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
  /**
   * The line's screenshots, each once: a finding's `screenshot` is then `picture:<index>` in the
   * file (an element of a site's template is pictured once and carried by its findings on every
   * page). Read back in place by readResults; absent in files of earlier versions.
   */
  pictures?: string[];
}

/** A finding's screenshot in a results line: the index of the picture in the line's table. */
const PICTURE_REF = /^picture:(\d+)$/;

/** A results line as written: one line of JSON, each screenshot once in the line's `pictures`. */
export function lineText(line: ResultLine): string {
  const pictures: string[] = [];
  const index = new Map<string, number>();
  const body = JSON.stringify({ ...line, pictures: undefined }, (key, value: unknown) => {
    if (key !== 'screenshot' || typeof value !== 'string') return value;
    let i = index.get(value);
    if (i === undefined) index.set(value, (i = pictures.push(value) - 1));
    return `picture:${i}`;
  });
  return pictures.length ? `${body.slice(0, -1)},"pictures":${JSON.stringify(pictures)}}` : body;
}

/** Put the line's pictures back in place of their references (one string per picture, shared). */
function withPictures(line: ResultLine, where: string): ResultLine {
  const { pictures, ...rest } = line;
  if (pictures === undefined) return line;
  if (!Array.isArray(pictures) || pictures.some((p) => typeof p !== 'string')) throw new UsageError(`${where}: not a rgaa-audit results line (its pictures are not a list of strings)`);
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const [k, x] of Object.entries(o)) {
        if (k !== 'screenshot' || typeof x !== 'string') walk(x);
        else {
          const m = PICTURE_REF.exec(x);
          if (!m) continue;
          if (Number(m[1]) >= pictures.length) throw new UsageError(`${where}: not a rgaa-audit results line (a screenshot refers to picture ${m[1]} of ${pictures.length})`);
          o[k] = pictures[Number(m[1])];
        }
      }
    }
  };
  walk(rest.procedure);
  return rest;
}

/**
 * The complete lines of a file's bytes (each ending in a newline), decoded one at a time as they
 * are asked for: a results file is never held as one string (a large campaign's, pictures
 * included, could pass V8's longest string, ~512 MB of text), nor as all its lines at once.
 */
function* completeLines(bytes: Buffer): Generator<string> {
  const end = bytes.lastIndexOf(0x0a) + 1;
  for (let start = 0; start < end; ) {
    const nl = bytes.indexOf(0x0a, start);
    yield bytes.toString('utf8', start, nl);
    start = nl + 1;
  }
}

/**
 * Read a results file. A last line cut by a crash is dropped (and cut off the file when `repair`
 * is set, so that the next append starts on a fresh line); other bad lines are errors.
 */
export function readResults(path: string, repair = false): ResultLine[] {
  if (!existsSync(path)) return [];
  const bytes = readFileSync(path);
  if (repair) {
    const fd = openSync(path, 'r+');
    try {
      const end = bytes.lastIndexOf(0x0a) + 1;
      if (bytes.length > end) ftruncateSync(fd, end);
    } finally {
      closeSync(fd);
    }
  }
  const out: ResultLine[] = [];
  let n = 0;
  for (const line of completeLines(bytes)) {
    n++;
    if (line.trim()) out.push(parseLine(line, `${path}:${n}`));
  }
  return out;
}

/**
 * One line of a results file as ResultLine (`where`: the file and line, for the error): its
 * pictures put back in place, and a line of an older version in today's shape.
 */
export function parseLine(line: string, where: string): ResultLine {
  let parsed: ResultLine;
  try {
    parsed = JSON.parse(line) as ResultLine;
  } catch {
    throw new UsageError(`${where}: not a results line (invalid JSON)`);
  }
  if (parsed.v !== 1 || typeof parsed.id !== 'string' || !parsed.procedure) throw new UsageError(`${where}: not a rgaa-audit results line`);
  parsed = withPictures(parsed, where);
  // Lines written by an older version (schemaVersion 1: `rate.global`) are read in today's shape.
  return { ...parsed, procedure: upgradeProcedure(parsed.procedure) };
}

/** Complete lines of an earlier results file (0 when it is absent or empty). */
export function earlierLineCount(path: string): number {
  if (!existsSync(path) || statSync(path).size === 0) return 0;
  const bytes = readFileSync(path);
  let n = 0;
  for (const line of completeLines(bytes)) if (line.trim()) n++;
  // The last line too, even when a crash cut it: what an earlier run left.
  return n + (bytes.toString('utf8', bytes.lastIndexOf(0x0a) + 1).trim() ? 1 : 0);
}

/**
 * A run without `--resume` nor `--force` on a results file that holds results: refused, so that
 * nothing an earlier run found is lost (one line naming both ways out).
 */
export function refuseOverwrite(path: string, lines: number): never {
  throw new UsageError(
    `${path} already holds ${lines} result${lines === 1 ? '' : 's'} of an earlier run: add --resume to continue that run, or --force to start a new one (the earlier file is then kept as ${basename(asideName(path, new Date(0))).replace('1970-01-01T00-00-00Z', '<date>')})`,
  );
}

/** `results.jsonl` → `results.jsonl.2026-01-15T10-20-30Z.bak` (no longer matched by `*.jsonl`). */
export function asideName(path: string, when: Date): string {
  return `${path}.${when.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}.bak`;
}

/**
 * `--force`: the earlier results file is renamed, never deleted, dated by its last write; a
 * second `--force` within the same second gets a numbered name. Returns the new name.
 */
export function setAside(path: string): string {
  const when = statSync(path).mtime;
  let target = asideName(path, when);
  for (let i = 2; existsSync(target); i++) target = asideName(path, when).replace(/\.bak$/, `.${i}.bak`);
  renameSync(path, target);
  return target;
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
  /** One write per line: appended whole, then the next one. Returns the line's bytes as written (UTF-8, without its newline). */
  append(line: ResultLine): Buffer {
    const bytes = Buffer.from(lineText(line) + '\n', 'utf8');
    appendFileSync(this.path, bytes);
    return bytes.subarray(0, bytes.length - 1);
  }
}

/** The last line per procedure id wins; ordered by input position. */
export function latestById(lines: ResultLine[]): ResultLine[] {
  const m = new Map<string, ResultLine>();
  for (const l of lines) m.set(l.id, l);
  return [...m.values()].sort((a, b) => a.index - b.index || a.id.localeCompare(b.id));
}
