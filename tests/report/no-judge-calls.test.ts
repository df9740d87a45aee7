/**
 * The report layer renders what the judge stored (reasons as ids with parameters); it never runs
 * the judge again, to translate a verdict or for anything else. Types from judge/ are fine.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPORT_DIR = fileURLToPath(new URL('../../src/report/', import.meta.url));

/** Value imports (functions, objects) a source file takes from a module whose path matches `from`. */
export function valueImports(source: string, from: RegExp): string[] {
  const out: string[] = [];
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    if (!from.test(m[4]) || m[2]) continue;
    const clause = m[3].trim();
    const braces = /\{([\s\S]*)\}/.exec(clause);
    const outside = clause.replace(/\{[\s\S]*\}/, '').replace(/,/g, ' ').trim();
    if (outside) out.push(`${m[1]} ${outside} from '${m[4]}'`);
    for (const spec of (braces?.[1] ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
      if (!/^type\s/.test(spec)) out.push(`${m[1]} { ${spec} } from '${m[4]}'`);
    }
  }
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) if (from.test(m[1])) out.push(`import('${m[1]}')`);
  for (const m of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) if (from.test(m[1])) out.push(`import '${m[1]}'`);
  return out;
}

const JUDGE = /(^|\/)judge\//;

describe('report/ never calls the judge', () => {
  it('imports nothing but types from src/judge/', () => {
    const files = readdirSync(REPORT_DIR).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => valueImports(readFileSync(join(REPORT_DIR, f), 'utf8'), JUDGE).map((i) => `${f}: ${i}`));
    expect(found).toEqual([]);
  });

  it('the scan finds value imports, and lets type imports through', () => {
    const src = [
      "import { contradictions, validity, type Verdict } from '../judge/verdict.js';",
      "import type { Messages } from '../judge/messages.js';",
      "import {\n  type Declaration,\n  parseDeclaration,\n} from '../judge/declaration.js';",
      "import * as judge from '../judge/index.js';",
      "export { en } from '../judge/messages.js';",
      "export type { Mention } from '../judge/mention.js';",
      "const j = await import('../judge/verdict.js');",
      "// import { verdict } from '../judge/verdict.js';",
      "import { t } from './i18n.js';",
    ].join('\n');
    expect(valueImports(src, JUDGE)).toEqual([
      "import { contradictions } from '../judge/verdict.js'",
      "import { validity } from '../judge/verdict.js'",
      "import { parseDeclaration } from '../judge/declaration.js'",
      "import * as judge from '../judge/index.js'",
      "export { en } from '../judge/messages.js'",
      "import('../judge/verdict.js')",
    ]);
  });
});
