/**
 * The figure the tool computes over what it decided is the measured rate (« taux mesuré »): no
 * output, in either language, labels a rate « taux global » or « taux de conformité » alone
 * (nor "global rate", "conformance rate"). The one rate that is a taux global is the one a
 * declaration publishes: a sentence about the declaration may name it so.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_FORMATS, renderFiles } from '../../src/report/formats.js';
import { renderConsole } from '../../src/report/console.js';
import { summaryLine } from '../../src/report/summary.js';
import { renderBaselineText, compareWithBaseline } from '../../src/report/baseline.js';
import { decideGate } from '../../src/aggregate/gate.js';
import { buildProgram } from '../../src/cli/main.js';
import { LANGS } from '../../src/report/i18n.js';
import { ctx, makeDeclaration, makeProcedure, makeReport, rules, sampleProcedure } from './factory.js';
import type { Command } from 'commander';

const FORBIDDEN: RegExp[] = [
  /taux\s+global/i,
  /taux\s+de\s+conformit[ée](?!\s+(?:mesur|d[ée]clar|publi))/i,
  /\bglobal\s+(?:conformance\s+|compliance\s+)?rate\b/i,
  /(?<!(?:measured|declared|published)\s)\bconformance\s+rate\b/i,
];

/** Each forbidden label found, with its sentence, unless the sentence is about a declaration. */
function mislabels(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/[.;|·\n]|<\/?(?:p|li|dd|dt|td|th|h\d)\b[^>]*>/)) {
    if (/d[ée]clar/i.test(sentence)) continue;
    for (const re of FORBIDDEN) if (re.test(sentence)) out.push(sentence.trim().slice(0, 200));
  }
  return out;
}

function reports() {
  const a = sampleProcedure('a');
  // A declaration without a rate (receivability lists it missing), the 2023 method.
  const b = sampleProcedure('b', { declaration: makeDeclaration({ rate: null }), method: '2023' });
  const c = makeProcedure({ id: 'c', pages: [{ url: 'https://c.example/', status: { '3.1': 'C' } }], declaration: null });
  const d = makeProcedure({ id: 'd', pages: [{ url: 'https://d.example/', error: 'HTTP 404' }] });
  return [makeReport([a]), makeReport([a, b, c, d])];
}

function helpTexts(cmd: Command): string[] {
  return [cmd.helpInformation(), ...cmd.commands.flatMap(helpTexts)];
}

describe('no output labels the measured rate « taux global » or « taux de conformité » alone', () => {
  it('the scan finds a mislabel when there is one', () => {
    expect(mislabels('Conformance rate (taux global): 55.5 %')).toHaveLength(2);
    expect(mislabels('<dt>Taux de conformité</dt><dd>55,5 %</dd>')).toHaveLength(1);
    expect(mislabels('Taux mesuré : 55,5 %')).toEqual([]);
    expect(mislabels('La déclaration ne donne pas de taux global de conformité')).toEqual([]);
  });

  for (const lang of LANGS) {
    it(`every format, the console, the summary line and the baseline text (${lang})`, () => {
      for (const report of reports()) {
        const outputs: Record<string, string> = {};
        // Every text a format writes (the ODS grids are zipped XML in the official grid's own wording: not scanned here).
        for (const name of Object.keys(FILE_FORMATS))
          for (const f of renderFiles(name, report, { ...ctx(lang), baseline: report })) if (typeof f.data === 'string') outputs[`${name}${f.part}${f.ext}`] = f.data;
        outputs.console = renderConsole(report, rules, { color: false, threshold: 75, lang });
        outputs.summary = summaryLine(report, { lang, threshold: 75, decision: decideGate(report.procedures, { gate: 'measured', threshold: 75 }) });
        outputs.batchSummary = summaryLine(report, { lang, threshold: 75, command: 'batch', exit: 0 });
        outputs.baseline = renderBaselineText(compareWithBaseline(report, report), { lang });
        expect(Object.keys(outputs).length).toBeGreaterThanOrEqual(Object.keys(FILE_FORMATS).length - 1 + 4);
        for (const [name, text] of Object.entries(outputs)) expect(mislabels(text), `${name} (${lang})`).toEqual([]);
        // The measured rate is named, in the language of the report.
        expect(outputs.console).toContain(lang === 'fr' ? 'Taux mesuré' : 'Measured rate');
        expect(outputs['html.html']).toContain(lang === 'fr' ? 'Taux officiel' : 'Official rate');
      }
    });
  }

  it('the README and the help of every command', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    expect(mislabels(readme)).toEqual([]);
    for (const h of helpTexts(buildProgram())) expect(mislabels(h)).toEqual([]);
  });
});
