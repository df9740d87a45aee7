// Does concurrency above the core count recover the settle wait (wall time, not CPU)?
// rgaa-audit's gatherPage as is, at several concurrency levels; and without the settle wait for contrast.
//   node bench/experiments/concurrency.mjs [pages=40] [rounds=2] [levels=2,3,4,6] [latency ms=0]
import { compareVariants, toolLike } from './harness.mjs';

const [pages = 40, rounds = 2] = process.argv.slice(2, 4).map(Number);
const levels = (process.argv[4] ?? '2,3,4,6').split(',').map(Number);
const latency = Number(process.argv[5] ?? 0);
const variants = [
  ...levels.map((c) => toolLike({ name: `rgaa-audit as is, concurrency ${c}`, asIs: true, concurrency: c })),
  ...levels.slice(0, 2).map((c) => toolLike({ name: `no settle wait, concurrency ${c}`, settle: 0, concurrency: c })),
];
const r = await compareVariants(variants, { pages, rounds, block: 20, latency });
console.log(r.table);
