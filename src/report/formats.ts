/**
 * Every output format, from one report model. The CLI takes its list of formats from here.
 * A text format renders the whole AuditReport to one file (or to stdout when alone); a files
 * format (binary, or one file per part) writes only to files, so it needs `--output`.
 */
import type { AuditReport, RuleSet } from '../model/types.js';
import type { Lang } from './i18n.js';
import type { Gate } from '../aggregate/gate.js';
import type { CheckMessages } from '../model/message.js';
import { localizeFindings } from './messages.js';
import { jsonChunks, renderJson } from './json.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import { renderMarkdown } from './markdown.js';
import { renderFindingsCsv } from './csv.js';
import { renderGridCsv } from './grid.js';
import { renderBatchCsv } from './batch.js';
import { renderDashboard } from './dashboard.js';
import { renderOds } from './ods.js';
import { renderDeclarations } from './declaration-draft.js';
import { renderObservatoryCsv } from './observatory.js';

export interface RenderContext {
  rules: RuleSet;
  threshold: number;
  /** Language of every sentence the report writes (RGAA terms stay as written). */
  lang: Lang;
  /** A previous report (`--baseline`): the HTML and Markdown reports then show what is new and what was fixed. */
  baseline?: AuditReport;
  /** The rate the CI gate compares with the threshold (default: the measured rate). */
  gate?: Gate;
  /** A JSON report is written in the same run: findings left out say where they are. */
  jsonWritten?: boolean;
  /** Our checks' message templates (the pipeline's CHECK_MESSAGES): findings are worded in `lang` from their id. */
  messages: CheckMessages;
}

/** One file a format writes: `rgaa-audit<part><ext>` in the output folder. */
export interface OutputFile {
  /** '' for the format's main file; else what tells it apart (`.p21-40`, `.<procedure id>`). */
  part: string;
  /** File name extension, with the dot. */
  ext: string;
  data: string | Uint8Array;
}

export interface TextFormat {
  /** File name extension, with the dot. */
  ext: string;
  render(report: AuditReport, ctx: RenderContext): string;
  /** The same text in pieces, for a file: a format whose text grows with the campaign writes it so. */
  chunks?(report: AuditReport, ctx: RenderContext): Iterable<string>;
}

export interface FilesFormat {
  /** Extension of the main file, with the dot. */
  ext: string;
  files(report: AuditReport, ctx: RenderContext): OutputFile[];
}

export type FileFormat = TextFormat | FilesFormat;

const formats = {
  // The JSON keeps our checks' English text beside their message id and parameters: it reads without the tool.
  json: { ext: '.json', render: (r) => renderJson(r), chunks: (r) => jsonChunks(r) },
  html: { ext: '.html', render: (r, c) => renderHtml(worded(r, c), c) },
  junit: { ext: '.junit.xml', render: (r, c) => renderJunit(worded(r, c), c.rules, c.lang) },
  sarif: { ext: '.sarif', render: (r, c) => renderSarif(worded(r, c), c.rules, c.lang) },
  markdown: { ext: '.md', render: (r, c) => renderMarkdown(worded(r, c), c) },
  csv: { ext: '.csv', render: (r, c) => renderFindingsCsv(worded(r, c), c.lang) },
  grid: { ext: '.grid.csv', render: (r, c) => renderGridCsv(r, c.rules) },
  'batch-csv': { ext: '.batch.csv', render: (r, c) => renderBatchCsv(r, c.lang) },
  dashboard: { ext: '.dashboard.html', render: (r, c) => renderDashboard(worded(r, c), c) },
  // The official grid is in French, its « Modifications à apporter » too.
  ods: { ext: '.ods', files: (r, c) => renderOds(localizeFindings(r, 'fr', c.messages), c.rules) },
  declaration: { ext: '.declaration.html', files: (r) => renderDeclarations(r) },
  observatory: { ext: '.observatory.csv', render: (r) => renderObservatoryCsv(r) },
} satisfies Record<string, FileFormat>;

/** The report with our checks' findings worded in the context's language. */
function worded(r: AuditReport, c: RenderContext): AuditReport {
  return localizeFindings(r, c.lang, c.messages);
}

export const FILE_FORMATS: typeof formats & Record<string, FileFormat> = formats;

/** Formats that write only to files (they need --output). */
export function filesOnly(name: string): boolean {
  return 'files' in FILE_FORMATS[name];
}

/** The files a format writes for a report (a text format: one). */
export function renderFiles(name: string, report: AuditReport, ctx: RenderContext): OutputFile[] {
  const f = FILE_FORMATS[name];
  return 'files' in f ? f.files(report, ctx) : [{ part: '', ext: f.ext, data: f.render(report, ctx) }];
}

/** A text format's pieces when it writes them apart (see TextFormat.chunks); null otherwise. */
export function renderChunks(name: string, report: AuditReport, ctx: RenderContext): Iterable<string> | null {
  const f: FileFormat = FILE_FORMATS[name];
  return 'chunks' in f && f.chunks ? f.chunks(report, ctx) : null;
}
