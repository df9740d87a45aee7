/** The default fetcher: Node's fetch, with the tool's user agent, a timeout, a size cap and per-host limits. */
import pLimit, { type LimitFunction } from 'p-limit';
import type { Fetcher, FetchResult } from './types.js';

export interface HttpFetcherOptions {
  userAgent: string;
  /** Per request, headers and body included. Default 15000. */
  timeoutMs?: number;
  /** Body bytes read at most; the rest is dropped. Default 5 MB. */
  maxBytes?: number;
  /** Requests at once to the same host. Default 2. */
  perHost?: number;
}

/** Bodies are read for these types only (robots.txt is text/plain). */
export function isReadableType(contentType: string | null): boolean {
  if (!contentType) return true;
  const t = contentType.split(';')[0].trim().toLowerCase();
  return t === 'text/html' || t === 'application/xhtml+xml' || t === 'text/plain' || t === 'text/xml' || t === 'application/xml' || t.endsWith('+xml');
}

export function isHtmlType(contentType: string | null): boolean {
  if (!contentType) return false;
  const t = contentType.split(';')[0].trim().toLowerCase();
  return t === 'text/html' || t === 'application/xhtml+xml';
}

function charsetOf(contentType: string | null): string {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : 'utf-8';
}

async function readCapped(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!res.body) return { bytes: new Uint8Array(), truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - size;
      chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
      size += Math.min(value.byteLength, room);
      if (size >= maxBytes) {
        truncated = value.byteLength > room || !(await reader.read().then((r) => r.done, () => true));
        break;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return { bytes: out, truncated };
}

/** A body cut at the cap may end inside a character: `stream` drops that partial character. */
function decode(bytes: Uint8Array, charset: string, truncated: boolean): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes, { stream: truncated });
}

function errorMessage(e: unknown): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timeout';
  const cause = err?.cause?.code ?? err?.cause?.message;
  return cause ? `${err?.message ?? 'fetch failed'} (${cause})` : String(err?.message ?? e);
}

/**
 * GET with redirects followed, `AbortSignal.timeout`, the body cut at `maxBytes`, and at most
 * `perHost` requests at once per host. Never throws: network errors come back as `{ url, error }`.
 */
export function httpFetcher(opts: HttpFetcherOptions): Fetcher {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
  const limits = new Map<string, LimitFunction>();
  const limitFor = (host: string): LimitFunction => {
    let l = limits.get(host);
    if (!l) limits.set(host, (l = pLimit(Math.max(1, opts.perHost ?? 2))));
    return l;
  };
  return async (url: string): Promise<FetchResult> => {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return { url, error: 'invalid URL' };
    }
    return limitFor(host)(async (): Promise<FetchResult> => {
      try {
        const res = await fetch(url, {
          redirect: 'follow',
          signal: AbortSignal.timeout(timeoutMs),
          headers: {
            'user-agent': opts.userAgent,
            accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
          },
        });
        const contentType = res.headers.get('content-type');
        const headers: Record<string, string> = {};
        res.headers.forEach((v, k) => (headers[k] = v));
        let body = '';
        if (isReadableType(contentType)) {
          const { bytes, truncated } = await readCapped(res, maxBytes);
          body = decode(bytes, charsetOf(contentType), truncated);
          if (truncated) headers['x-rgaa-audit-truncated'] = String(maxBytes);
        }
        else await res.body?.cancel().catch(() => undefined);
        return { url, finalUrl: res.url || url, status: res.status, contentType, body, headers };
      } catch (e) {
        return { url, error: errorMessage(e) };
      }
    });
  };
}
