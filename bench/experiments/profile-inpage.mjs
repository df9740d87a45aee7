// Where the in-page audit's time goes, by source module: one AuditSession at concurrency 1 on N
// generated pages; V8's sampling profiler runs around each auditJson evaluation, and each sample's
// self time is charged to the module of the init script it falls in (axe-core, or the bundle's
// `// src/...` file), to a page script, or to V8 itself ((garbage collector), (program)).
//   node bench/experiments/profile-inpage.mjs [pages=20]
import { servePages } from '../server.mjs';
import { AuditSession, defaultAuditOptions } from '../../dist/audit.js';

const n = Number(process.argv[2] ?? 20);
const srv = await servePages(n + 2);
const session = new AuditSession({ ...defaultAuditOptions(), concurrency: 1 });
await session.start();
// line → module of a script's source: axe-core's lines, then the bundle's `// src/…` comments
// (Playwright wraps an init script, so the map is built from the source V8 compiled).
function modulesOf(source) {
  const lines = source.split('\n');
  const moduleOf = [];
  let cur = '(script head)';
  let inAxe = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('(function (define, module, exports) {')) { inAxe = true; cur = 'axe-core'; }
    else if (inAxe && l.startsWith('}).call(window, undefined, undefined, undefined);')) { inAxe = false; cur = 'rgaa-audit: bundle head'; }
    else if (!inAxe) { const m = l.match(/^\s*\/\/ (src\/\S+|node_modules\/\S+)/); if (m) cur = m[1]; }
    moduleOf[i] = cur;
  }
  return moduleOf;
}
const maps = new Map();
const self = new Map();
let totalMs = 0;
let measuring = false;
const sessions = new WeakMap();
await session.gather(srv.urls[n]);
const b = session['browser'] ?? session['pool']?.['browser'];
const ctx0 = await b.newContext();
const pg0 = await ctx0.newPage();
const pp = Object.getPrototypeOf(pg0);
await ctx0.close();
const ev = pp.evaluate;
pp.evaluate = async function (fn, arg) {
  if (!measuring || typeof fn !== 'string' || !fn.includes('.auditJson')) return ev.call(this, fn, arg);
  let cdp = sessions.get(this);
  if (!cdp) { cdp = await this.context().newCDPSession(this); await cdp.send('Profiler.enable'); await cdp.send('Debugger.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); sessions.set(this, cdp); }
  await cdp.send('Profiler.start');
  try { return await ev.call(this, fn, arg); } finally {
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((x) => [x.id, x]));
    const parent = new Map();
    for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
    // A native function (a DOM or builtin call: no script) is charged to the JS function that called it.
    const owner = (id) => { let cur = id; while (byId.get(cur).callFrame.scriptId === '0' && !byId.get(cur).callFrame.functionName.startsWith('(') && parent.has(cur)) cur = parent.get(cur); return cur; };
    const dt = new Map();
    for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    for (const [id, ms] of dt) {
      const f = byId.get(owner(id)).callFrame;
      if (f.url === '' && !f.functionName.startsWith('(') && !maps.has(f.scriptId)) {
        const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: f.scriptId }).catch(() => ({ scriptSource: '' }));
        maps.set(f.scriptId, scriptSource.length > 100000 ? modulesOf(scriptSource) : []);
        if (process.env.DETAIL && scriptSource.length <= 100000) console.log('script', f.scriptId, scriptSource.length, JSON.stringify(scriptSource.slice(0, 300)));
      }
      const key = f.url === '' && f.functionName.startsWith('(') ? f.functionName : f.url === '' ? (maps.get(f.scriptId)[f.lineNumber] ?? '(evaluated string)') : f.url.startsWith('http') ? '(page script)' : f.url;
      self.set(key, (self.get(key) ?? 0) + ms);
      if (key === '(evaluated string)' && process.env.DETAIL) { const k2 = '  ' + (f.functionName || '(anonymous)') + ' @' + f.scriptId + ':' + f.lineNumber; self.set(k2, (self.get(k2) ?? 0) + ms); }
      totalMs += ms;
    }
  }
};
measuring = true;
for (let i = 0; i < n; i++) await session.gather(srv.urls[i]);
measuring = false;
const rows = [...self].sort((a, b2) => b2[1] - a[1]);
console.log(`${n} pages; sampled time in auditJson: ${(totalMs / n).toFixed(0)} ms a page`);
console.log('| where | ms a page | share |\n|---|---:|---:|');
for (const [k, ms] of rows.slice(0, 40)) console.log(`| ${k} | ${(ms / n).toFixed(1)} | ${((100 * ms) / totalMs).toFixed(1)} % |`);
await session.close();
srv.close?.();
process.exit(0);
