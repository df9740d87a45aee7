/**
 * Every check of our own: each `<NN-theme>/<id>.ts` whose default export is a check (defineCheck),
 * found in this folder when the module loads. Adding a check touches no list: its file is its
 * registration (CONTRIBUTING.md). The in-page part of each check is found the same way, by
 * scripts/build-page.mjs.
 */
import { readdirSync } from 'node:fs';
import type { Check } from './define.js';
import type { CheckMessages } from '../../model/message.js';

const HERE = new URL('.', import.meta.url);
/** .ts when run from src/ (tests), .js from dist/. */
const EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

function isCheck(x: unknown): x is Check {
  return !!x && typeof x === 'object' && 'meta' in x && typeof (x as Check).meta?.id === 'string';
}

async function load(): Promise<Check[]> {
  const themes = readdirSync(HERE, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d\d-/.test(d.name))
    .map((d) => d.name)
    .sort();
  const out: Check[] = [];
  for (const theme of themes) {
    const files = readdirSync(new URL(`${theme}/`, HERE))
      .filter((f) => f.endsWith(EXT) && !f.endsWith(`.page${EXT}`) && !f.endsWith('.d.ts'))
      .sort();
    for (const f of files) {
      const m = (await import(new URL(`${theme}/${f}`, HERE).href)) as { default?: unknown };
      if (!isCheck(m.default)) continue; // a module shared by the checks of a theme
      if (m.default.meta.id !== f.slice(0, -EXT.length)) throw new Error(`${theme}/${f}: the check's id is ${m.default.meta.id}, not its file name`);
      out.push(m.default);
    }
  }
  return out;
}

/** Every check, by theme then id. */
export const CHECKS: readonly Check[] = await load();

const BY_ID = new Map(CHECKS.map((c) => [c.meta.id, c]));

export function checkById(id: string): Check | undefined {
  return BY_ID.get(id);
}

export function allCheckIds(): Set<string> {
  return new Set(BY_ID.keys());
}

/** Every check's messages by check id, for the report to render findings in its language. */
export const CHECK_MESSAGES: CheckMessages = Object.freeze(Object.fromEntries(CHECKS.map((c) => [c.meta.id, c.meta.messages])));
