/**
 * One report per procedure in a batch (HTML and JSON, so that each administration can be sent its
 * own), named from its Ref_Demarche. The name comes from the input, so it is made safe: letters,
 * digits, `.`, `_` and `-` only, never a leading dot (no `..`, no hidden file), no path separator,
 * at most 80 characters, not a Windows device name; two procedures never share one.
 */
import type { AuditReport, ProcedureReport } from '../model/types.js';

/** The folder, inside the output folder, of the per-procedure reports. */
export const PROCEDURES_DIR = 'procedures';

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A file name (without extension) from untrusted text. */
export function safeFileName(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '')
    .slice(0, 80);
  if (!base) return 'procedure';
  return WINDOWS_DEVICE.test(base.split('.')[0]) ? `procedure-${base}` : base;
}

/** Each procedure's file name (without extension), in report order, unique case-insensitively. */
export function procedureFileNames(procedures: ProcedureReport[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of procedures) {
    const base = safeFileName(p.input?.ref || p.id);
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    taken.add(name.toLowerCase());
    names.set(p.id, name);
  }
  return names;
}

/** The report of one procedure of a batch: the batch's report with that procedure alone. */
export function procedureReport(report: AuditReport, p: ProcedureReport): AuditReport {
  return { ...report, procedures: [p] };
}

/** `procedures/<name>.html`, relative to the output folder (the dashboard links it). */
export function procedureReportPath(name: string, ext: '.html' | '.json'): string {
  return `${PROCEDURES_DIR}/${name}${ext}`;
}
