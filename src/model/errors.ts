/** Exit codes, documented in the README. */
export const EXIT = {
  OK: 0,
  BELOW_THRESHOLD: 1,
  USAGE: 2,
  NOTHING_AUDITED: 3,
  BROWSER: 4,
  /** EX_SOFTWARE: a bug; one line, the stack with --debug. */
  INTERNAL: 70,
  /** Stopped by SIGINT (Ctrl-C): 128 + 2, as a shell reports it. */
  INTERRUPTED: 130,
  /** Stopped by SIGTERM (CI cancel, `kill`): 128 + 15. */
  TERMINATED: 143,
} as const;

/** The exit code of a run stopped by this signal. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? EXIT.INTERRUPTED : EXIT.TERMINATED;
}

/** Bad usage or configuration: one line, exit code 2. */
export class UsageError extends Error {
  readonly exitCode: number = EXIT.USAGE;
}

/** No browser could be found or started: exit code 4. */
export class BrowserError extends Error {
  readonly exitCode: number = EXIT.BROWSER;
}
