/** Merge the results of several runs (batch shards, or JSON reports) into one list of procedures. */
import { existsSync, readFileSync } from 'node:fs';
import type { AuditReport, ProcedureReport } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { latestById, readResults, type ResultLine } from './results.js';
import { upgradeProcedure } from '../aggregate/rate.js';

export function mergeResults(files: string[]): ProcedureReport[] {
  const lines: ResultLine[] = [];
  for (const f of files) {
    // `results.jsonl.<date>.bak`: a results file set aside by `batch --force`.
    if (/\.jsonl(\.[^/\\]+\.bak)?$/.test(f)) {
      // (readResults treats a missing file as « nothing done yet », which suits --resume, not merge.)
      if (!existsSync(f)) throw new UsageError(`${f}: cannot read: ENOENT`);
      lines.push(...readResults(f));
      continue;
    }
    let report: AuditReport;
    try {
      report = JSON.parse(readFileSync(f, 'utf8')) as AuditReport;
    } catch (e) {
      throw new UsageError(`${f}: not a JSON report or JSONL results file (${(e as Error).message.split('\n')[0]})`);
    }
    if (!Array.isArray(report.procedures)) throw new UsageError(`${f}: not a rgaa-audit report (no procedures)`);
    report.procedures.forEach((p, i) => lines.push({ v: 1, id: p.id, index: (p as ProcedureReport & { index?: number }).index ?? i, config: '', finishedAt: report.finishedAt, procedure: upgradeProcedure(p) }));
  }
  return latestById(lines).map((l) => l.procedure);
}
