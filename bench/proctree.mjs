/**
 * Memory and CPU of this Node process and all its descendants (the browser and its helpers),
 * read from /proc (Linux only, no dependency).
 *
 * Memory: sum of RSS (/proc/<pid>/stat field 24, the same figure as VmRSS in /proc/<pid>/status)
 * over the tree, sampled every `interval` ms; the peak is kept. RSS counts pages shared between
 * Chromium processes once per process, so it over-states the real footprint; PSS
 * (/proc/<pid>/smaps_rollup, shared pages divided among sharers) is sampled too, less often.
 *
 * CPU: two estimates.
 *  - `reaped`: Node's own user+system time (process.cpuUsage) plus the growth of Node's
 *    cutime+cstime, i.e. the CPU of children Node has waited for, which on Linux includes their
 *    own waited-for descendants, recursively. Exact for the browser once it has exited and been
 *    reaped (call `stop()` after browser.close()), provided no descendant was orphaned.
 *  - `sampled`: Node's own time plus, for every descendant pid seen, the max of its utime+stime
 *    (minus its value when first seen, for pids older than the sampler). Misses the last
 *    < interval ms of processes that exit; a lower bound.
 * `cpu` is the larger of the two; both are reported.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

let TICK = 100;
try {
  TICK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
} catch {
  /* 100 Hz everywhere that matters */
}
let PAGE = 4096;
try {
  PAGE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
} catch {
  /* 4 KiB */
}

/** Parse /proc/<pid>/stat: ppid, utime, stime, cutime, cstime (seconds), rss (bytes). */
export function readStat(pid) {
  let s;
  try {
    s = readFileSync(`/proc/${pid}/stat`, 'latin1');
  } catch {
    return null;
  }
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  // f[0] is field 3 (state): field k is f[k - 3].
  return {
    ppid: Number(f[1]),
    utime: Number(f[11]) / TICK,
    stime: Number(f[12]) / TICK,
    cutime: Number(f[13]) / TICK,
    cstime: Number(f[14]) / TICK,
    starttime: Number(f[19]),
    rss: Number(f[21]) * PAGE,
  };
}

function pss(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'latin1'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Busy CPU seconds of the whole machine since boot (all cores, /proc/stat: user+nice+system+irq+softirq+steal). */
export function machineBusy() {
  const f = readFileSync('/proc/stat', 'latin1').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return (f[0] + f[1] + f[2] + f[5] + f[6] + f[7]) / TICK;
}

/**
 * Wait until the rest of the machine is quiet: busy CPU below `maxCores` over a `window` ms window,
 * checked repeatedly for at most `maxWait` ms. Returns the last measured load (cores) and the wait.
 */
export async function waitQuiet({ maxCores = 0.3, window = 1500, maxWait = 180_000 } = {}) {
  const t0 = performance.now();
  let load = Infinity;
  while (true) {
    const b0 = machineBusy();
    await new Promise((r) => setTimeout(r, window));
    load = (machineBusy() - b0) / (window / 1000);
    if (load <= maxCores || performance.now() - t0 > maxWait) break;
  }
  return { load, waited: (performance.now() - t0) / 1000 };
}

/** All descendants of `root` (not including it), from one scan of /proc/*\/stat. */
export function descendants(root = process.pid) {
  const kids = new Map();
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    const st = readStat(name);
    if (!st) continue;
    const pid = Number(name);
    stats.set(pid, st);
    if (!kids.has(st.ppid)) kids.set(st.ppid, []);
    kids.get(st.ppid).push(pid);
  }
  const out = new Map();
  const stack = [...(kids.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop();
    out.set(pid, stats.get(pid));
    stack.push(...(kids.get(pid) ?? []));
  }
  return out;
}

export class TreeSampler {
  constructor({ interval = 100, pssEvery = 5 } = {}) {
    this.interval = interval;
    this.pssEvery = pssEvery;
  }

  start() {
    this.samples = 0;
    this.peakRss = 0;
    this.peakPss = 0;
    this.peakProcs = 0;
    this.base = new Map(); // pid → own cpu when first seen, for pids alive at start
    this.maxOwn = new Map(); // (pid:starttime) → max own cpu seen
    this.t0 = performance.now();
    this.cpu0 = process.cpuUsage();
    this.busy0 = machineBusy();
    const self = readStat(process.pid);
    this.child0 = self.cutime + self.cstime;
    for (const [pid, st] of descendants()) this.base.set(`${pid}:${st.starttime}`, st.utime + st.stime);
    this.sample();
    this.timer = setInterval(() => this.sample(), this.interval);
    this.timer.unref?.();
    return this;
  }

  sample() {
    this.samples++;
    const self = readStat(process.pid);
    const tree = descendants();
    let rss = self ? self.rss : 0;
    for (const [pid, st] of tree) {
      rss += st.rss;
      const key = `${pid}:${st.starttime}`;
      const own = st.utime + st.stime;
      if ((this.maxOwn.get(key) ?? -1) < own) this.maxOwn.set(key, own);
    }
    if (rss > this.peakRss) this.peakRss = rss;
    if (tree.size + 1 > this.peakProcs) this.peakProcs = tree.size + 1;
    if (this.pssEvery && this.samples % this.pssEvery === 1) {
      let p = pss(process.pid);
      for (const pid of tree.keys()) p += pss(pid);
      if (p > this.peakPss) this.peakPss = p;
    }
  }

  /** Stop sampling. Call after the browser has exited so that its CPU has been reaped. */
  stop() {
    this.sample();
    clearInterval(this.timer);
    const u = process.cpuUsage(this.cpu0);
    const node = (u.user + u.system) / 1e6;
    const self = readStat(process.pid);
    const children = self.cutime + self.cstime - this.child0;
    const machine = machineBusy() - this.busy0;
    let sampledKids = 0;
    for (const [key, own] of this.maxOwn) sampledKids += own - (this.base.get(key) ?? 0);
    const wall = (performance.now() - this.t0) / 1000;
    const cpu = node + Math.max(children, sampledKids);
    return {
      wall,
      /** Average number of cores busy with work outside this process tree during the measure. */
      foreignCores: Math.max(0, machine - cpu) / wall,
      peakRss: this.peakRss,
      peakPss: this.peakPss,
      peakProcs: this.peakProcs,
      cpuNode: node,
      cpuReaped: node + children,
      cpuSampled: node + sampledKids,
      cpu,
      samples: this.samples,
    };
  }
}
