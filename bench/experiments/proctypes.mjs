// Where the browser's CPU goes, by Chromium process type (browser, renderer, gpu, utility/network, zygote),
// for the reference flow on N pages at concurrency C, with optional extra flags.
//   node bench/experiments/proctypes.mjs [N=12] [C=2] [--flag …]
import { readFileSync } from 'node:fs';
import { servePages } from '../server.mjs';
import { runReference, launchArgs } from '../reference.mjs';
import { descendants } from '../proctree.mjs';

const [N = 12, C = 2] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
const extra = process.argv.slice(2).filter((a) => a.startsWith('--'));
const srv = await servePages(N);
const byPid = new Map();
const typeOf = (pid) => {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0');
    const t = cmd.find((a) => a.startsWith('--type='));
    const sub = cmd.find((a) => a.startsWith('--utility-sub-type='));
    return t ? t.slice(7) + (sub ? ':' + sub.split('=')[1].split('.').pop() : '') : cmd[0].endsWith('chromium') ? 'browser' : cmd[0].split('/').pop();
  } catch {
    return '?';
  }
};
let browserCmd = null;
const timer = setInterval(() => {
  for (const [pid, st] of descendants()) {
    const e = byPid.get(pid) ?? { type: typeOf(pid), cpu: 0 };
    e.cpu = Math.max(e.cpu, st.utime + st.stime);
    byPid.set(pid, e);
    if (e.type === 'browser' && !browserCmd) browserCmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').filter(Boolean);
  }
}, 50);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await runReference(srv.urls, { concurrency: C, args: [...launchArgs(), ...extra] });
const wall = (performance.now() - t0) / 1000;
clearInterval(timer);
const node = process.cpuUsage(cpu0);
await srv.close();
const byType = new Map();
for (const { type, cpu } of byPid.values()) {
  const e = byType.get(type) ?? { n: 0, cpu: 0 };
  e.n++;
  e.cpu += cpu;
  byType.set(type, e);
}
console.log(`N=${N} C=${C} extra=${extra.join(' ') || '-'} wall ${wall.toFixed(1)} s, ${(N / wall).toFixed(2)} pages/s`);
console.log(`node: ${((node.user + node.system) / 1e6 / N).toFixed(3)} CPU s/page`);
for (const [type, e] of [...byType].sort((a, b) => b[1].cpu - a[1].cpu)) console.log(`${type}: ${e.n} processes, ${(e.cpu / N).toFixed(3)} CPU s/page`);
if (process.env.SHOW_CMD) console.log(browserCmd.join(' '));
