import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { buildSarif } from '../../src/report/sarif.js';
import { xmlSafe } from '../../src/report/junit.js';
import { ctx, finding, makeProcedure, makeReport, rules, sampleProcedure } from './factory.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The official SARIF 2.1.0 schema when an installed package ships it, else our hand-written subset. */
function sarifSchema(): { schema: object; official: boolean } {
  const require = createRequire(import.meta.url);
  for (const p of ['@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json']) {
    try {
      const file = require.resolve(p);
      if (existsSync(file)) return { schema: JSON.parse(readFileSync(file, 'utf8')), official: true };
    } catch {
      /* not installed */
    }
  }
  return { schema: JSON.parse(readFileSync(join(HERE, 'sarif-2.1.0-subset.schema.json'), 'utf8')), official: false };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name) });

describe('junit', () => {
  const report = makeReport([
    sampleProcedure('proc-a'),
    makeProcedure({ id: 'proc-b', pages: [{ url: 'https://b.example/', status: { '1.1': 'C' } }, { url: 'https://b.example/gone', error: 'HTTP 404' }] }),
  ]);

  for (const lang of ['en', 'fr'] as const) {
    it(`a testsuite per procedure, a testcase per criterion, counts right (${lang})`, () => {
      const xml = FILE_FORMATS.junit.render(report, ctx(lang));
      const doc = parser.parse(xml);
      const suites = doc.testsuites.testsuite;
      expect(suites).toHaveLength(2);
      let all = { tests: 0, failures: 0, skipped: 0, errors: 0 };
      for (const [i, s] of suites.entries()) {
        const p = report.procedures[i];
        const cases = s.testcase as Record<string, unknown>[];
        const failures = cases.filter((c) => c.failure).length;
        const skipped = cases.filter((c) => c.skipped).length;
        const errors = cases.filter((c) => c.error).length;
        expect(Number(s['@tests'])).toBe(cases.length);
        expect(Number(s['@failures'])).toBe(failures);
        expect(Number(s['@skipped'])).toBe(skipped);
        expect(Number(s['@errors'])).toBe(errors);
        expect(failures).toBe(p.rate.NC);
        expect(skipped).toBe(p.rate.NT + p.rate.NA);
        expect(cases.filter((c) => !c.failure && !c.skipped && !c.error)).toHaveLength(p.rate.C);
        expect(cases.filter((c) => String(c['@name']).match(/^\d+\.\d+ /))).toHaveLength(106);
        expect(cases.every((c) => c['@classname'] === p.id)).toBe(true);
        all = { tests: all.tests + cases.length, failures: all.failures + failures, skipped: all.skipped + skipped, errors: all.errors + errors };
      }
      expect(Number(doc.testsuites['@tests'])).toBe(all.tests);
      expect(Number(doc.testsuites['@failures'])).toBe(all.failures);
      expect(Number(doc.testsuites['@skipped'])).toBe(all.skipped);
      expect(Number(doc.testsuites['@errors'])).toBe(1);

      const a = suites[0].testcase as { '@name': string; failure?: Record<string, string>; skipped?: Record<string, string> }[];
      const c11 = a.find((c) => String(c['@name']).startsWith('1.1 '))!;
      expect(c11['@name']).toBe(lang === 'fr' ? '1.1 Les images porteuses d’information ont une alternative textuelle' : '1.1 Informative images have a text alternative');
      expect(c11.failure?.['@type']).toBe('NC');
      expect(c11.failure?.['#text']).toContain('img.logo');
      expect(c11.failure?.['#text']).toContain('<img src="/x-1.1.1.png">');
      expect(c11.failure?.['#text']).toContain('https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#1.1');
      const nt = a.find((c) => String(c['@name']).startsWith('1.2 '))!;
      expect(nt.skipped?.['@message']).toBe('NT');
      const na = a.find((c) => String(c['@name']).startsWith('2.1 '))!;
      expect(na.skipped?.['@message']).toBe('NA');
      const cc = a.find((c) => String(c['@name']).startsWith('3.1 '))!;
      expect(cc.failure).toBeUndefined();
      expect(cc.skipped).toBeUndefined();
    });
  }

  it('stays well-formed XML with control characters and markup in the evidence', () => {
    const p = makeProcedure({ id: 'x', pages: [{ url: 'https://x/', findings: { '1.1': [finding('1.1.1', { message: 'bad \u0001\u0007 ]]> <x/> & "q"', snippet: '<img alt="\ud800">' })] } }] });
    const xml = FILE_FORMATS.junit.render(makeReport([p]), ctx());
    const doc = parser.parse(xml);
    expect(doc.testsuites.testsuite[0].testcase[0].failure['#text']).toContain(']]> <x/> & "q"');
    expect(xmlSafe('a\u0000b\ud800c')).toBe('a\ufffdb\ufffdc');
  });
});

describe('sarif', () => {
  const { schema, official } = sarifSchema();
  // The official schema is written in JSON Schema draft 04.
  const ajv = official ? new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }) : new Ajv({ allErrors: true, strict: false });
  addFormats(ajv as Ajv);
  const validate = ajv.compile(schema);

  it(`validates against the SARIF 2.1.0 schema (${official ? 'official' : 'hand-written subset'})`, () => {
    const report = makeReport([sampleProcedure('proc-a'), sampleProcedure('proc-b')]);
    for (const lang of ['en', 'fr'] as const) {
      const log = JSON.parse(FILE_FORMATS.sarif.render(report, ctx(lang)));
      expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    }
    // The schema is not a rubber stamp.
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'a' }] }] })).toBe(false);
  });

  it('one run, a rule per RGAA test with a finding, a result per NC finding', () => {
    const report = makeReport([sampleProcedure('proc-a')]);
    const log = buildSarif(report, rules, 'en');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'rgaa-audit', version: '0.1.0' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    const ids = run.tool.driver.rules!.map((r) => r.id);
    expect(ids).toEqual(['RGAA-1.1.1', 'RGAA-8.5.1']);
    const r11 = run.tool.driver.rules![0];
    expect(r11.helpUri).toBe('https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#1.1');
    expect(r11.shortDescription!.text).toContain('Informative images have a text alternative');
    expect(r11.name).toBeTruthy();
    expect(run.results).toHaveLength(3);
    const res = run.results![0];
    expect(res).toMatchObject({ ruleId: 'RGAA-1.1.1', level: 'error', ruleIndex: 0 });
    expect(res.message.text).toBe('Failure of test 1.1.1');
    const loc = res.locations![0];
    expect(loc.physicalLocation!.artifactLocation!.uri).toBe('https://www.example.gouv.fr/');
    expect(loc.physicalLocation!.region!.snippet!.text).toBe('<img src="/x-1.1.1.png">');
    expect(loc.logicalLocations).toEqual([{ fullyQualifiedName: 'img.logo', kind: 'element' }]);
    expect(run.results![2].locations![0].physicalLocation!.artifactLocation!.uri).toBe('https://www.example.gouv.fr/form');
    const fps = run.results!.map((r) => r.partialFingerprints!['rgaaFinding/v1']);
    expect(new Set(fps).size).toBe(3);
  });

  it('a report without NC gives an empty, valid run', () => {
    const log = JSON.parse(FILE_FORMATS.sarif.render(makeReport([makeProcedure({ id: 'ok', pages: [{ url: 'https://ok/', status: { '3.1': 'C' } }] })]), ctx()));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });
});
