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
 * CPU speed probe: CPU ms that a fixed arithmetic loop takes in this process (≈ 10 ms on an idle
 * 2 GHz core). On a VM whose host throttles it (CPU quota, oversubscription without steal time
 * reported), the same loop costs many times more CPU time: every CPU-time and wall-time figure is
 * then inflated alike. Returns the median of 5 probes.
 */
export function cpuProbe() {
  const xs = [];
  for (let k = 0; k < 5; k++) {
    const t = process.cpuUsage();
    let x = 0;
    for (let i = 0; i < 2e7; i++) x = (x + i * 7) % 1000003;
    const u = process.cpuUsage(t);
    if (x < 0) console.log(x);
    xs.push((u.user + u.system) / 1000);
  }
  return xs.sort((a, b) => a - b)[2];
}

/**
 * Wait until the rest of the machine is quiet: busy CPU below `maxCores` over a `window` ms window,
 * checked repeatedly for at most `maxWait` ms. Returns the last measured load (cores) and the wait.
 */
export async function waitQuiet({ maxCores = 0.3, window = 1500, maxWait = 180_000, maxProbe = Infinity } = {}) {
  const t0 = performance.now();
  let load;
  let probe;
  while (true) {
    const b0 = machineBusy();
    await new Promise((r) => setTimeout(r, window));
    load = (machineBusy() - b0) / (window / 1000);
    probe = load <= maxCores ? cpuProbe() : NaN;
    if ((load <= maxCores && probe <= maxProbe) || performance.now() - t0 > maxWait) break;
  }
  return { load, probe: Number.isNaN(probe) ? cpuProbe() : probe, waited: (performance.now() - t0) / 1000 };
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

/** Each descendant's process type, read once from its command line (keyed by pid and start time). */
const procTypes = new Map();
/**
 * A descendant's process type: renderer, gpu, other (`--type=` anything else: utility, zygote…),
 * browser (a Chromium without `--type=`), or node (a Node child: the CLI of a campaign).
 */
function procType(pid, st) {
  const key = `${pid}:${st.starttime}`;
  let t = procTypes.get(key);
  if (!t) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1');
    } catch {
      /* gone */
    }
    const exe = cmd.split('\0')[0];
    t = /--type=renderer/.test(cmd) ? 'renderer' : /--type=gpu/.test(cmd) ? 'gpu' : /--type=/.test(cmd) ? 'other' : /(^|\/)node$/.test(exe) ? 'node' : 'browser';
    procTypes.set(key, t);
  }
  return t;
}
/**
 * CPU seconds (utime + stime) spent so far by this Node process and by its descendants, summed by
 * process type (procType; a Node child counts as node). Differences of two readings give a step's
 * cost by process.
 */
export function cpuByType(root = process.pid) {
  const u = process.cpuUsage();
  const out = { node: (u.user + u.system) / 1e6, renderer: 0, browser: 0, gpu: 0, other: 0 };
  for (const [pid, st] of descendants(root)) out[procType(pid, st)] += st.utime + st.stime;
  return out;
}

/**
 * CPU by process type (cpuByType, seconds) of one audit session over `urls`, after one warm-up
 * page (its tab's first): the session `make()` gives (an AuditSession), started and closed here;
 * each gathered page goes to `each`.
 */
export async function sessionCpu(make, warmUrl, urls, each = () => {}) {
  const session = make();
  await session.start();
  try {
    await session.gather(warmUrl);
    const c0 = cpuByType();
    for (const u of urls) each(await session.gather(u));
    const c1 = cpuByType();
    return Object.fromEntries(Object.keys(c0).map((k) => [k, c1[k] - c0[k]]));
  } finally {
    await session.close();
  }
}

export class TreeSampler {
  /**
   * `self: false` leaves this process out of the memory and CPU figures: when the tool runs as
   * child processes (the campaign's CLI), this process only serves the pages (the web site).
   */
  constructor({ interval = 100, pssEvery = 5, scanEvery = 3, self = true } = {}) {
    this.self = self;
    this.interval = interval;
    this.pssEvery = pssEvery;
    this.scanEvery = scanEvery;
  }

  start() {
    this.samples = 0;
    this.known = null;
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
    // A full /proc scan finds new descendants every `scanEvery` samples; in between only the known
    // ones are read (cumulative counters: a process seen once is fully counted up to its last read).
    let tree;
    if (!this.known || this.samples % this.scanEvery === 1) {
      tree = descendants();
      this.known = new Set(tree.keys());
    } else {
      tree = new Map();
      for (const pid of this.known) {
        const st = readStat(pid);
        if (st) tree.set(pid, st);
        else this.known.delete(pid);
      }
    }
    let rss = self && this.self ? self.rss : 0;
    const byType = { node: rss, browser: 0, renderer: 0, gpu: 0, other: 0, renderers: 0 };
    for (const [pid, st] of tree) {
      rss += st.rss;
      const t = procType(pid, st);
      byType[t] += st.rss;
      if (t === 'renderer') byType.renderers++;
      const key = `${pid}:${st.starttime}`;
      const own = st.utime + st.stime;
      if ((this.maxOwn.get(key) ?? -1) < own) this.maxOwn.set(key, own);
    }
    if (rss > this.peakRss) {
      this.peakRss = rss;
      this.peakAt = (performance.now() - this.t0) / 1000;
      this.peakByType = byType;
    }
    if (tree.size + 1 > this.peakProcs) this.peakProcs = tree.size + 1;
    if (this.pssEvery && this.samples % this.pssEvery === 1) {
      let p = this.self ? pss(process.pid) : 0;
      for (const pid of tree.keys()) p += pss(pid);
      if (p > this.peakPss) this.peakPss = p;
    }
  }

