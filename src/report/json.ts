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
