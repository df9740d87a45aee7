/**
 * Every problem of a batch input at once: one line each (`file:line: field: problem`), capped,
 * then one line saying what to do. Exit code 2, before any browser starts.
 */
import { UsageError } from '../model/errors.js';
import type { ProcedureSpec } from '../model/config.js';

/** Problem lines shown before « … and N more ». */
export const MAX_PROBLEMS_SHOWN = 20;

/** A UsageError of several lines, each printed as its own `rgaa-audit: …` line. */
export class InputErrors extends UsageError {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** The problem lines, capped with a count of those left out. */
export function capped(problems: string[], max = MAX_PROBLEMS_SHOWN): string[] {
  if (problems.length <= max) return problems;
  return [...problems.slice(0, max), `… and ${problems.length - max} more problem${problems.length - max === 1 ? '' : 's'} (${problems.length} in all)`];
}

/** Problems that concern the whole file (syntax, columns, options): nothing can be audited. */
export function fileProblems(problems: string[]): InputErrors {
  return new InputErrors(capped(problems));
}

/**
 * Entries that cannot be audited, without `--skip-invalid`: every problem, then how many
 * entries and the two ways on.
 */
export function invalidEntries(file: string, procedures: ProcedureSpec[]): InputErrors {
  const bad = procedures.filter((p) => p.invalid?.length);
  const problems = bad.flatMap((p) => p.invalid!);
  const others = procedures.length - bad.length;
  const n = bad.length;
  return new InputErrors([
    ...capped(problems),
    `${file}: ${n} invalid procedure${n === 1 ? '' : 's'} of ${procedures.length}, nothing audited: fix ${n === 1 ? 'it' : 'them'}, or give --skip-invalid to audit the ${others} other${others === 1 ? '' : 's'} and report ${n === 1 ? 'this one' : 'these'} as in error`,
  ]);
}

/**
 * Run `fn`; a UsageError it throws becomes a problem in `into` and `fallback` is returned, so
 * that one bad field does not hide the next.
 */
export function attempt<T>(into: string[], fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    into.push(...(e instanceof InputErrors ? e.lines : [e.message]));
    return fallback;
  }
}
