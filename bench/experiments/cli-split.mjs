// Where the CLI batch's CPU goes, by process: the CLI (Node), the browser's main process, its
// renderers, its GPU and utility (network, storage) processes. N procedures × 5 generated pages
// served on 127.0.0.1 with a latency, as the campaign's CSV and declaration (bench/campaign.mjs),
// `rgaa-audit batch` as the campaign runs it, extra CLI arguments after `--`.
//   node bench/experiments/cli-split.mjs [procedures=10] [latency=0] [-- extra CLI args]
// NODE_ARGS='--flag …': options given to the CLI's Node (V8 flags included).
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { descendants, readStat } from '../proctree.mjs';
import { cliBatchSetup } from '../campaign.mjs';

const { procs, extra, srv, dir, csv, bin: BIN } = await cliBatchSetup(process.argv.slice(2), { procedures: 10, prefix: 'rgaa-split-' });

const kind = (pid) => {
  let cmd;
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
  } catch {
    return null;
  }
  if (cmd.includes('rgaa-audit.js')) return 'CLI (Node)';
  const t = /--type=([a-z-]+)/.exec(cmd)?.[1];
  if (!t) return 'browser main';
  if (t === 'utility') return `utility ${/--utility-sub-type=([\w.]+)/.exec(cmd)?.[1] ?? ''}`;
  return t;
};
const seen = new Map(); // pid -> { kind, cpu }
const t0 = performance.now();
const child = spawn(process.execPath, [...(process.env.NODE_ARGS ? process.env.NODE_ARGS.split(' ') : []), ...(process.env.CLI_PROF ? ["--cpu-prof", "--cpu-prof-dir=" + process.env.CLI_PROF] : []), BIN, 'batch', csv, '--output', join(dir, 'out'), '--no-sample', '--quiet', ...extra], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
let err = '';
child.stderr.on('data', (d) => (err += d));
// The tree's RSS (sum over its processes, as the campaign's peak), at its highest sample.
let peak = { rss: 0, by: new Map() };
const sample = () => {
  let rss = 0;
  const by = new Map();
  for (const [pid] of descendants(process.pid)) {
    const st = readStat(pid);
    if (!st) continue;
    const e = seen.get(pid) ?? { kind: kind(pid), cpu: 0 };
    e.cpu = Math.max(e.cpu, st.utime + st.stime);
    seen.set(pid, e);
    rss += st.rss;
    if (e.kind) by.set(e.kind, (by.get(e.kind) ?? 0) + st.rss);
  }
  if (rss > peak.rss) peak = { rss, by };
};
const timer = setInterval(sample, 100);
const code = await new Promise((r) => child.on('close', r));
clearInterval(timer);
const wall = (performance.now() - t0) / 1000;
const pages = procs * 5;
const by = new Map();
const count = new Map();
for (const { kind: k, cpu } of seen.values()) {
  if (!k) continue;
  by.set(k, (by.get(k) ?? 0) + cpu);
  count.set(k, (count.get(k) ?? 0) + 1);
}
let total = 0;
for (const v of by.values()) total += v;
console.log(`exit ${code}, ${pages} pages, ${wall.toFixed(1)} s wall, ${((total / pages) * 1000).toFixed(0)} CPU ms a page (sampled every 100 ms: a lower bound) ${extra.join(' ')}`);
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(28)} ${((v / pages) * 1000).toFixed(0).padStart(5)} ms a page  ${((v / total) * 100).toFixed(0)} %  (${count.get(k)} processes)  ${((peak.by.get(k) ?? 0) / 1048576).toFixed(0).padStart(4)} MB at the peak`);
console.log(`  peak RSS of the tree (sum, sampled every 100 ms): ${(peak.rss / 1048576).toFixed(0)} MB`);
if (code !== 0 && code !== 1) console.log(err.slice(-1000));
rmSync(dir, { recursive: true, force: true });
await srv.close();
