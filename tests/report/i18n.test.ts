import { describe, it, expect } from 'vitest';
import { en, fr, placeholders, t, pctL, declaredPct, colon } from '../../src/report/i18n.js';
import { en as judgeEn, reason, type ReasonId, type ReasonParams } from '../../src/model/reasons.js';
import type { ProcedureReport } from '../../src/model/types.js';
import { fr as judgeFr, frenchDate } from '../../src/report/judge-fr.js';
import { localVerdict, reasonText } from '../../src/report/view.js';
import { contradictions, verdict } from '../../src/judge/verdict.js';
import { makeDeclaration } from './factory.js';

describe('message catalogue', () => {
  it('English and French have the same keys, no empty string, the same parameters', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      expect(v.trim(), `en.${k}`).not.toBe('');
      const f = fr[k as keyof typeof en];
      expect(typeof f, `fr.${k}`).toBe('string');
      expect(f.trim(), `fr.${k}`).not.toBe('');
      expect(placeholders(f), `placeholders of ${k}`).toEqual(placeholders(v));
    }
  });

  it('t fills parameters once (a value holding {x} is not expanded again)', () => {
    expect(t('en', 'procedureHeading', { name: 'Aides {name}' })).toBe('Procedure Aides {name}');
    expect(t('fr', 'pagesAudited', { ok: 2, total: 3 })).toBe('2/3 pages auditées');
    expect(t('en', 'rateLine', { rate: '72.0 %', c: 18, decided: 25, nt: 81 })).toBe('72.0 % (18 C / 25 decided, 81 not tested)');
  });

  it('plurals: one form for 1 in English, for 0 and 1 in French', () => {
    expect(t('en', 'ntNote', { nt: 1 })).toMatch(/^1 criterion is NT/);
    expect(t('en', 'ntNote', { nt: 0 })).toMatch(/^0 criteria are NT/);
    expect(t('en', 'ntNote', { nt: 56 })).toMatch(/^56 criteria are NT/);
    expect(t('fr', 'ntNote', { nt: 1 })).toMatch(/^1 critère est NT \(non testé\) : une machine ne peut pas le décider ; une personne doit le vérifier\.$/);
    expect(t('fr', 'ntNote', { nt: 0 })).toMatch(/^0 critère est NT/);
    expect(t('fr', 'ntNote', { nt: 2 })).toMatch(/^2 critères sont NT \(non testés\)/);
    expect(t('en', 'pagesAudited', { ok: 1, total: 1 })).toBe('1/1 page audited');
    expect(t('fr', 'pagesAudited', { ok: 1, total: 1 })).toBe('1/1 page auditée');
    expect(t('fr', 'rateLine', { rate: '100,0 %', c: 1, decided: 1, nt: 1 })).toBe('100,0 % (1 C / 1 critère évalué, 1 non testé)');
    expect(t('en', 'nonConformities', { n: 1 })).toBe('Non-conformities (1 criterion)');
    expect(t('fr', 'declarationPagesLine', { n: 3 })).toBe('3 pages vérifiées');
    // A plural form without its number stays as written.
    expect(t('en', 'ntNote', {})).toContain('{nt|criterion is|criteria are}');
  });

  it('numbers and colons follow the language', () => {
    expect(pctL(72, 'en')).toBe('72.0 %');
    expect(pctL(99.9, 'fr')).toBe('99,9 %');
    expect(pctL(null, 'fr')).toBe('—');
    expect(declaredPct(78.269, 'fr')).toBe('78,26 %');
    expect(colon('fr', 'Taux')).toBe('Taux :');
    expect(colon('en', 'Rate')).toBe('Rate:');
  });

  it('RGAA terms stay as the field writes them in both languages', () => {
    for (const cat of [en, fr]) {
      expect(cat.verdictLine).toContain('« Prise en compte du handicap »');
      expect(cat.statusLegend).toMatch(/\bNC\b.*\bNA\b.*\bNT\b/);
    }
    expect(en.rateMeasured).toContain('taux mesuré');
    expect(fr.rateMeasured).toBe('Taux mesuré');
  });
});

