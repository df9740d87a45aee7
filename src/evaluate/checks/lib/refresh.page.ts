/**
 * The content of `<meta http-equiv="refresh">` read as browsers read it (the HTML standard's
 * "shared declarative refresh steps"): the delay is the integer before any dots and digits
 * ("0.5" waits 0 s), a space alone may separate it from the URL, and "url=" and quotes are optional.
 * Pure: shared by the page code and the tests.
 */
export interface Refresh {
  /** Seconds before the refresh, as browsers wait them. */
  delay: number;
  /** The URL as written, or '' when the page reloads itself. */
  url: string;
}

const WS = /[\t\n\f\r ]/;

/** null when browsers ignore the content (no delay, or garbage after it). */
export function parseRefresh(content: string): Refresh | null {
  const s = content;
  let i = 0;
  const skipWs = () => {
    while (i < s.length && WS.test(s[i])) i++;
  };
  skipWs();
  const start = i;
  while (i < s.length && s[i] >= '0' && s[i] <= '9') i++;
  const digits = s.slice(start, i);
  if (!digits && s[i] !== '.') return null;
  const delay = digits ? parseInt(digits, 10) : 0;
  while (i < s.length && ((s[i] >= '0' && s[i] <= '9') || s[i] === '.')) i++;
  if (i < s.length) {
    if (s[i] !== ';' && s[i] !== ',' && !WS.test(s[i])) return null;
    skipWs();
    if (s[i] === ';' || s[i] === ',') {
      i++;
      skipWs();
    }
  }
  if (i >= s.length) return { delay, url: '' };
  let rest = s.slice(i);
  const m = /^url[\t\n\f\r ]*=[\t\n\f\r ]*/i.exec(rest);
  if (m) rest = rest.slice(m[0].length);
  const q = rest[0];
  if (q === '"' || q === "'") {
    rest = rest.slice(1);
    const end = rest.indexOf(q);
    if (end >= 0) rest = rest.slice(0, end);
  }
  return { delay, url: rest.trim() };
}
