/** Exit codes, documented in the README. */
export const EXIT = {
  OK: 0,
  BELOW_THRESHOLD: 1,
  USAGE: 2,
  NOTHING_AUDITED: 3,
  BROWSER: 4,
  INTERNAL: 70,
} as const;

/** Bad usage or configuration: one line, exit code 2. */
export class UsageError extends Error {
  readonly exitCode: number = EXIT.USAGE;
}

/** No browser could be found or started: exit code 4. */
export class BrowserError extends Error {
  readonly exitCode: number = EXIT.BROWSER;
}
