/**
 * A page whose frames the tool did not enter has criteria left NT that would otherwise be C or NA
 * (src/evaluate/evaluate.ts, check frame-content): every report a person reads says so once per
 * procedure, with the frames' addresses, in its language; a procedure without such a frame says
 * nothing of frames.
 */
import { describe, it, expect } from 'vitest';
import { load } from 'cheerio';
import { renderConsole } from '../../src/report/console.js';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { framesNotExamined } from '../../src/report/view.js';
import type { ProcedureReport } from '../../src/model/types.js';
import { ctx, makeReport, rules, sampleProcedure } from './factory.js';

const SRC = 'https://carte.example/embed?id=1';

/** A procedure whose NT criteria list a frame not examined (as the evaluation writes it), twice. */
function framed(id: string, srcs: string[]): ProcedureReport {
  const p = sampleProcedure(id);
  const ids = Object.keys(p.criteria).filter((c) => p.criteria[c].status === 'NT').slice(0, 2);
  for (const c of ids) {
    p.criteria[c].review = srcs.map((src, i) => ({
      test: `${c}.1`,
      source: 'check:frame-content',
      selector: `#frame-${i}`,
      snippet: '<iframe>',
      message: `Content of this frame (${src}) was not examined by the tool: check this test inside it too.`,
      messageId: 'not-examined',
      params: { src },
      page: p.pages[0].url,
    }));
  }
  return p;
}

const NOTE = { en: 'The content of 1 frame was not examined', fr: 'Le contenu de 1 cadre n’a pas été examiné' };

describe('frames not examined, said in the reports', () => {
  it('lists each frame once, from the review items of the NT criteria', () => {
    expect(framesNotExamined(framed('a', [SRC, 'srcdoc']))).toEqual([SRC, 'srcdoc']);
    expect(framesNotExamined(sampleProcedure('b'))).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('console, Markdown and HTML (%s): the note with the address for a framed procedure, none otherwise', (lang) => {
    const report = makeReport([framed('framed', [SRC]), sampleProcedure('plain')]);
    const c = ctx(lang);
    const text = renderConsole(report, rules, { ...ctx(lang), color: false });
    const [framedPart, plainPart] = text.split('Procédure plain');
    expect(framedPart).toContain(NOTE[lang]);
    expect(framedPart).toContain(SRC);
    expect(plainPart).not.toContain(NOTE[lang]);
    const md = FILE_FORMATS.markdown.render(report, c);
    const [mdFramed, mdPlain] = md.split(/^### /m).slice(1);
    expect(mdFramed).toContain(NOTE[lang]);
    expect(mdPlain).not.toContain(NOTE[lang]);
    const $ = load(FILE_FORMATS.html.render(report, c));
    const notes = $('p.note').map((_, el) => $(el).text()).get().filter((t) => t.includes(NOTE[lang]));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(SRC);
  });

  it('more than three frames: the first three and an ellipsis', () => {
    const text = renderConsole(makeReport([framed('many', ['a1', 'a2', 'a3', 'a4'])]), rules, { ...ctx('en'), color: false });
    expect(text).toContain('The content of 4 frames was not examined (a1, a2, a3, …)');
  });
});