  /** Stop sampling. Call after the browser has exited so that its CPU has been reaped. */
  stop() {
    this.sample();
    clearInterval(this.timer);
    const u = process.cpuUsage(this.cpu0);
    const node = this.self ? (u.user + u.system) / 1e6 : 0;
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
      /** RSS by process type at the peak (procType; `renderers`: how many), and when it came (s). */
      peakByType: this.peakByType,
      peakAt: this.peakAt,
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

/** Top-level children of this process whose command starts with `match`: used to find the pid of a browser just launched. */
export function childPids(match = '') {
  const out = new Set();
  for (const [pid, st] of descendants()) {
    if (st.ppid !== process.pid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes(match)) out.add(pid);
    } catch {
      /* gone */
    }
  }
  return out;
}

/**
 * Several process subtrees measured apart while they take turns (block-interleaved comparison):
 * `sides` maps a name to the root pid of its browser. CPU of a side: all CPU of the processes of its
 * subtree since they started (max utime+stime per pid, launch included) plus Node's CPU during the
 * side's turns. Peak memory of a side: max over samples taken during its turns of Node's RSS plus
 * its subtree's RSS (the idle other side is not counted).
 */
export class SplitSampler {
  /** `fromNow`: count CPU from now on only (not what the browsers used before, e.g. a warm-up). */
  constructor(sides, { interval = 100, pssEvery = 5, fromNow = false } = {}) {
    this.sides = new Map(Object.entries(sides).map(([name, root]) => [name, { root, maxOwn: new Map(), peakRss: 0, peakPss: 0, wall: 0, node: 0, procs: 0 }]));
    this.base = new Map();
    if (fromNow) for (const [pid, st] of descendants()) this.base.set(`${pid}:${st.starttime}`, st.utime + st.stime);
    this.interval = interval;
    this.pssEvery = pssEvery;
    this.active = null;
    this.samples = 0;
    this.busy0 = machineBusy();
    this.t0 = performance.now();
  }

  start() {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.interval);
    this.timer.unref?.();
    return this;
  }

  sample() {
    this.samples++;
    const all = descendants();
    const kids = new Map();
    for (const [pid, st] of all) {
      if (!kids.has(st.ppid)) kids.set(st.ppid, []);
      kids.get(st.ppid).push(pid);
    }
    const self = readStat(process.pid);
    for (const [name, side] of this.sides) {
      let rss = 0;
      let n = 0;
      const pids = [];
      const stack = [side.root];
      while (stack.length) {
        const pid = stack.pop();
        const st = all.get(pid);
        if (!st) continue;
        pids.push(pid);
        n++;
        rss += st.rss;
        const key = `${pid}:${st.starttime}`;
        const own = st.utime + st.stime;
        if ((side.maxOwn.get(key) ?? -1) < own) side.maxOwn.set(key, own);
        stack.push(...(kids.get(pid) ?? []));
      }
      if (name === this.active) {
        rss += self ? self.rss : 0;
        if (rss > side.peakRss) side.peakRss = rss;
        if (n + 1 > side.procs) side.procs = n + 1;
        if (this.pssEvery && this.samples % this.pssEvery === 1) {
          let p = this.self ? pss(process.pid) : 0;
          for (const pid of pids) p += pss(pid);
          if (p > side.peakPss) side.peakPss = p;
        }
      }
    }
  }

  /** Run `fn` as a turn of side `name`. */
  async turn(name, fn) {
    const side = this.sides.get(name);
    this.active = name;
    this.sample();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    try {
      return await fn();
    } finally {
      const c = process.cpuUsage(c0);
      side.node += (c.user + c.system) / 1e6;
      side.wall += (performance.now() - t0) / 1000;
      this.sample();
      this.active = null;
    }
  }

  stop() {
    this.sample();
    clearInterval(this.timer);
    const wall = (performance.now() - this.t0) / 1000;
    const out = {};
    let cpuAll = 0;
    for (const [name, side] of this.sides) {
      let kids = 0;
      for (const [key, own] of side.maxOwn) kids += own - (this.base.get(key) ?? 0);
      out[name] = { wall: side.wall, cpu: side.node + kids, cpuNode: side.node, peakRss: side.peakRss, peakPss: side.peakPss, peakProcs: side.procs };
      cpuAll += side.node + kids;
    }
    out.foreignCores = Math.max(0, machineBusy() - this.busy0 - cpuAll) / wall;
    return out;
  }
}
