/**
 * JUnit XML for CI test views: a testsuite per procedure, a testcase per RGAA criterion
 * (classname = procedure id, name = "1.1 <title>"). NC is a failure with its evidence; NT and
 * NA are skipped (message "NT" / "NA"); C passes. A page that could not be audited is a
 * testcase in error.
 */
import { create } from 'xmlbuilder2';
import type { AuditReport, ProcedureReport, RuleSet } from '../model/types.js';
import { t, type Lang } from './i18n.js';
import { criterionTitle, findingsOf } from './view.js';
import { pagePath } from './view.js';

/** Text allowed in XML 1.0 (control characters and lone surrogates replaced). */
export function xmlSafe(s: string | null | undefined): string {
  if (s == null) return '';
  // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters: a page's text must not break the report
  return String(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
  errors: number;
}

function seconds(from: string, to: string): string {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? (ms / 1000).toFixed(3) : '0';
}

export function renderJunit(report: AuditReport, rules: RuleSet, lang: Lang): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele('testsuites', { name: xmlSafe(`rgaa-audit ${report.tool.version} · RGAA ${report.rgaaVersion}`) });
  const total: Counts = { tests: 0, failures: 0, skipped: 0, errors: 0 };
  for (const p of report.procedures) {
    const c = suite(root, p, report, rules, lang);
    total.tests += c.tests;
    total.failures += c.failures;
    total.skipped += c.skipped;
    total.errors += c.errors;
  }
  root.att({ tests: String(total.tests), failures: String(total.failures), errors: String(total.errors), skipped: String(total.skipped), time: seconds(report.startedAt, report.finishedAt) });
  return doc.end({ prettyPrint: true }) + '\n';
}

function suite(root: ReturnType<ReturnType<typeof create>['ele']>, p: ProcedureReport, report: AuditReport, rules: RuleSet, lang: Lang): Counts {
  const s = root.ele('testsuite', { name: xmlSafe(p.name), id: xmlSafe(p.id), timestamp: xmlSafe(report.startedAt) });
  const props = s.ele('properties');
  const prop = (name: string, value: unknown) => props.ele('property', { name, value: xmlSafe(value == null ? '' : String(value)) });
  prop('rate.measured', p.rate.measured);
  prop('rate.floor', p.rate.floor);
  prop('rate.ceiling', p.rate.ceiling);
  prop('rate.C', p.rate.C);
  prop('rate.NC', p.rate.NC);
  prop('rate.NA', p.rate.NA);
  prop('rate.NT', p.rate.NT);
  if (p.verdict) {
    prop('verdict', p.verdict.value);
    prop('verdict.method', p.verdict.method);
  }
  if (p.declaration?.declaration) {
    prop('declaration.url', p.declaration.declaration.url);
    prop('declaration.rate', p.declaration.declaration.rate);
  }
  const c: Counts = { tests: 0, failures: 0, skipped: 0, errors: 0 };
  for (const pg of p.pages.filter((x) => x.error)) {
    c.tests++;
    c.errors++;
    s.ele('testcase', { name: xmlSafe(`${t(lang, 'page')} ${pagePath(pg.url) || pg.url}`), classname: xmlSafe(p.id), time: '0' })
      .ele('error', { message: xmlSafe(pg.error), type: 'page' })
      .txt(xmlSafe(`${pg.url}: ${t(lang, 'junitPageError')}: ${pg.error}`));
  }
  for (const rule of rules.criteria) {
    c.tests++;
    const crit = p.criteria[rule.id];
    const status = crit?.status ?? 'NT';
    const tc = s.ele('testcase', { name: xmlSafe(`${rule.id} ${criterionTitle(rule, lang)}`), classname: xmlSafe(p.id), time: '0' });
    if (status === 'NC') {
      c.failures++;
      const findings = findingsOf(p, rule.id, crit);
      const first = findings[0];
      const lines = findings.map(
        (f) =>
          `[${f.test}] ${f.source} ${f.selector}\n  ${t(lang, 'message')}: ${f.message}\n  ${t(lang, 'page')}: ${f.page}` +
          (f.snippet ? `\n  ${t(lang, 'snippet')}: ${f.snippet}` : ''),
      );
      lines.push(rule.url);
      tc.ele('failure', { message: xmlSafe(first ? `${first.test} ${first.message}` : 'NC'), type: 'NC' }).txt(xmlSafe(lines.join('\n')));
    } else if (status === 'NT') {
      c.skipped++;
      tc.ele('skipped', { message: 'NT' }).txt(xmlSafe(t(lang, 'junitNT')));
    } else if (status === 'NA') {
      c.skipped++;
      tc.ele('skipped', { message: 'NA' }).txt(xmlSafe(t(lang, 'junitNA')));
    }
  }
  s.att({ tests: String(c.tests), failures: String(c.failures), errors: String(c.errors), skipped: String(c.skipped), time: '0' });
  return c;
}