describe('French judge messages', () => {
  // One set of parameters per reason id: the type makes this table list every id.
  const samples: { [K in ReasonId]: ReasonParams[K] } = {
    noDeclaration: {},
    siteUnreachable: { url: 'https://x/', error: 'unreachable: ENOTFOUND' },
    declarationUndated: { url: 'https://x/a' },
    declarationValid: { url: 'https://x/a', date: '2024-08-01', expires: '2027-08-01', basis: 'updated' },
    declarationExpired: { url: 'https://x/a', date: '2020-01-01', expires: '2023-01-01', basis: 'established' },
    declarationInFuture: { url: 'https://x/a', date: '2030-01-01', asOf: '2025-01-01' },
    monthPrecision: { field: 'auditDate', written: 'juin 2019', date: '2019-06-01' },
    updatedWithoutAudit: { updated: '2025-01-15', audit: '2021-03-02' },
    auditExpired: { audit: '2021-03-02', expires: '2024-03-02', applied: false },
    rgaaSuperseded: { version: '4.0', next: '4.1', published: '2021-02-18', redoBy: '2022-08-18', applied: true },
    noRate: { source: 'measured' },
    rateAmbiguous: { values: [72.5, 60] },
    rateSetAside: { values: [37.5, 50], why: ['earlier', 'target'] },
    rateAtLeast: { source: 'declared', rate: 78.265, threshold: 75 },
    rateBelow: { source: 'measured', rate: 40, threshold: 50 },
    rateFull: { source: 'declared', rate: 100 },
    notReceivable: { missing: ['contact', 'rate'] },
    receivable: {},
    sampleListed: { n: 4, missing: ['sitemap', 'help'] },
    sampleNotRead: {},
    conclusion: { method: '2023', value: 'À venir' },
    stateRateMismatch: { state: 'totalement', rate: 80, expected: 'full' },
    mentionsDisagree: { states: ['totalement', 'non'] },
    mentionVsDeclaration: { mention: 'non', page: 'https://x/', declared: 'partiellement' },
    fullClaimButNC: { claim: 'rate', nc: 3 },
    mentionFullButNC: { page: 'https://x/', nc: 2 },
    rateAboveBound: { rate: 99, bound: 97.16, nc: 3, total: 106 },
    planMissing: {},
    planOutdated: { years: [2019, 2021], asOfYear: 2025 },
    planUndated: {},
    actionPlanMissing: { year: 2025, found: [[2023], [2024]] },
    sampleLacks: { missing: ['login'] },
    auditedNotListed: { pages: ['https://x/step-2'] },
    pagesWithoutMention: { pages: ['https://x/a', 'https://x/b'] },
    pagesWithoutDeclarationLink: { pages: ['https://x/a'] },
  };

  it('renders every reason id in French, differently from English', () => {
    expect(Object.keys(judgeFr).sort()).toEqual(Object.keys(judgeEn).sort());
    expect(Object.keys(samples).sort()).toEqual(Object.keys(judgeEn).sort());
    for (const id of Object.keys(judgeEn) as ReasonId[]) {
      const r = reason(id, samples[id] as never);
      const f = reasonText(r, 'fr');
      expect(f.trim(), id).not.toBe('');
      expect(f, id).not.toBe(r.text);
      expect(reasonText(r, 'en'), id).toBe(r.text);
    }
    expect(reasonText(reason('rateAtLeast', samples.rateAtLeast), 'fr')).toContain('78,26 %');
    expect(frenchDate('2025-09-01')).toBe('1er septembre 2025');
    expect(frenchDate('2024-03-12')).toBe('12 mars 2024');
  });

  it('renders the stored verdict in French without running the judge again', () => {
    const decl = makeDeclaration({ state: 'totalement', rate: 100 });
    const v = verdict({ declaration: decl, asOf: '2025-06-01', method: '2023', rateSource: 'declared', measuredRate: 50 });
    const flags = contradictions({ declaration: decl, mentions: [], measuredNC: 3 });
    const p = { verdict: { ...v, contradictions: flags }, declaration: null } as unknown as ProcedureReport;
    const local = localVerdict(p, 'fr')!;
    expect(local.value).toBe(v.value);
    expect(local.reasons.join(' ')).toMatch(/Méthode 2023 : Oui/);
    expect(local.contradictions[0]).toMatch(/l’outil a trouvé 3 critères non conformes/);
    expect(localVerdict(p, 'en')!.reasons).toEqual(v.reasons.map((r) => r.text));
  });

  it('gives a stored reason it does not know as written, and an older report’s plain strings as they are', () => {
    expect(reasonText({ id: 'fromANewerVersion', params: {}, text: 'Some English text' } as never, 'fr')).toBe('Some English text');
    expect(reasonText('A reason from an older report' as never, 'fr')).toBe('A reason from an older report');
  });
});
