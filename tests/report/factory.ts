/**
 * Hand-built reports for the renderer tests: pages with chosen statuses and findings, then the
 * real (pure) aggregation and rates, and a verdict from the real judge functions.
 */
import { defaultRules } from '../../src/model/rules.js';
import { aggregateCriteria, pageRate, sampleRate, type SamplePage } from '../../src/aggregate/rate.js';
import { contradictions, receivable, validity, verdict } from '../../src/judge/verdict.js';
import { mentionCoverage } from '../../src/judge/mention-coverage.js';
import { checkPlans } from '../../src/judge/plans.js';
import { compareSample, pageKinds } from '../../src/judge/sample.js';
import type { Declaration } from '../../src/judge/declaration.js';
import type { DeclarationReport } from '../../src/judge/discover.js';
import type { Mention } from '../../src/judge/mention.js';
import type { AuditReport, CriterionResult, Finding, PageReport, ProcedureReport, Status } from '../../src/model/types.js';
import { CHECK_MESSAGES } from '../../src/evaluate/checks/registry.js';

export const rules = defaultRules();
export const ctx = (lang: 'en' | 'fr' = 'en', baseline?: AuditReport) => ({ rules, threshold: 75, lang, baseline, messages: CHECK_MESSAGES });

export function finding(test: string, over: Partial<Finding> & { screenshot?: string } = {}): Finding {
  return {
    test,
    source: 'axe:image-alt',
    selector: `#el-${test.replace(/\./g, '-')}`,
    snippet: `<img src="/x-${test}.png">`,
    message: `Failure of test ${test}`,
    impact: 'serious',
    ...over,
  };
}

export interface PageSpec {
  url: string;
  title?: string | null;
  error?: string;
  /** Criterion id → status (default NT, or NC when it has findings). */
  status?: Record<string, Status>;
  /** Criterion id → findings (makes it NC). */
  findings?: Record<string, Finding[]>;
  reason?: string;
}

export function makePage(spec: PageSpec): PageReport {
  if (spec.error) return { url: spec.url, finalUrl: null, httpStatus: 404, error: spec.error, title: null, criteria: {}, rate: null };
  const criteria: Record<string, CriterionResult> = {};
  for (const c of rules.criteria) {
    const fs = spec.findings?.[c.id] ?? [];
    const status: Status = spec.status?.[c.id] ?? (fs.length ? 'NC' : 'NT');
    const tests: Record<string, Status> = {};
    for (const t of c.tests) tests[t.id] = status === 'NC' ? (fs.some((f) => f.test === t.id) ? 'NC' : 'NT') : status;
    criteria[c.id] = { status, tests, findings: fs };
  }
  return { url: spec.url, finalUrl: spec.url, httpStatus: 200, error: null, title: spec.title ?? 'Page', reason: spec.reason, criteria, rate: pageRate(criteria) };
}

export function makeDeclaration(over: Partial<Declaration> = {}): Declaration {
  return {
    url: 'https://www.example.gouv.fr/accessibilite',
    evidence: ['État de conformité', 'Résultats des tests'],
    state: 'partiellement',
    rate: 78.26,
    rgaaVersion: '4.1',
    establishedOn: '2024-03-12',
    updatedOn: null,
    auditDate: null,
    contact: { email: 'a11y@example.gouv.fr', formUrl: null },
    defenseurDesDroits: true,
    pagesChecked: ['Accueil', 'Formulaire'],
    rateReading: {
      evidence: { text: '78,26 % des critères du RGAA version 4.1 sont respectés.', section: 'Résultats des tests' },
      setAside: [{ value: 81.5, why: 'average', text: 'Le taux moyen de conformité s’élève à 81,5 %.' }],
      conflicting: [],
    },
    dateEvidence: { establishedOn: { written: '12 mars 2024', precision: 'day' }, updatedOn: null, auditDate: null },
    sample: [
      { text: 'Accueil', href: 'https://www.example.gouv.fr/', kinds: pageKinds('Accueil', 'https://www.example.gouv.fr/') },
      { text: 'Formulaire', href: null, kinds: [] },
    ],
    plans: [
      { kind: 'schema', years: [2023, 2025], text: 'Schéma pluriannuel 2023-2025', href: 'https://www.example.gouv.fr/schema.pdf', section: null },
      { kind: 'actionPlan', years: [2024], text: 'Plan d’action 2024', href: null, section: null },
    ],
    ...over,
  };
}

