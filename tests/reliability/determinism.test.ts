/**
 * Determinism: the demo procedure audited three times, each time as `rgaa-audit demo` does it (a
 * new session and browser, the demo's options, pages in parallel), gives the same statuses and
 * findings per page and criterion, the same aggregate, rate, declaration and verdict; only
 * timings and dates may differ.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { AuditSession, defaultConcurrency } from '../../src/audit.js';
import { DEFAULT_GATHER } from '../../src/gather/page.js';
import { serveStatic, type StaticServer } from '../../src/serve.js';
import type { ProcedureReport } from '../../src/model/types.js';
import { FIXTURES } from '../helpers/harness.js';
import { normalise } from '../batch/util.js';

const RUNS = 3;

/** Per page and criterion: the status, the tests' statuses and the findings, in report order. */
function perPageCriterion(p: ProcedureReport): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const page of p.pages) for (const [id, c] of Object.entries(page.criteria)) out[`${new URL(page.url).pathname} ${id}`] = c;
  return out;
}

describe('determinism', () => {
  let server: StaticServer;
  const runs: ProcedureReport[] = [];

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    server = await serveStatic(join(FIXTURES, 'demo'));
    const urls = ['/', '/demarche', '/accessibilite'].map((p) => server.url + p);
    for (let i = 0; i < RUNS; i++) {
      // The options of `rgaa-audit demo` with its defaults (src/cli/main.ts auditOptions), a fixed date.
      const session = new AuditSession({
        ...DEFAULT_GATHER,
        concurrency: defaultConcurrency(),
        interactive: true,
        screenshots: 0,
        process: false,
        judge: { asOf: '2026-01-15', method: '2020', rateSource: 'declared' },
      });
      try {
        runs.push((await session.auditProcedure({ id: 'demo', name: 'demo', urls })).report);
      } finally {
        await session.close();
      }
    }
  }, 240_000);

  afterAll(async () => server?.close());

  it(`${RUNS} runs of the demo: same statuses and findings per page and criterion, same rate and verdict`, () => {
    expect(runs).toHaveLength(RUNS);
    const [first, ...others] = runs;
    // Not a comparison of empty reports: pages audited, NC with evidence, a verdict.
    expect(first.pages.map((p) => p.error)).toEqual([null, null, null]);
    const withFindings = Object.values(first.criteria).filter((c) => c.status === 'NC' && c.findings.length);
    expect(withFindings.length).toBeGreaterThanOrEqual(3);
    expect(first.verdict).not.toBeNull();
    const ref = perPageCriterion(first);
    expect(Object.keys(ref).length).toBe(3 * 106);
    for (const [i, r] of others.entries()) {
      expect(perPageCriterion(r), `run ${i + 2}: per page and criterion`).toEqual(ref);
      expect(r.criteria, `run ${i + 2}: aggregate`).toEqual(first.criteria);
      expect(r.rate, `run ${i + 2}: rate`).toEqual(first.rate);
      expect(r.verdict, `run ${i + 2}: verdict`).toEqual(first.verdict);
      // Everything else too, once timings and dates are stripped.
      expect(normalise({ procedures: [r] }, { demo: server.url }), `run ${i + 2}: whole report`).toEqual(normalise({ procedures: [first] }, { demo: server.url }));
    }
  });
});
