// Blocking requests that cannot change a result: images (the DOM keeps <img alt>, width/height
// attributes still size them). Also the cost of Playwright routing itself (a catch-all route that
// lets everything through: every request then makes a round trip to Node).
//   node bench/experiments/block.mjs [pages=30] [rounds=2] [concurrency=2]
import { compareVariants, toolLike } from './harness.mjs';

const [pages = 30, rounds = 2, concurrency = 2] = process.argv.slice(2).map(Number);
const variants = [
  toolLike({ name: 'replayed flow (media blocked by URL pattern, as today)' }),
  toolLike({ name: 'no route at all (media not blocked)', mediaRoute: false }),
  toolLike({ name: 'catch-all route, nothing blocked (routing cost)', block: ['__none__'] }),
  toolLike({ name: 'images blocked (catch-all route)', block: ['image'] }),
  toolLike({ name: 'images, fonts, media blocked (catch-all route)', block: ['image', 'font', 'media'] }),
];
const r = await compareVariants(variants, { pages, rounds, concurrency });
console.log(r.table);
