/** Text from a page is untrusted: make it inert for a terminal (no control or escape sequences). */
export function termSafe(s: string | null | undefined, max = 200): string {
  if (s == null) return '';
  // eslint-disable-next-line no-control-regex -- control characters from a page must not reach the terminal
  const clean = String(s).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '�').replace(/\s+/g, ' ').trim();
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
}

/** "72.0 %": one decimal, as the rate is already floored. */
export function pct(n: number | null | undefined): string {
  return n == null ? '—' : `${n.toFixed(1)} %`;
}
