/** Merge the results of several runs (batch shards, or JSON reports) into one list of procedures. */
import { existsSync, readFileSync } from 'node:fs';
import type { AuditReport, ProcedureReport } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { latestById, readResults, type ResultLine } from './results.js';
import { upgradeProcedure } from '../aggregate/rate.js';
import { flatten, settingsDiff } from './resume.js';

export function mergeResults(files: string[]): ProcedureReport[] {
  return mergeRun(files).procedures;
}

/**
 * The procedures of several results files (the last line per procedure wins, in input order),
 * and the settings they were made with: shards of one run agree on them, and a merge of parts
 * made with other settings (another --method, --as-of, tool version…) is refused, naming the
 * difference, as a --resume would be.
 */
export function mergeRun(files: string[]): { procedures: ProcedureReport[]; settings: Record<string, unknown> | null } {
  const lines: (ResultLine & { file: string })[] = [];
  const add = (f: string, l: ResultLine) => lines.push({ ...l, file: f });
  for (const f of files) {
    // `results.jsonl.<date>.bak`: a results file set aside by `batch --force`.
    if (/\.jsonl(\.[^/\\]+\.bak)?$/.test(f)) {
      // (readResults treats a missing file as « nothing done yet », which suits --resume, not merge.)
      if (!existsSync(f)) throw new UsageError(`${f}: cannot read: ENOENT`);
      for (const l of readResults(f)) add(f, l);
      continue;
    }
    let report: AuditReport;
    try {
      report = JSON.parse(readFileSync(f, 'utf8')) as AuditReport;
    } catch (e) {
      throw new UsageError(`${f}: not a JSON report or JSONL results file (${(e as Error).message.split('\n')[0]})`);
    }
    if (!Array.isArray(report.procedures)) throw new UsageError(`${f}: not a rgaa-audit report (no procedures)`);
    report.procedures.forEach((p, i) => add(f, { v: 1, id: p.id, index: (p as ProcedureReport & { index?: number }).index ?? i, config: '', finishedAt: report.finishedAt, procedure: upgradeProcedure(p) }));
  }
  const kept = latestById(lines) as (ResultLine & { file: string })[];
  const first = kept.find((l) => l.settings);
  const other = first && kept.find((l) => l.settings && JSON.stringify(flatten(l.settings)) !== JSON.stringify(flatten(first.settings!)));
  if (first && other) {
    const diff = settingsDiff(first.settings!, other.settings!);
    throw new UsageError(`merge: ${first.file} and ${other.file} were made with other settings (${diff.slice(0, 4).join('; ')}${diff.length > 4 ? `; and ${diff.length - 4} more` : ''}): merge the parts of one run`);
  }
  return { procedures: kept.map((l) => l.procedure), settings: first?.settings ?? null };
}
