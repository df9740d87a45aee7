/**
 * What an accessibility lead checks by hand about a declaration (the flags of its plans, of its
 * sample and of the mention on each page) is in every report a person reads: the HTML report
 * (beside each table: html.test.ts), the Markdown report and the batch dashboard (listed together,
 * under « To check » / « À vérifier »), in the report's language.
 */
import { describe, it, expect } from 'vitest';
import { load } from 'cheerio';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { escapeMarkdown } from '../../src/report/markdown.js';
import { reasonText } from '../../src/report/view.js';
import { ctx, makeDeclaration, makeReport, sampleProcedure } from './factory.js';
import type { ProcedureReport } from '../../src/model/types.js';

/** A declaration without plans nor a sample list, and no page bearing the mention: three kinds of flag. */
const flagged = () => sampleProcedure('flagged', { declaration: makeDeclaration({ plans: [], sample: [] }), mentions: [] });
const flagsOf = (p: ProcedureReport) => [...(p.declaration!.plans?.flags ?? []), ...(p.declaration!.sample?.flags ?? []), ...(p.declaration!.mentionCoverage?.flags ?? [])];

describe('« to check » flags', () => {
  it('the test procedure has flags of the plans and of the mention coverage', () => {
    const p = flagged();
    expect(p.declaration!.plans!.flags.length).toBeGreaterThan(0);
    expect(p.declaration!.mentionCoverage!.flags.length).toBeGreaterThan(0);
  });

  it.each(['en', 'fr'] as const)('Markdown (%s): every flag under its heading, none for a procedure without', (lang) => {
    const p = flagged();
    const clean = sampleProcedure('clean', { declaration: undefined }); // not judged: nothing to check
    const md = FILE_FORMATS.markdown.render(makeReport([p, clean]), ctx(lang));
    const [flaggedPart, cleanPart] = md.split(/^### /m).slice(1);
    const heading = lang === 'fr' ? '**À vérifier**' : '**To check**';
    expect(flaggedPart).toContain(heading);
    const items = flaggedPart.split('\n').filter((l) => l.startsWith('- 🔎 '));
    expect(items).toEqual(flagsOf(p).map((f) => `- 🔎 ${escapeMarkdown(reasonText(f, lang), 300)}`));
    expect(cleanPart).not.toContain(heading);
  });

  it.each(['en', 'fr'] as const)('dashboard (%s): the count in the table row, every flag in the detail', (lang) => {
    const p = flagged();
    const clean = sampleProcedure('clean', { declaration: undefined }); // not judged: nothing to check
    const $ = load(FILE_FORMATS.dashboard.render(makeReport([p, clean]), ctx(lang)));
    const word = lang === 'fr' ? 'À vérifier' : 'To check';
    const rows = $('tbody tr').toArray();
    const rowOf = (name: string) => $(rows.find((r) => $(r).find('th').text().includes(name)));
    expect(rowOf('Procédure flagged').find('td.notes').text()).toContain(`${word} (${flagsOf(p).length})`);
    expect(rowOf('Procédure clean').find('td.notes').text()).not.toContain(word);
    const detail = $('section').filter((_, s) => $(s).find('h3').text() === 'Procédure flagged');
    const list = detail.find('p').filter((_, e) => $(e).text() === word).next('ul');
    expect(list.find('li').toArray().map((li) => $(li).text())).toEqual(flagsOf(p).map((f) => reasonText(f, lang)));
    const cleanDetail = $('section').filter((_, s) => $(s).find('h3').text() === 'Procédure clean');
    expect(cleanDetail.text()).not.toContain(word);
  });
});
