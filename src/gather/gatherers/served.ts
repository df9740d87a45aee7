/**
 * `served`: the main document's HTML as the server sent it (the navigation's response body, after
 * redirects), for 8.2.1: duplicate attributes and other markup errors vanish once the browser has
 * parsed the page, so they are read from the source. No interaction with the page.
 */
import iconv from 'iconv-lite';
import type { ServedArtifact } from '../artifacts.js';
import type { Gatherer } from './gatherer.js';

/** The encoding the page declares: the Content-Type charset, else a <meta> in the first 1024 bytes, else UTF-8. */
export function declaredEncoding(contentType: string, head: Buffer): string {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  const prefix = head.subarray(0, 1024).toString('latin1');
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(prefix)?.[1];
  for (const e of [fromHeader, fromMeta]) if (e && iconv.encodingExists(e)) return e.toLowerCase();
  return 'utf-8';
}

export const served: Gatherer<'served'> = {
  name: 'served',
  interactive: false,
  async collect({ guard }): Promise<ServedArtifact> {
    const r = guard.document;
    if (!r) throw new Error('no response for the main document (not loaded over HTTP)');
    const contentType = r.headers()['content-type'] ?? '';
    const body = await r.body();
    return { url: r.url(), status: r.status(), contentType, html: iconv.decode(body, declaredEncoding(contentType, body)) };
  },
};
