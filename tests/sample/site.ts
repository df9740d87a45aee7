/** Serve a fixture site on 127.0.0.1, logging every request; `{{ORIGIN}}` in robots.txt and XML is the server's origin. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from '../../src/serve.js';
import { httpFetcher } from '../../src/sample/index.js';
import type { Fetcher } from '../../src/sample/index.js';

export const SITES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'sites');

export interface TestSite extends StaticServer {
  /** Paths with query of every request received, in order. */
  requests: string[];
  /** `requests` without robots.txt and sitemaps. */
  pageRequests(): string[];
  reset(): void;
}

export async function serveSite(name: string): Promise<TestSite> {
  const root = join(SITES, name);
  const requests: string[] = [];
  let origin = '';
  const server = await serveStatic(root, {
    handler: async (req, res) => {
      const path = req.url ?? '/';
      requests.push(path);
      const pathname = new URL(path, 'http://x').pathname;
      if (pathname === '/robots.txt' || /^\/[\w-]+\.xml$/.test(pathname)) {
        const text = await readFile(join(root, pathname), 'utf8').catch(() => null);
        if (text === null) return false;
        const body = text.replaceAll('{{ORIGIN}}', origin);
        res.writeHead(200, { 'content-type': pathname.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/xml' }).end(body);
        return true;
      }
      return false;
    },
  });
  origin = server.url;
  return {
    ...server,
    requests,
    pageRequests: () => requests.filter((r) => r !== '/robots.txt' && !/\.xml$/.test(r)),
    reset: () => void requests.splice(0),
  };
}

/** The real fetcher, refusing anything but 127.0.0.1 (the tests never reach the network). */
export function localFetcher(): Fetcher & { urls: string[] } {
  const real = httpFetcher({ userAgent: 'rgaa-audit/0.1 (tests)', timeoutMs: 5000, maxBytes: 1_000_000 });
  const urls: string[] = [];
  const f = (async (url: string) => {
    urls.push(url);
    if (new URL(url).hostname !== '127.0.0.1') throw new Error(`the sample builder left 127.0.0.1: ${url}`);
    return real(url);
  }) as Fetcher & { urls: string[] };
  f.urls = urls;
  return f;
}

/** A port nothing listens on (connection refused). */
export async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}
