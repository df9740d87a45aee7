import { describe, it, expect } from 'vitest';
import { decideGate, passesGate } from '../../src/aggregate/gate.js';
import { EXIT } from '../../src/model/errors.js';
import { stdoutPlan, FORMATS } from '../../src/cli/options.js';
import { filesOnly } from '../../src/report/formats.js';
import { summaryLine, gateText } from '../../src/report/summary.js';
import { makeProcedure, makeReport, sampleProcedure } from '../report/factory.js';

describe('the CI gate', () => {
  it('measured (default): fails when C / (C + NC) is below the threshold', () => {
    const p = makeProcedure({ id: 'x', pages: [{ url: 'https://x/', status: { '1.1': 'C', '3.1': 'C' }, findings: {} }] });
    expect(p.rate.measured).toBe(100);
    expect(decideGate([p], { gate: 'measured', threshold: 75 }).exit).toBe(EXIT.OK);
    const below = sampleProcedure('a'); // 1 C / 3 decided
    expect(below.rate.measured).toBe(33.3);
    const d = decideGate([below], { gate: 'measured', threshold: 75 });
    expect(d.exit).toBe(EXIT.BELOW_THRESHOLD);
    expect(d.rates).toEqual([{ gate: 'measured', threshold: 75, rate: 33.3, passed: false }]);
  });

  it('ceiling: fails only when even every NT turned C stays below the threshold (a certain failure)', () => {
    // The demo's counts: 5 C, 4 NC, 56 NT → ceiling 93.8 %: the measured gate fails, the ceiling gate passes.
    const demo = { C: 5, NC: 4, NA: 41, NT: 56 };
    expect(passesGate('measured', demo, 75)).toBe(false);
    expect(passesGate('ceiling', demo, 75)).toBe(true);
    // 1 C, 3 NC, 0 NT: no human can lift it: both fail.
    const certain = { C: 1, NC: 3, NA: 0, NT: 0 };
    expect(passesGate('ceiling', certain, 75)).toBe(false);
    // 1 C, 3 NC, 8 NT: ceiling 9/12 = 75 % exactly → passes (at the threshold).
    expect(passesGate('ceiling', { C: 1, NC: 3, NA: 0, NT: 8 }, 75)).toBe(true);
    expect(passesGate('ceiling', { C: 1, NC: 3, NA: 0, NT: 7 }, 75)).toBe(false);
    const p = sampleProcedure('a');
    const d = decideGate([p], { gate: 'ceiling', threshold: 75 });
    expect(d.rates[0]).toMatchObject({ gate: 'ceiling', rate: p.rate.ceiling, passed: true });
    expect(d.exit).toBe(EXIT.OK);
    expect(decideGate([p], { gate: 'ceiling', threshold: 100 }).exit).toBe(EXIT.BELOW_THRESHOLD);
  });

  it('compares exact fractions, not the floored percentages shown', () => {
    // 2/3 = 66.66…: shown 66.6 %, yet at or above a threshold of 66.65.
    const n = { C: 2, NC: 1, NA: 0, NT: 0 };
    expect(passesGate('measured', n, 66.65)).toBe(true);
    expect(passesGate('measured', n, 66.67)).toBe(false);
  });

  it('nothing decided: exit 3 whatever the gate (the ceiling would be a vacuous 100 %)', () => {
    const p = makeProcedure({ id: 'x', pages: [{ url: 'https://x/' }] }); // every criterion NT
    expect(p.rate.measured).toBeNull();
    expect(p.rate.ceiling).toBe(100);
    for (const gate of ['measured', 'ceiling'] as const) expect(decideGate([p], { gate, threshold: 75 })).toMatchObject({ nothingAudited: true, exit: EXIT.NOTHING_AUDITED });
    const failed = makeProcedure({ id: 'y', pages: [{ url: 'https://y/', error: 'HTTP 404' }] });
    expect(decideGate([failed], { gate: 'measured', threshold: 75 }).exit).toBe(EXIT.NOTHING_AUDITED);
  });

  it('with --baseline: what is new decides; the rate gate applies too only when --gate is given', () => {
    const below = sampleProcedure('a');
    const nothingNew = { failed: false, newNC: 0, newFindings: 0 };
    const somethingNew = { failed: true, newNC: 1, newFindings: 2 };
    expect(decideGate([below], { gate: 'measured', threshold: 75, baseline: nothingNew }).exit).toBe(EXIT.OK);
    expect(decideGate([below], { gate: 'measured', threshold: 75, baseline: somethingNew }).exit).toBe(EXIT.BELOW_THRESHOLD);
    expect(decideGate([below], { gate: 'measured', threshold: 75, baseline: nothingNew, gateExplicit: true }).exit).toBe(EXIT.BELOW_THRESHOLD);
    expect(decideGate([below], { gate: 'ceiling', threshold: 75, baseline: nothingNew, gateExplicit: true }).exit).toBe(EXIT.OK);
    const d = decideGate([below], { gate: 'measured', threshold: 75, baseline: nothingNew });
    expect(gateText(d, 'en')).toBe('gate: baseline: nothing new; measured 33.3 % < 75 % not applied with --baseline (give --gate to apply it) → exit 0');
    expect(gateText(decideGate([below], { gate: 'measured', threshold: 75, baseline: somethingNew, gateExplicit: true }), 'en')).toBe(
      'gate: baseline: 1 new NC criterion, 2 new findings; measured 33.3 % < 75 % → exit 1',
    );
  });
});

