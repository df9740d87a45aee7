// The CLI's own memory over a batch: `rgaa-audit batch` on N procedures × 5 generated pages served
// on 127.0.0.1 with a latency (the campaign's CSV and declaration, bench/campaign.mjs), its Node
// heap and RSS logged every 5 s from inside it (a module given to `node --import`), extra CLI
// arguments after `--`.
//   node bench/experiments/cli-mem.mjs [procedures=30] [latency=0] [-- extra CLI args]
// NODE_ARGS='--flag …': options given to the CLI's Node (V8 flags included).
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliBatchSetup } from '../campaign.mjs';

const { procs, latency, extra, srv, dir, csv, bin: BIN } = await cliBatchSetup(process.argv.slice(2), { procedures: 30, prefix: 'rgaa-mem-' });
const logger = join(dir, 'memlog.mjs');
writeFileSync(
  logger,
  `const t0 = Date.now();
const MB = (b) => (b / 1048576).toFixed(0);
const log = (w) => { const m = process.memoryUsage(); process.stderr.write('MEM ' + w + ' ' + ((Date.now() - t0) / 1000).toFixed(0) + ' s: rss ' + MB(m.rss) + ' heap ' + MB(m.heapUsed) + '/' + MB(m.heapTotal) + ' external ' + MB(m.external) + ' MB\\n'); };
setInterval(() => log('at'), 5000).unref();
process.on('exit', () => log('exit'));
`,
);
const child = spawn(process.execPath, [...(process.env.NODE_ARGS ? process.env.NODE_ARGS.split(' ') : []), '--import', logger, BIN, 'batch', csv, '--output', join(dir, 'out'), '--no-sample', '--quiet', ...extra], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
let err = '';
child.stderr.on('data', (d) => {
  err += d;
  for (const l of String(d).split('\n')) if (l.startsWith('MEM ')) console.log(l);
});
const code = await new Promise((r) => child.on('close', r));
if (code !== 0 && code !== 1) console.log(err.slice(-1000));
console.log(`${procs} procedures × 5 pages, latency ${latency} ms, exit ${code}`);
await srv.close();
rmSync(dir, { recursive: true, force: true });
