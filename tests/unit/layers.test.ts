/**
 * The import rules of .dependency-cruiser.mjs can fail: run on a small tree written here, they
 * report an upward import and a cycle, and let a downward import pass. `npm run deps` (in
 * .ci/run) applies them to src/.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LAYERS } from '../../.dependency-cruiser.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIG = join(ROOT, '.dependency-cruiser.mjs');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** depcruise on `src/` of `dir`, with the project's config; its violations. */
async function cruise(dir: string): Promise<Violation[]> {
  const run = promisify(execFile);
  const out = await run(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).catch(
    // depcruise exits non-zero when it finds violations; its JSON is still on stdout.
    (e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }),
  );
  return (JSON.parse(out.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('layers', () => {
  it('every file of src/ is in exactly one layer', () => {
    for (const f of files(join(ROOT, 'src')).filter((f) => f.endsWith('.ts'))) {
      const path = relative(ROOT, f).split('\\').join('/');
      const layers = LAYERS.filter((l) => l.paths.some((p) => new RegExp(p).test(path))).map((l) => l.name);
      expect(layers, `${path}: place it in a layer of .dependency-cruiser.mjs`).toHaveLength(1);
    }
  });

  it("the README gives the same order as the rules", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    const order = /Imports go one way, from the top: ([a-z →]+)\./.exec(readme)?.[1];
    expect(order?.split(' → ')).toEqual(LAYERS.map((l) => l.name));
  });

  describe('the rules fire', () => {
    let dir: string;
    let violations: Violation[];
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'rgaa-layers-'));
      const write = (path: string, text: string) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      };
      write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true }, include: ['src/**/*.ts'] }));
      write('package.json', JSON.stringify({ type: 'module' }));
      write('src/judge/verdict.ts', "export type Verdict = 'Oui' | 'Non';\n");
      // Upward, and type-only: still a dependency on the layer above.
      write('src/model/types.ts', "import type { Verdict } from '../judge/verdict.js';\nexport interface Report { verdict: Verdict }\n");
      // Downward: allowed.
      write('src/report/html.ts', "import type { Report } from '../model/types.js';\nexport const html = (r: Report) => String(r.verdict);\n");
      // A cycle inside one layer.
      write('src/gather/page.ts', "import { pool } from './pool.js';\nexport const page = () => pool;\n");
      write('src/gather/pool.ts', "import { page } from './page.js';\nexport const pool = () => page;\n");
      violations = await cruise(dir);
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports an upward import (model → judge)', () => {
      expect(violations).toContainEqual(expect.objectContaining({ from: 'src/model/types.ts', to: 'src/judge/verdict.ts', rule: expect.objectContaining({ name: 'layer-model' }) }));
    });

    it('reports a cycle (gather/page ⇄ gather/pool)', () => {
      // depcruise reports a cycle once, from one of its modules.
      const cycles = violations.filter((v) => v.rule.name === 'no-circular');
      expect(cycles).toHaveLength(1);
      expect([cycles[0].from, cycles[0].to].sort()).toEqual(['src/gather/page.ts', 'src/gather/pool.ts']);
    });

    it('lets a downward import pass (report → model)', () => {
      expect(violations.filter((v) => v.from === 'src/report/html.ts')).toEqual([]);
      expect(violations).toHaveLength(2);
    });
  });
});
