/**
 * The layout of the fixtures snapshot (tests/checks/__snapshots__/fixtures.json): per audited page,
 * one line per criterion (its status, then each test's) and one line per finding and review item
 * (test, source, selector, message), so that a change shows in a diff as the lines it touches.
 */
import type { PageReport } from '../../src/model/types.js';
import { compareIds } from '../../src/model/rules.js';

export interface SnapshotPage {
  criteria: Record<string, string>;
  findings: string[];
  review: string[];
}

/** One page of the snapshot; `origin` (the test server's) is replaced so that the port does not show (nor that of its other name, localhost, which the fixtures use as another origin). */
export function snapshotPage(page: PageReport, origin: string): SnapshotPage {
  const clean = (s: string) => s.split(origin).join('http://fixtures').replace(/(127\.0\.0\.1|localhost):\d+/g, '$1:PORT');
  if (page.error) return { criteria: { error: clean(page.error) }, findings: [], review: [] };
  const ids = Object.keys(page.criteria).sort(compareIds);
  const criteria: Record<string, string> = {};
  const findings: string[] = [];
  const review: string[] = [];
  for (const id of ids) {
    const c = page.criteria[id];
    const tests = Object.keys(c.tests)
      .sort(compareIds)
      .map((t) => `${t} ${c.tests[t]}`)
      .join(', ');
    criteria[id] = `${c.status} | ${tests}`;
    for (const f of c.findings) findings.push(clean(`${f.test} ${f.source} | ${f.selector} | ${f.message}`));
    for (const f of c.review ?? []) review.push(clean(`${f.test} ${f.source} | ${f.selector} | ${f.message}`));
  }
  return { criteria, findings, review };
}

/** JSON with one criterion, finding or review item per line. */
export function formatSnapshot(pages: Record<string, SnapshotPage>): string {
  const q = (s: string) => JSON.stringify(s);
  const lines: string[] = ['{'];
  const keys = Object.keys(pages);
  keys.forEach((k, i) => {
    const p = pages[k];
    lines.push(`  ${q(k)}: {`);
    lines.push('    "criteria": {');
    const cs = Object.entries(p.criteria);
    cs.forEach(([id, v], j) => lines.push(`      ${q(id)}: ${q(v)}${j < cs.length - 1 ? ',' : ''}`));
    lines.push('    },');
    for (const [name, list, last] of [['findings', p.findings, false], ['review', p.review, true]] as const) {
      if (!list.length) lines.push(`    ${q(name)}: []${last ? '' : ','}`);
      else {
        lines.push(`    ${q(name)}: [`);
        list.forEach((f, j) => lines.push(`      ${q(f)}${j < list.length - 1 ? ',' : ''}`));
        lines.push(`    ]${last ? '' : ','}`);
      }
    }
    lines.push(`  }${i < keys.length - 1 ? ',' : ''}`);
  });
  lines.push('}');
  return lines.join('\n') + '\n';
}
