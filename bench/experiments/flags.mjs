// Chromium flags that might cut CPU, on rgaa-audit's gatherPage as is (flags added after CHROMIUM_FLAGS).
//   node bench/experiments/flags.mjs [pages=30] [rounds=2] [concurrency=2]
import { compareVariants, toolLike } from './harness.mjs';

const [pages = 30, rounds = 2, concurrency = 2] = process.argv.slice(2).map(Number);
// Playwright passes its own --blink-settings; a second one replaces it, so repeat Playwright's values.
const PW_BLINK = 'primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4';
let sparticuz = null;
try {
  sparticuz = (await import('@sparticuz/chromium')).default.args;
} catch { /* optional dependency absent */ }
const v = (name, args, extra = {}) => toolLike({ name, asIs: true, args, ...extra });
const variants = [
  v('CHROMIUM_FLAGS (today)', []),
  v('+ --blink-settings=…,imagesEnabled=false', [`--blink-settings=${PW_BLINK},imagesEnabled=false`]),
  v('+ --js-flags=--no-opt (no TurboFan)', ['--js-flags=--no-opt']),
  v('+ --js-flags=--max-lazy', ['--js-flags=--max-lazy']),
  v('+ --in-process-gpu', ['--in-process-gpu']),
  v('+ --no-zygote', ['--no-zygote']),
  v('+ --single-process', ['--single-process']),
  v('+ --disable-features=…,site-per-process,IsolateOrigins --disable-site-isolation-trials', ['--disable-features=Translate,MediaRouter,OptimizationHints,InterestFeedContentSuggestions,site-per-process,IsolateOrigins', '--disable-site-isolation-trials']),
  ...(sparticuz ? [toolLike({ name: '@sparticuz/chromium.args instead of CHROMIUM_FLAGS', asIs: true, replaceArgs: sparticuz })] : []),
];
const r = await compareVariants(variants, { pages, rounds, concurrency });
console.log(r.table);
