/**
 * Serve generated pages from memory on 127.0.0.1 through rgaa-audit's own static server
 * (dist/serve.js serveStatic with a `handler` that answers every request, and its `latency`).
 */
import { serveStatic } from '../dist/serve.js';
import { ASSETS, ACCESSIBILITY_PAGE, pageSet } from './pages.mjs';
import { fileURLToPath } from 'node:url';

/**
 * @param {number} n pages /p/0 … /p/(n-1)
 * @param {{latency?: number, seed?: number, extra?: Map<string,{type:string, body:string|Buffer}>}} opts
 */
export async function servePages(n, { latency = 0, seed, extra } = {}) {
  const pages = pageSet(n, seed === undefined ? undefined : { seed });
  const bodies = new Map();
  for (const [path, html] of pages) bodies.set(path, { type: 'text/html; charset=utf-8', body: Buffer.from(html) });
  for (const [path, a] of ASSETS) bodies.set(path, { type: a.type, body: Buffer.from(a.body) });
  bodies.set('/accessibilite', { type: 'text/html; charset=utf-8', body: Buffer.from(ACCESSIBILITY_PAGE) });
  for (const [path, a] of extra ?? []) bodies.set(path, { type: a.type, body: Buffer.isBuffer(a.body) ? a.body : Buffer.from(a.body) });
  let requests = 0;
  const server = await serveStatic(fileURLToPath(new URL('.', import.meta.url)), {
    latency,
    handler: (req, res) => {
      requests++;
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const hit = bodies.get(path);
      if (hit) {
        res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length, 'cache-control': 'max-age=3600' });
        res.end(hit.body);
      } else {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Introuvable</title><h1>Introuvable</h1>');
      }
      return true;
    },
  });
  const urls = [...pages.keys()].map((p) => server.url + p);
  return { ...server, urls, pages, bodies, requests: () => requests };
}
