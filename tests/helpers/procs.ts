/**
 * The processes below this test process, read from Linux's /proc: the browsers a test started and
 * their children (renderers, utility processes), with their command lines and memory.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface Proc {
  pid: number;
  ppid: number;
  /** The command line, arguments joined by spaces (Chromium's children rewrite theirs so: one string). */
  cmd: string;
  rssKb: number;
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, 'utf8'));
      out.push({ pid: Number(d), ppid, cmd, rssKb: rss ? Number(rss[1]) : 0 });
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/** Every process below this test process. */
export function descendants(): Proc[] {
  const all = processes();
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => p.pid !== process.pid && mine.has(p.pid));
}