describe('stdout: one format at most, else --output', () => {
  const files = FORMATS.filter((f) => f !== 'console');
  // Every combination of formats, with and without --output.
  const combos: string[][] = [];
  for (let mask = 1; mask < 1 << FORMATS.length; mask++) combos.push(FORMATS.filter((_, i) => mask & (1 << i)));

  it(`every one of the ${combos.length} combinations: where the report and the summary line go, or a one-line usage error`, () => {
    for (const formats of combos) {
      const fileFormats = formats.filter((f) => f !== 'console');
      const withOutput = stdoutPlan(formats, 'out');
      expect(withOutput.summary, formats.join()).toBe('stdout');
      expect(withOutput.stdout, formats.join()).toBe(formats.includes('console') ? 'console' : null);
      if (!fileFormats.length) {
        expect(stdoutPlan(formats, undefined)).toEqual({ stdout: 'console', summary: 'stdout' });
      } else if (fileFormats.length === 1 && !formats.includes('console') && !filesOnly(fileFormats[0])) {
        // A machine format on stdout: the summary goes to stderr (never a files-only one: ods, declaration).
        expect(stdoutPlan(formats, undefined)).toEqual({ stdout: fileFormats[0], summary: 'stderr' });
      } else {
        expect(() => stdoutPlan(formats, undefined), formats.join()).toThrow(/give --output|add --output/);
        try {
          stdoutPlan(formats, undefined);
        } catch (e) {
          expect((e as { exitCode: number }).exitCode).toBe(EXIT.USAGE);
          expect((e as Error).message).not.toContain('\n');
        }
      }
    }
    expect(files.length).toBeGreaterThan(5);
  });

  it('ods or declaration without --output: they write files only', () => {
    expect(() => stdoutPlan(['ods'], undefined)).toThrow('--format ods: writes files only: give --output <folder>');
    expect(() => stdoutPlan(['console', 'json', 'declaration'], undefined)).toThrow('--format declaration: writes files only: give --output <folder>');
  });

  it('json,html without --output says to add --output', () => {
    expect(() => stdoutPlan(['json', 'html'], undefined)).toThrow('--format json,html: several formats cannot share stdout; add --output <folder>');
  });
});

describe('the summary line', () => {
  const report = makeReport([sampleProcedure('a')]);
  it('one line: procedures, pages, measured rate, bounds, verdict, gate with its reason (en, fr)', () => {
    const d = decideGate(report.procedures, { gate: 'measured', threshold: 75 });
    const en = summaryLine(report, { lang: 'en', threshold: 75, decision: d });
    const r = report.procedures[0].rate;
    expect(en).toBe(
      `rgaa-audit: 1 procedure · 2/2 pages audited, 0 in error · measured rate 33.3 % (1 C / 3 decided) · official rate between ${r.floor!.toFixed(1)} % and ${r.ceiling!.toFixed(1)} % · verdict Oui (2020 method, declared rate) · gate: measured 33.3 % < 75 % → exit 1\n`,
    );
    const fr = summaryLine(report, { lang: 'fr', threshold: 75, decision: d });
    expect(fr).toMatch(/^rgaa-audit : 1 démarche · 2\/2 pages auditées, 0 en erreur · taux mesuré 33,3 % \(1 C \/ 3 évalués\) · taux officiel entre [\d,]+ % et [\d,]+ % · verdict Oui \(méthode 2020, taux déclaré\) · seuil : taux mesuré 33,3 % < 75 % → code de sortie 1\n$/);
    expect(en.split('\n')).toHaveLength(2);
  });
  it('plurals: 1 page, 1 criterion (en); 0 and 1 singular in French', () => {
    const one = makeReport([makeProcedure({ id: 'o', pages: [{ url: 'https://o/', status: { '3.1': 'C' } }] })]);
    const d = decideGate(one.procedures, { gate: 'ceiling', threshold: 75 });
    expect(summaryLine(one, { lang: 'en', threshold: 75, decision: d })).toContain('1 procedure · 1/1 page audited, 0 in error · measured rate 100.0 % (1 C / 1 decided)');
    expect(summaryLine(one, { lang: 'fr', threshold: 75, decision: d })).toContain('1 démarche · 1/1 page auditée, 0 en erreur · taux mesuré 100,0 % (1 C / 1 évalué)');
  });
  it('a batch or merge: counts over the procedures, no gate', () => {
    const many = makeReport([sampleProcedure('a'), makeProcedure({ id: 'b', pages: [{ url: 'https://b/', status: { '3.1': 'C' } }], declaration: null }), makeProcedure({ id: 'c', pages: [{ url: 'https://c/', error: 'HTTP 404' }] })]);
    const s = summaryLine(many, { lang: 'en', threshold: 75, command: 'batch', exit: 0 });
    expect(s).toBe(
      'rgaa-audit: 3 procedures · 3/4 pages audited, 1 in error · measured rate ≥ 75 %: 1 of 3 · ceiling below 75 % (certain failure): 0 · verdicts: Oui 1, Partiel 0, Non 1, not judged 1 · no gate (batch) → exit 0\n',
    );
  });
  it('nothing audited says so', () => {
    const failed = makeReport([makeProcedure({ id: 'y', pages: [{ url: 'https://y/', error: 'HTTP 404' }] })]);
    const d = decideGate(failed.procedures, { gate: 'measured', threshold: 75 });
    expect(summaryLine(failed, { lang: 'en', threshold: 75, decision: d })).toBe('rgaa-audit: 1 procedure · 0/1 page audited, 1 in error · no measured rate (no criterion decided) · gate: nothing audited → exit 3\n');
  });
});
