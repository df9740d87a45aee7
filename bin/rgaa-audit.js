#!/usr/bin/env node
// The executable: runs the compiled CLI (npm install / npm ci build it through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The CLI's own heap. V8 lets it grow to up to ~4× what is alive before a full collection; in a
// batch, what dies there (each page's results, the protocol's messages) then made the CLI 290 MB
// of a 1,300 MB tree at its peak (40 procedures × 5 pages). Growing by half at most, it peaks at
// 211–220 MB, its CPU within the noise (bench/RESULTS.md, twelfth pass). V8 reads the flag at each
// collection, so setting it here, before any work, covers the run. A value given to node wins.
if (!process.execArgv.some((a) => a.startsWith('--heap-growing-percent'))) setFlagsFromString('--heap-growing-percent=50');

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('rgaa-audit: not built yet: run `npm run build` (npm install does it through `prepare`)\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main(process.argv);
