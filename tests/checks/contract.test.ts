/**
 * Every check's contract (its meta, src/evaluate/checks/define.ts) against rules/, both ways: the
 * tests a check decides or scopes are the ones rules/ maps it to, `auto: full` only where every
 * mapped check can return C, and each check's files are where its meta says it runs.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../../src/model/rules.js';
import { CHECKS, checkById } from '../../src/evaluate/checks/registry.js';
import { GATHERERS } from '../../src/gather/gatherers/index.js';
import { FIELDS } from '../../src/evaluate/checks/lib/fields.page.js';

const rules = loadRules();
const CHECKS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'evaluate', 'checks');

/** Where rules/ names each check: the tests it decides (`checks:`), the tests or criteria it scopes (`applies: check:`). */
function mapping() {
  const decides = new Map<string, string[]>();
  const scopes = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const c of rules.criteria) {
    if (c.applies?.startsWith('check:')) add(scopes, c.applies.slice(6), c.id);
    for (const t of c.tests) {
      if (t.applies?.startsWith('check:')) add(scopes, t.applies.slice(6), t.id);
      for (const k of t.checks) add(decides, k, t.id);
    }
  }
  return { decides, scopes };
}

describe('the checks against rules/', () => {
  const { decides, scopes } = mapping();

  it('registers every check once, under the id of its file', () => {
    const ids = CHECKS.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(60);
  });

  it('every check rules/ names exists', () => {
    for (const id of [...decides.keys(), ...scopes.keys()]) expect(checkById(id), `rules/ name ${id}`).toBeDefined();
  });

  it('rules/ decides with a check exactly the tests its meta decides', () => {
    for (const c of CHECKS) expect([...c.meta.decides].sort(), c.meta.id).toEqual([...(decides.get(c.meta.id) ?? [])].sort());
  });

  it('rules/ scopes with a check exactly what its meta scopes', () => {
    for (const c of CHECKS) expect([...c.meta.scopes].sort(), c.meta.id).toEqual([...(scopes.get(c.meta.id) ?? [])].sort());
  });

  it('claims C (auto: full) only where every check of the test can return C, and a check returns C only for such a test', () => {
    for (const t of rules.tests.values()) {
      if (t.auto !== 'full') continue;
      for (const k of t.checks) expect(checkById(k)?.meta.returns, `${t.id}: ${k}`).toContain('C');
    }
    for (const c of CHECKS) {
      if (!c.meta.returns.includes('C')) continue;
      expect(c.meta.decides.some((t) => rules.tests.get(t)?.auto === 'full'), `${c.meta.id} returns C but decides no auto: full test`).toBe(true);
    }
  });

  it('a check that decides no test proves no failure (its result is a scope and a list for a human)', () => {
    for (const c of CHECKS) if (!c.meta.decides.length) expect(c.meta.returns, c.meta.id).not.toContain('NC');
  });

  it('needs only known artifacts; a check that reads the page has its page file, the others have none', () => {
    const known = new Set<string>(['dom', 'navigation', 'titleContext', ...GATHERERS.map((g) => g.name)]);
    const themes = readdirSync(CHECKS_DIR).filter((d) => /^\d\d-/.test(d));
    for (const c of CHECKS) {
      for (const n of c.meta.needs) expect(known.has(n), `${c.meta.id} needs ${n}`).toBe(true);
      const theme = themes.find((d) => existsSync(join(CHECKS_DIR, d, `${c.meta.id}.ts`)));
      expect(theme, `${c.meta.id}: <theme>/${c.meta.id}.ts`).toBeDefined();
      expect(existsSync(join(CHECKS_DIR, theme!, `${c.meta.id}.page.ts`)), `${c.meta.id}.page.ts`).toBe(c.meta.needs.includes('dom'));
      // Grouped by RGAA theme: the folder's theme is one of the check's tests, or the theme of
      // what it examines when it says so (meta.theme).
      const own = c.meta.theme !== undefined ? [String(c.meta.theme)] : [...c.meta.decides, ...c.meta.scopes];
      expect(own.map((t) => t.split('.')[0].padStart(2, '0')), c.meta.id).toContain(theme!.slice(0, 2));
    }
  });

  it('every page file of a theme folder is a check (default export) or gathers facts a check needs', async () => {
    const needed = new Set(CHECKS.flatMap((c) => c.meta.needs));
    for (const d of readdirSync(CHECKS_DIR).filter((x) => /^\d\d-/.test(x))) {
      for (const f of readdirSync(join(CHECKS_DIR, d)).filter((x) => x.endsWith('.page.ts'))) {
        const m = (await import(join(CHECKS_DIR, d, f))) as { default?: unknown; facts?: Record<string, unknown> };
        const id = f.slice(0, -'.page.ts'.length);
        if (m.default) expect(checkById(id)?.meta.needs, `${d}/${f}`).toEqual(['dom']);
        else expect(Object.keys(m.facts ?? {}).filter((k) => needed.has(k as never)), `${d}/${f}: facts no check needs`).not.toEqual([]);
      }
    }
  });

  it('rules/ scopes theme 11 with the form fields of the page library (one selector, written once on each side)', () => {
    const scope = (id: string) => rules.criteria.find((c) => c.id === id)?.applies;
    expect(scope('11.1')).toBe(FIELDS);
    expect(scope('11.2')).toBe(FIELDS);
  });
});
