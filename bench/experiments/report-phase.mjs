// The report phase of a campaign (what `batch` does once the browser is closed, and `merge` does
// alone): a real batch of P procedures × 5 generated pages through the CLI (screenshots on, as its
// defaults), its results lines copied under new ids to make a campaign of N procedures, then
// `rgaa-audit merge` of that file by each executable given (this tree's first, then e.g. an older
// build's), alternated R times; peak RSS and wall time from /usr/bin/time.
//   node bench/experiments/report-phase.mjs [procedures=20] [campaign=1000] [rounds=2] [-- other/bin/rgaa-audit.js …]
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cliBatchSetup } from '../campaign.mjs';

const dd = process.argv.indexOf('--');
const args = (dd < 0 ? process.argv.slice(2) : process.argv.slice(2, dd)).map(Number);
const others = dd < 0 ? [] : process.argv.slice(dd + 1);
const [procs = 20, campaign = 1000, rounds = 2] = args;
const s = await cliBatchSetup([String(procs), '0'], { prefix: 'rgaa-report-phase-' });
const out = join(s.dir, 'run');
// Asynchronously: the pages are served by this process.
await promisify(execFile)(process.execPath, [s.bin, 'batch', s.csv, '--output', out, '--no-sample', '--as-of', '2026-12-01', '--quiet'], { maxBuffer: 64 * 1024 * 1024 });
await s.srv.close?.();
const lines = readFileSync(join(out, 'results.jsonl'), 'utf8').split('\n').filter(Boolean);
const head = lines.filter((l) => !JSON.parse(l).procedure);
const body = lines.filter((l) => JSON.parse(l).procedure);
const big = [...head];
for (let i = 0; i < campaign; i++) {
  const l = JSON.parse(body[i % body.length]);
  const id = `C-${String(i + 1).padStart(4, '0')}`;
  l.id = id;
  l.index = i;
  l.procedure.id = id;
  if (l.procedure.input) l.procedure.input.ref = id;
  big.push(JSON.stringify(l));
}
const file = join(s.dir, 'campaign.jsonl');
writeFileSync(file, big.join('\n') + '\n');
console.log(`${procs} procedures audited (${body.length} results lines), copied to ${campaign}: results file ${(statSync(file).size / 1048576).toFixed(0)} MB`);
const bins = [s.bin, ...others];
const acc = bins.map(() => ({ rss: [], wall: [] }));
for (let r = 0; r < rounds; r++) {
  for (const [i, bin] of bins.entries()) {
    const dest = join(s.dir, `merged-${i}`);
    const run = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, bin, 'merge', file, '--output', dest], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (run.status !== 0) throw new Error(`${bin} merge: exit ${run.status}: ${run.stderr.toString().slice(-500)}`);
    const res = run.stderr.toString();
    const m = res.trim().split('\n').at(-1).split(' ');
    acc[i].rss.push(Number(m[0]) / 1024);
    acc[i].wall.push(Number(m[1]));
    if (r === rounds - 1) console.log(`  ${bin}: rgaa-audit.json ${(statSync(join(dest, 'rgaa-audit.json')).size / 1048576).toFixed(0)} MB`);
    rmSync(dest, { recursive: true, force: true });
  }
}
console.log('| executable | merge peak RSS (MB), each round | wall (s), each round |\n|---|---|---|');
for (const [i, bin] of bins.entries()) console.log(`| ${bin} | ${acc[i].rss.map((x) => x.toFixed(0)).join(', ')} | ${acc[i].wall.join(', ')} |`);
rmSync(s.dir, { recursive: true, force: true });
process.exit(0);
