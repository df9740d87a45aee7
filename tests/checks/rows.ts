/**
 * The check harness: a table of rows, each a fixture (fixtures/checks/<check-id>/<case>.html), the
 * check it exercises and what the report must say about it. Adding a check adds rows here, in the
 * test file of its theme (CONTRIBUTING.md).
 *
 * Every row also holds every check of the page to its contract: a result names only the tests of
 * its check's meta, and fails, doubts or leaves a scope empty only when the meta says it can
 * (tests/checks/contract.ts).
 */
import { it } from 'vitest';
import type { Harness } from '../helpers/harness.js';
import type { Status } from '../../src/model/types.js';
import type { CheckResult } from '../../src/gather/inpage.js';
import { contractBreaches } from './contract.js';

/** An expected status; `notNC`: anything but NC (a check that only proves failures). */
export type Want = Status | 'notNC';

export interface Row {
  /** Fixture path under fixtures/checks/ (without .html). */
  file: string;
  check: string;
  /** Expected test statuses. */
  tests?: Record<string, Want>;
  /** Expected criterion statuses. */
  criteria?: Record<string, Want>;
  /** Exact number of raw failures (0 for conforming fixtures). */
  failures?: number;
  /** The raw result has at least one doubt (true) or none (false). */
  doubts?: boolean;
  /** The raw `applicable` count. */
  applicable?: number;
  /** Findings (NC evidence) the report must hold: test id and a fragment of selector or snippet. */
  findings?: { test: string; selector?: string; snippet?: string }[];
  /** Review entries (NT evidence) the report must hold. */
  review?: { test: string; selector?: string; snippet?: string }[];
}

export function runRows(h: Harness, rows: Row[]): void {
  for (const row of rows) {
    it(`${row.file}: ${title(row)}`, async ({ expect }) => {
      const { report, gathered } = await h.page(`checks/${row.file}.html`);
      expect(report.error).toBeNull();
      expect(contractBreaches(gathered.raw!), 'results that break their meta').toEqual([]);
      const raw = gathered.raw!.checks[row.check] as CheckResult | { error: string } | undefined;
      expect(raw, `raw result of ${row.check}`).toBeDefined();
      expect('error' in raw! ? raw.error : null).toBeNull();
      const res = raw as CheckResult;
      if (row.failures !== undefined) expect(res.failures.map((f) => f.messageId), 'raw failures').toHaveLength(row.failures);
      if (row.doubts !== undefined) expect(res.doubts.length > 0, `doubts: ${JSON.stringify(res.doubts.map((d) => d.messageId))}`).toBe(row.doubts);
      if (row.applicable !== undefined) expect(res.applicable).toBe(row.applicable);
      const status = (id: string) => {
        const crit = id.split('.').slice(0, 2).join('.');
        return id.split('.').length === 3 ? report.criteria[crit].tests[id] : report.criteria[crit].status;
      };
      for (const [id, want] of Object.entries({ ...row.tests, ...row.criteria })) {
        const crit = id.split('.').slice(0, 2).join('.');
        const why = `${id} (${JSON.stringify(report.criteria[crit].findings.map((f) => f.message))})`;
        if (want === 'notNC') expect(status(id), why).not.toBe('NC');
        else expect(status(id), why).toBe(want);
      }
      for (const f of row.findings ?? []) {
        const crit = f.test.split('.').slice(0, 2).join('.');
        const all = report.criteria[crit].findings.filter((x) => x.test === f.test && x.source === `check:${row.check}`);
        const hit = all.find((x) => (!f.selector || x.selector.includes(f.selector)) && (!f.snippet || x.snippet.includes(f.snippet)));
        expect(hit, `finding on ${f.test} matching ${f.selector ?? ''} ${f.snippet ?? ''} among ${JSON.stringify(all.map((x) => x.selector))}`).toBeDefined();
        expect(hit!.selector).not.toBe('');
        expect(hit!.message.length).toBeGreaterThan(10);
      }
      for (const f of row.review ?? []) {
        const crit = f.test.split('.').slice(0, 2).join('.');
        const all = (report.criteria[crit].review ?? []).filter((x) => x.test === f.test && x.source === `check:${row.check}`);
        const hit = all.find((x) => (!f.selector || x.selector.includes(f.selector)) && (!f.snippet || x.snippet.includes(f.snippet)));
        expect(hit, `review entry on ${f.test} matching ${f.selector ?? ''} ${f.snippet ?? ''}`).toBeDefined();
      }
    });
  }
}

function title(row: Row): string {
  const parts = Object.entries({ ...row.criteria, ...row.tests }).map(([k, v]) => `${k} ${v}`);
  return parts.length ? parts.join(', ') : `${row.failures ?? ''} failures`;
}
