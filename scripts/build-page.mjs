#!/usr/bin/env node
/**
 * Build the code that runs in the page: every `src/**\/*.page.ts` module bundled by esbuild into one
 * script, dist/page/audit.js (the audit: axe-core is added at run time, see src/gather/inpage.ts),
 * and the judge's facts alone into dist/page/facts.js (home and declaration pages).
 *
 * The entry is generated: each `<name>.page.ts` outside a `page/` or `lib/` folder (those hold the
 * shared page library) is registered under its file name, so that `src/evaluate/checks/<theme>/
 * <id>.page.ts` is the in-page check `<id>`; its `facts` and `probes` exports join the bundle's.
 * Adding a check therefore touches no list here.
 *
 * Run by `npm run build` (and `prepare`) after tsc, and by the test suite's global setup
 * (tests/helpers/global-setup.ts), so that tests audit with the code they test. Nothing it writes is
 * committed. `node scripts/build-page.mjs --check` only reports problems (no output written).
 */
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** Every page module, relative to the repository root, sorted. */
export function pageModules(dir = SRC) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? pageModules(join(dir, e.name)) : e.name.endsWith('.page.ts') ? [join(dir, e.name)] : []))
    .sort();
}

/** The modules registered in the bundle by name: not the page library (`page/`, `lib/` folders). */
export function registeredModules() {
  const out = new Map();
  for (const file of pageModules()) {
    const parts = relative(SRC, file).split(sep);
    if (parts.includes('page') || parts.includes('lib')) continue;
    const name = basename(file, '.page.ts');
    if (out.has(name)) throw new Error(`two page modules are named ${name}: ${relative(ROOT, out.get(name))} and ${relative(ROOT, file)}`);
    out.set(name, file);
  }
  return out;
}

const spec = (file) => './' + relative(ROOT, file).split(sep).join('/');

function entry(modules, make) {
  const lines = [`import { ${make} } from ${JSON.stringify(spec(join(SRC, 'gather', 'page', 'runtime.page.ts')))};`];
  const names = [...modules.keys()];
  names.forEach((name, i) => lines.push(`import * as m${i} from ${JSON.stringify(spec(modules.get(name)))};`));
  lines.push(`const modules = { ${names.map((n, i) => `${JSON.stringify(n)}: m${i}`).join(', ')} };`);
  return lines;
}

/** Build both scripts into `outdir` (default dist/page); returns their paths. */
export async function buildPageScripts({ outdir = join(ROOT, 'dist', 'page'), write = true } = {}) {
  const all = registeredModules();
  const judge = new Map([...all].filter(([, f]) => relative(SRC, f).startsWith(`judge${sep}`)));
  const common = {
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.page.json'),
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    write,
  };
  const scripts = [
    { name: 'audit', global: '__rgaaPage', contents: [...entry(all, 'createApi'), 'export const api = createApi(modules);'] },
    { name: 'facts', global: '__rgaaFacts', contents: [...entry(judge, 'collectFacts'), 'export const collect = () => collectFacts(modules);'] },
  ];
  const out = [];
  for (const s of scripts) {
    const outfile = join(outdir, `${s.name}.js`);
    await build({ ...common, globalName: s.global, outfile, stdin: { contents: s.contents.join('\n'), resolveDir: ROOT, sourcefile: `page-${s.name}-entry.ts`, loader: 'ts' } });
    out.push(outfile);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  buildPageScripts({ write: !check }).then(
    (files) => {
      if (!check) console.log(`page scripts: ${files.map((f) => relative(ROOT, f)).join(', ')}`);
    },
    (e) => {
      console.error(`build-page: ${e.message ?? e}`);
      process.exit(1);
    },
  );
}
