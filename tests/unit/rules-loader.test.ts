/** The rules/ loader refuses an axe rule without a decision or a reason, naming the file and line. */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRules, RULES_DIR } from '../../src/model/rules.js';
import { UsageError } from '../../src/model/errors.js';

let dir: string;
const FILE = '07-scripts.yaml';

/** Replace `from` (once) in the copied theme file; return the 1-based line where `mark` then starts. */
function edit(from: string, to: string, mark: string): number {
  const path = join(dir, FILE);
  const text = readFileSync(path, 'utf8');
  expect(text, 'the fixture text to replace').toContain(from);
  const out = text.replace(from, to);
  writeFileSync(path, out);
  return out.slice(0, out.indexOf(mark)).split('\n').length;
}

function error(): string {
  try {
    loadRules(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('loadRules accepted the file');
}

describe('rules/ loader: axe decisions', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rgaa-rules-'));
    cpSync(RULES_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the shipped files', () => {
    expect(loadRules(dir).tests.get('7.1.1')!.axe.find((m) => m.rule === 'aria-roles')).toMatchObject({ decision: 'nc' });
  });
  it('fails on a missing decision, with the file and the line of the entry', () => {
    const line = edit('          - rule: aria-roles\n            decision: nc\n', '          - rule: aria-roles\n', '- rule: aria-roles');
    expect(error()).toBe(`${join(dir, FILE)}:${line}: test 7.1.1, axe rule aria-roles: decision must be nc or review`);
  });
  it('fails on a decision other than nc or review', () => {
    const line = edit('          - rule: aria-roles\n            decision: nc\n', '          - rule: aria-roles\n            decision: maybe\n', '- rule: aria-roles');
    expect(error()).toBe(`${join(dir, FILE)}:${line}: test 7.1.1, axe rule aria-roles: decision must be nc or review`);
  });
  it('fails on a missing or empty reason', () => {
    const text = readFileSync(join(dir, FILE), 'utf8');
    const reason = /( {12}reason: .*\n)/.exec(text.slice(text.indexOf('- rule: aria-roles')))![1];
    const line = edit(reason, '            reason: "  "\n', '- rule: aria-roles');
    expect(error()).toMatch(new RegExp(`^${join(dir, FILE).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}: test 7\\.1\\.1, axe rule aria-roles: a reason is required`));
  });
  it('fails on the old form (a bare rule id, or axeReview), saying what to write', () => {
    const line = edit('        axe:\n          - rule: aria-allowed-attr', '        axe:\n          - aria-allowed-attr\n          - rule: aria-allowed-attr', '- aria-allowed-attr');
    expect(error()).toBe(`${join(dir, FILE)}:${line}: test 7.1.1: axe rule aria-allowed-attr needs a decision (nc or review) and a reason: write { rule, decision, reason }`);
    cpSync(join(RULES_DIR, FILE), join(dir, FILE));
    edit('        checks: [script-pointer-only, script-summary-name]', '        axeReview: [region]\n        checks: [script-pointer-only, script-summary-name]', 'axeReview');
    expect(error()).toMatch(/criterion 7\.1, test 7\.1\.1: axeReview is gone; list the rule under axe with decision: review and a reason$/);
  });
  it('fails on an unknown field and on an axeTag equal to the test itself', () => {
    const line = edit('          - rule: aria-roles\n            decision: nc\n', '          - rule: aria-roles\n            decision: nc\n            descision: review\n', '- rule: aria-roles');
    expect(error()).toBe(`${join(dir, FILE)}:${line}: test 7.1.1, axe rule aria-roles: unknown field descision (rule, decision, reason, axeTag)`);
    cpSync(join(RULES_DIR, FILE), join(dir, FILE));
    edit('          - rule: aria-roles\n            decision: nc\n', '          - rule: aria-roles\n            decision: nc\n            axeTag: 7.1.1\n', '- rule: aria-roles');
    expect(error()).toMatch(/axe rule aria-roles: axeTag must be the test axe-core tags the rule with, other than 7\.1\.1$/);
  });
});
