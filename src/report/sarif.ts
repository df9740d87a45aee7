/**
 * SARIF 2.1.0 for code-scanning tools: one run; a rule per RGAA test that has a finding
 * (id "RGAA-1.1.1", help URI = the official criterion page); a result per NC finding, located
 * at the page URL. SARIF has no CSS selector field: the selector is a logical location of
 * kind "element" and the HTML snippet is the region's snippet.
 */
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import type { AuditReport, RuleSet } from '../model/types.js';
import { compareIds } from '../model/rules.js';
import { t, type Lang } from './i18n.js';
import { criteriaById, criterionTitle, ncFindings, pagePath } from './view.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/rgaa-audit/rgaa-audit';

/** "Informative images have a text alternative" → "InformativeImagesHaveATextAlternative". */
function pascal(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join('') || 'Criterion'
  );
}

function fingerprint(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export function buildSarif(report: AuditReport, rules: RuleSet, lang: Lang): Sarif.Log {
  const byId = criteriaById(rules);
  const items = report.procedures.flatMap((p) => ncFindings(p).map((f) => ({ p, f })));
  const testIds = [...new Set(items.map((x) => x.f.test))].sort(compareIds);
  const ruleIndex = new Map<string, number>();
  const descriptors: Sarif.ReportingDescriptor[] = testIds.map((test, i) => {
    ruleIndex.set(test, i);
    const critId = rules.criterionOf.get(test) ?? test.split('.').slice(0, 2).join('.');
    const c = byId.get(critId);
    const title = criterionTitle(c, lang) || critId;
    const d: Sarif.ReportingDescriptor = {
      id: `RGAA-${test}`,
      name: c ? `${pascal(c.title)}Test${test.split('.').at(-1)}` : `RgaaTest${test.replace(/\./g, '_')}`,
      shortDescription: { text: `${critId} ${title}` },
      fullDescription: { text: t(lang, 'sarifHelp', { id: critId, level: c?.level ?? '', title, url: c?.url ?? '' }) },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['accessibility', 'RGAA', `RGAA-${critId}`, ...(c?.level ? [c.level] : []), ...(c?.wcag ?? []).map((w) => `WCAG ${w}`)] },
    };
    if (c?.url) {
      d.helpUri = c.url;
      d.help = { text: t(lang, 'sarifHelp', { id: critId, level: c.level, title, url: c.url }) };
    }
    return d;
  });
  const results: Sarif.Result[] = items.map(({ p, f }) => {
    const location: Sarif.Location = {
      physicalLocation: {
        artifactLocation: { uri: f.page || p.pages[0]?.url || '' },
        ...(f.snippet ? { region: { snippet: { text: f.snippet } } } : {}),
      },
      logicalLocations: [{ fullyQualifiedName: f.selector, kind: 'element' }],
    };
    return {
      ruleId: `RGAA-${f.test}`,
      ruleIndex: ruleIndex.get(f.test),
      level: 'error',
      kind: 'fail',
      message: { text: f.message || `RGAA ${f.test}` },
      locations: [location],
      partialFingerprints: { 'rgaaFinding/v1': fingerprint([p.id, f.criterion, f.test, f.source, f.selector, pagePath(f.page)]) },
      properties: { procedure: p.id, criterion: f.criterion, source: f.source, ...(f.impact ? { impact: f.impact } : {}) },
    };
  });
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'rgaa-audit',
        version: report.tool.version,
        semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : undefined,
        informationUri: INFORMATION_URI,
        rules: descriptors,
      },
    },
    automationDetails: { id: 'rgaa-audit/' },
    invocations: [{ executionSuccessful: true, startTimeUtc: report.startedAt, endTimeUtc: report.finishedAt }],
    results,
    properties: {
      rgaaVersion: report.rgaaVersion,
      axeVersion: report.axeVersion,
      procedures: report.procedures.map((p) => ({ id: p.id, name: p.name, measuredRate: p.rate.measured, floor: p.rate.floor, ceiling: p.rate.ceiling, C: p.rate.C, NC: p.rate.NC, NA: p.rate.NA, NT: p.rate.NT, verdict: p.verdict?.value ?? null })),
    },
  };
  if (run.tool.driver.semanticVersion === undefined) delete run.tool.driver.semanticVersion;
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

export function renderSarif(report: AuditReport, rules: RuleSet, lang: Lang): string {
  return JSON.stringify(buildSarif(report, rules, lang), null, 2) + '\n';
}
