#!/usr/bin/env node
// The executable: runs the compiled CLI (npm install / npm ci build it through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('rgaa-audit: not built yet: run `npm run build` (npm install does it through `prepare`)\n');
  process.exit(2);
}
const { main } = await import(entry.href);
await main(process.argv);
