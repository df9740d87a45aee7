/** The JSON report: the model as is, validated against schema/report.schema.json in the tests. */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditReport, ProcedureReport } from '../model/types.js';
import { axeVersion } from '../gather/inpage.js';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'report.schema.json');

let version: string | undefined;
export function toolVersion(): string {
  return (version ??= (JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as { version: string }).version);
}

export function buildReport(
  procedures: ProcedureReport[],
  meta: { startedAt: Date; browser: string | null; options: Record<string, unknown> },
): AuditReport {
  return {
    schemaVersion: 3,
    tool: { name: 'rgaa-audit', version: toolVersion() },
    rgaaVersion: '4.1.2',
    axeVersion: axeVersion(),
    browser: meta.browser,
    startedAt: meta.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    options: meta.options,
    procedures,
  };
}

export function renderJson(report: AuditReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * The JSON report in pieces, one procedure at a time: the same bytes as renderJson without the
 * whole text in memory at once. A campaign's report (every finding and picture of 250 procedures)
 * would otherwise be one string as large as all its procedures together, and V8 refuses a string
 * of over 2^29 characters (~512 MB), which would end the batch without its reports.
 */
export function* jsonChunks(report: AuditReport): Generator<string> {
  const mark = JSON.stringify('\u0000rgaa-audit: procedures\u0000');
  const [head, tail, ...more] = renderJson({ ...report, procedures: JSON.parse(mark) as never }).split(mark);
  if (tail === undefined || more.length || !report.procedures.length) {
    yield renderJson(report); // the mark not found once (an option holding it?), or nothing to cut
    return;
  }
  yield head + '[';
  const last = report.procedures.length - 1;
  for (const [i, p] of report.procedures.entries()) yield '\n    ' + JSON.stringify(p, null, 2).replace(/\n/g, '\n    ') + (i < last ? ',' : '');
  yield '\n  ]' + tail;
}
