// rgaa-audit's per-page flow with one thing changed at a time: settle wait, how axe gets into the
// page, context/page reuse. All variants run the exact in-page script of the current build.
//   node bench/experiments/flow.mjs [pages=30] [rounds=2] [concurrency=2]
import { compareVariants, toolLike } from './harness.mjs';

const [pages = 30, rounds = 2, concurrency = 2] = process.argv.slice(2).map(Number);
const variants = [
  toolLike({ name: 'rgaa-audit as is (dist gatherPage)', asIs: true }),
  toolLike({ name: 'replayed flow, unchanged (sanity)' }),
  toolLike({ name: 'no network-quiet wait (animation frame only)', settle: 0 }),
  toolLike({ name: 'without the interactive checks (hooks)', hooks: false }),
  toolLike({ name: 'axe via context.addInitScript, rest evaluated', inject: 'initScript' }),
  toolLike({ name: 'axe via <script src> answered by a route', inject: 'route' }),
  toolLike({ name: 'one context per worker, new page per URL', reuse: 'context' }),
  toolLike({ name: 'one context per worker + axe via addInitScript', reuse: 'context', inject: 'initScript' }),
  toolLike({ name: 'one page per worker, navigated (+ addInitScript)', reuse: 'page', inject: 'initScript' }),
];
const r = await compareVariants(variants, { pages, rounds, concurrency });
console.log(r.table);
