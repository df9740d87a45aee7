// Follow-up of flow.mjs: page reuse taken apart. One page per worker navigated from URL to URL keeps
// the renderer process (same site) and lets axe be registered once as an init script; which of the
// two brings the gain, and what is left with the settle wait and the interactive checks removed.
//   node bench/experiments/flow2.mjs [pages=20] [rounds=2] [concurrency=2]
import { compareVariants, toolLike } from './harness.mjs';

const [pages = 20, rounds = 2, concurrency = 2] = process.argv.slice(2).map(Number);
const variants = [
  toolLike({ name: 'rgaa-audit as is (dist gatherPage)', asIs: true }),
  toolLike({ name: 'one page per worker, navigated; whole script evaluated per page', reuse: 'page' }),
  toolLike({ name: 'one page per worker, navigated; axe as init script', reuse: 'page', inject: 'initScript' }),
  toolLike({ name: '… and no network-quiet wait', reuse: 'page', inject: 'initScript', settle: 0 }),
  toolLike({ name: '… and no interactive checks', reuse: 'page', inject: 'initScript', settle: 0, hooks: false }),
  toolLike({ name: 'fresh context per page, no network-quiet wait, no interactive checks', settle: 0, hooks: false }),
];
const r = await compareVariants(variants, { pages, rounds, concurrency });
console.log(r.table);
