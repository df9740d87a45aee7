// Wall time of 40 pages (concurrency 2), media blocked by the pooled tab (today) or not blocked at all (2026-12-04: the earlier context.route() turned the HTTP cache off).
import { servePages } from '../server.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';
const srv = await servePages(40);
const res = { none: [], media: [] };
for (let r = 0; r < 2; r++) {
  for (const k of r % 2 ? ['media', 'none'] : ['none', 'media']) {
    const s = new AuditSession({ ...defaultAuditOptions(), block: k === 'none' ? [] : ['media'] });
    await s.start();
    await s.gather(srv.urls[0]);
    const t0 = performance.now();
    await Promise.all(srv.urls.map((u) => s.gather(u)));
    res[k].push(Math.round(performance.now() - t0));
    await s.close();
  }
}
console.log(JSON.stringify(res), 'requests', srv.requests?.().length);
await srv.close();
