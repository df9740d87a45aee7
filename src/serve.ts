/** A small static server on 127.0.0.1 (random port) for the demo, the tests and the benchmark. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface ServeOptions {
  /** Added before every response, in ms. */
  latency?: number;
  /** Custom routes tried first; return true when handled. */
  handler?: Handler;
  host?: string;
}

/** Serve `root`: `/a` → a.html, a/index.html; 404 otherwise. Paths never leave root. */
export async function serveStatic(root: string, opts: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    try {
      if (opts.latency) await new Promise((r) => setTimeout(r, opts.latency));
      if (opts.handler && (await opts.handler(req, res))) return;
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const safe = normalize(join(root, path));
      if (!safe.startsWith(normalize(root + sep)) && safe !== normalize(root)) {
        res.writeHead(403).end();
        return;
      }
      for (const candidate of [safe, safe + '.html', join(safe, 'index.html')]) {
        const s = await stat(candidate).catch(() => null);
        if (s?.isFile()) {
          const body = await readFile(candidate);
          res.writeHead(200, { 'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream', 'content-length': body.length });
          res.end(body);
          return;
        }
      }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