export interface ProcedureSpec {
  id: string;
  name?: string;
  administration?: string | null;
  pages: PageSpec[];
  /** Undefined: no judge stage; null: judged, no declaration found. */
  declaration?: Declaration | null;
  mentions?: Mention[];
  asOf?: string;
  method?: '2020' | '2023';
}

export const AS_OF = '2025-06-01';

export function makeProcedure(spec: ProcedureSpec): ProcedureReport {
  const pages = spec.pages.map(makePage);
  const sample: SamplePage[] = pages.filter((p) => !p.error).map((p) => ({ url: p.url, criteria: p.criteria }));
  const criteria = sample.length ? aggregateCriteria(sample, rules.criteria.map((c) => c.id)) : {};
  const rate = sampleRate(criteria, sample);
  const p: ProcedureReport = {
    id: spec.id,
    name: spec.name ?? spec.id,
    administration: spec.administration ?? null,
    pages,
    criteria,
    rate,
    declaration: null,
    verdict: null,
    error: sample.length ? null : 'no page could be audited',
  };
  if (spec.declaration !== undefined) {
    const asOf = spec.asOf ?? AS_OF;
    const decl = spec.declaration;
    const mentions = spec.mentions ?? [];
    const d: DeclarationReport = {
      homeUrl: 'https://www.example.gouv.fr/',
      mentions,
      searched: decl ? [{ url: decl.url, source: 'mention', outcome: 'declaration' }] : [{ url: 'https://www.example.gouv.fr/accessibilite', source: 'path', outcome: 'not a declaration' }],
      declaration: decl,
      validity: decl ? validity(decl, asOf) : null,
      receivable: decl ? receivable(decl, asOf) : null,
      mentionCoverage: mentionCoverage(
        p.pages.filter((pg) => !pg.error).map((pg) => ({ url: pg.url, audited: true, mentions: mentions.filter((m) => m.page === pg.url), links: [] })),
        decl?.url ?? null,
        (href) => href === decl?.url,
      ),
      plans: decl ? checkPlans(decl.plans, asOf) : null,
      sample: decl ? compareSample(decl.sample, p.pages.filter((pg) => !pg.error).map((pg) => ({ url: pg.url, title: pg.title }))) : null,
      unreachable: null,
    };
    const v = verdict({ declaration: decl, asOf, method: spec.method ?? '2020', rateSource: 'declared', measuredRate: rate.measured });
    p.declaration = d;
    p.verdict = { ...v, contradictions: contradictions({ declaration: decl, mentions, measuredNC: rate.NC }) };
  }
  return p;
}

export function makeReport(procedures: ProcedureReport[], options: Record<string, unknown> = { asOf: AS_OF, threshold: 75 }): AuditReport {
  return {
    schemaVersion: 3,
    tool: { name: 'rgaa-audit', version: '0.1.0' },
    rgaaVersion: '4.1.2',
    axeVersion: '4.14.1',
    browser: 'Chromium 147 (test)',
    startedAt: '2025-06-01T10:00:00.000Z',
    finishedAt: '2025-06-01T10:00:05.000Z',
    options,
    procedures,
  };
}

/** A small procedure: 2 pages, 1.1 NC (2 findings), 8.5 NC (1), 3.1 C, 2.1 NA. */
export function sampleProcedure(id = 'proc-a', over: Partial<ProcedureSpec> = {}): ProcedureReport {
  return makeProcedure({
    id,
    name: `Procédure ${id}`,
    administration: 'DINUM',
    pages: [
      {
        url: 'https://www.example.gouv.fr/',
        status: { '3.1': 'C', '2.1': 'NA' },
        findings: { '1.1': [finding('1.1.1', { selector: 'img.logo' }), finding('1.1.1', { selector: 'img.hero' })] },
      },
      {
        url: 'https://www.example.gouv.fr/form',
        status: { '3.1': 'C', '2.1': 'NA' },
        findings: { '8.5': [finding('8.5.1', { source: 'axe:document-title', selector: 'html', snippet: '<html lang="fr">', message: 'Document does not have a non-empty <title> element' })] },
      },
    ],
    declaration: makeDeclaration(),
    mentions: [{ state: 'partiellement', text: 'Accessibilité : partiellement conforme', page: 'https://www.example.gouv.fr/', href: 'https://www.example.gouv.fr/accessibilite' }],
    ...over,
  });
}

/** A 1x1 transparent PNG. */
export const PNG_1PX = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
