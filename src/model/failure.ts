/**
 * Why a procedure could not be audited at all, in a few fixed words: the prefix of its `error`
 * (« unreachable: connection refused… »). The batch writes it, every batch output reads it back.
 */

export const FAILURE_KINDS = ['invalid input', 'unreachable', 'timeout', 'blocked', 'TLS error', 'error'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** The kind of a raw error message (from the pages, or the input check). */
export function classifyFailure(error: string | null | undefined): FailureKind | null {
  if (!error) return null;
  if (/^invalid input: /.test(error)) return 'invalid input';
  if (/unreachable/.test(error)) return 'unreachable';
  if (/timeout/.test(error)) return 'timeout';
  if (/HTTP 40[13]|login wall/.test(error)) return 'blocked';
  if (/TLS/.test(error)) return 'TLS error';
  return 'error';
}

/** The kind an error already starts with (`kind: detail`), or null. */
export function failureKindOf(error: string | null | undefined): FailureKind | null {
  if (!error) return null;
  return FAILURE_KINDS.find((k) => error.startsWith(`${k}: `)) ?? null;
}
