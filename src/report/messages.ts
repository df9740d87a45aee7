/**
 * Our checks' findings in the report's language. A finding of ours carries its message id and
 * parameters (model/message.ts) beside the English text evaluation rendered; the report renders
 * the chosen language from the id and the parameters with the templates of the check's meta,
 * which the pipeline hands over (CheckMessages): report/ never imports the checks.
 *
 * axe-core's findings are already in the report's language (axe's own locale), and a finding
 * whose id the templates lack (a report saved by another version of the tool) keeps its text.
 */
import type { AuditReport, CriterionResult, Finding } from '../model/types.js';
import { renderMessage, type CheckMessages } from '../model/message.js';
import type { Lang } from './i18n.js';

/** The finding's message in `lang`: from its id and parameters when the check's templates have it, else as written. */
export function findingMessage(f: Finding, lang: Lang, messages: CheckMessages | undefined): string {
  if (!f.messageId || !messages || !f.source.startsWith('check:')) return f.message;
  const catalogue = messages[f.source.slice('check:'.length)];
  if (!catalogue) return f.message;
  try {
    return renderMessage(catalogue, { id: f.messageId, params: f.params }, lang);
  } catch {
    return f.message;
  }
}

function localized(c: CriterionResult, lang: Lang, messages: CheckMessages): CriterionResult {
  const one = (f: Finding): Finding => {
    const message = findingMessage(f, lang, messages);
    return message === f.message ? f : { ...f, message };
  };
  return { ...c, findings: c.findings.map(one), ...(c.review ? { review: c.review.map(one) } : {}) };
}

/**
 * The report with every finding and review item of our checks worded in `lang`, for the
 * renderers that print messages (console, HTML, Markdown, CSV, JUnit, SARIF, dashboard, ODS).
 * The JSON report is not rendered through it: it keeps the English text with the id and parameters.
 */
export function localizeFindings(report: AuditReport, lang: Lang, messages: CheckMessages | undefined): AuditReport {
  if (!messages) return report;
  const criteria = (cs: Record<string, CriterionResult>) => Object.fromEntries(Object.entries(cs).map(([id, c]) => [id, localized(c, lang, messages)]));
  return {
    ...report,
    procedures: report.procedures.map((p) => ({ ...p, criteria: criteria(p.criteria), pages: p.pages.map((pg) => ({ ...pg, criteria: criteria(pg.criteria) })) })),
  };
}
