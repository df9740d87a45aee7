/**
 * Every output format, from one report model. The CLI takes its list of formats from here.
 * A format renders the whole AuditReport to one file (or to stdout when alone).
 */
import type { AuditReport, RuleSet } from '../model/types.js';
import { renderJson } from './json.js';

export interface RenderContext {
  rules: RuleSet;
  threshold: number;
  lang: 'en' | 'fr';
}

export interface FileFormat {
  /** File name extension, with the dot. */
  ext: string;
  render(report: AuditReport, ctx: RenderContext): string;
}

export const FILE_FORMATS: Record<string, FileFormat> = {
  json: { ext: '.json', render: (r) => renderJson(r) },
};
