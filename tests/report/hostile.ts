/** Shared by the report tests: a procedure full of payloads, and CSV parsing helpers. */
import { expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { finding, makeDeclaration, makeProcedure, PNG_1PX } from './factory.js';
import { reason } from '../../src/model/reasons.js';

export const XSS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  '</textarea><script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '`${window.__pwned=1}`',
];
export const EVIL_URL = 'javascript:window.__pwned=1//';

/** A procedure where every string the report shows carries a payload. */
export function hostileProcedure(): ReturnType<typeof makeProcedure> {
  const x = XSS.join(' ');
  const p = makeProcedure({
    id: `evil-${XSS[1]}`,
    name: `Démarche ${x}`,
    administration: XSS[0],
    pages: [
      {
        url: 'https://evil.example/?q=<script>window.__pwned=1</script>',
        title: x,
        reason: XSS[2],
        findings: {
          '1.1': [
            { ...finding('1.1.1', { selector: XSS[1], snippet: x, message: XSS[0], source: `axe:${XSS[3]}` }), screenshot: PNG_1PX } as ReturnType<typeof finding>,
            { ...finding('1.1.1', { selector: 'img.two' }), screenshot: 'data:image/svg+xml,<svg onload=window.__pwned=1>' } as ReturnType<typeof finding>,
            { ...finding('1.1.1', { selector: 'img.three' }), screenshot: `javascript:window.__pwned=1` } as ReturnType<typeof finding>,
          ],
        },
      },
      { url: EVIL_URL, error: XSS[4] },
    ],
    declaration: makeDeclaration({
      url: EVIL_URL,
      rgaaVersion: XSS[0],
      contact: { email: XSS[1], formUrl: EVIL_URL },
      pagesChecked: XSS,
      evidence: [XSS[2]],
      rateReading: { evidence: { text: x, section: XSS[1] }, setAside: [{ value: 40, why: 'earlier', text: x }], conflicting: [] },
      dateEvidence: { establishedOn: { written: XSS[3], precision: 'month' }, updatedOn: null, auditDate: null },
      sample: XSS.map((t) => ({ text: t, href: EVIL_URL, kinds: [] })),
      plans: [{ kind: 'schema', years: [2019, 2021], text: x, href: EVIL_URL, section: XSS[0] }],
    }),
    mentions: [{ state: 'totalement', text: `Accessibilité : totalement conforme ${XSS[0]}`, page: EVIL_URL, href: EVIL_URL }],
  });
  // Reasons carry page text in their parameters and their stored text (and an unknown id renders its text).
  p.verdict!.reasons.push(reason('mentionVsDeclaration', { mention: x, page: EVIL_URL, declared: XSS[1] }), { id: 'fromANewerVersion', params: {}, text: x } as never);
  p.verdict!.contradictions.push(reason('mentionFullButNC', { page: XSS[3], nc: 2 }));
  p.declaration!.mentionCoverage!.flags.push(reason('pagesWithoutMention', { pages: [x, EVIL_URL] }));
  p.declaration!.mentionCoverage!.pages.push({ url: EVIL_URL, audited: false, mention: { state: 'non', text: x, href: EVIL_URL }, declarationLink: EVIL_URL });
  p.error = XSS[5];
  // A frame's address comes from the page too: the note on frames not examined shows it.
  const nt = Object.keys(p.criteria).find((id) => p.criteria[id].status === 'NT')!;
  p.criteria[nt].review = [{ test: `${nt}.1`, source: 'check:frame-content', selector: XSS[2], snippet: x, message: x, messageId: 'not-examined', params: { src: `${EVIL_URL} ${x}` }, page: EVIL_URL } as never];
  return p;
}

export const BOM = '\ufeff';
const FORMULA = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/** Parse our CSV back: checks the BOM and the separator on the way. */
export function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.slice(1).split('\r\n')[0]).toContain(';');
  return parse(text.slice(1), { delimiter: ';', relax_column_count: true, skip_empty_lines: true }) as string[][];
}

export function expectNoFormula(rows: string[][]): void {
  for (const row of rows) for (const cell of row) expect(FORMULA.test(cell), JSON.stringify(cell)).toBe(false);
}
