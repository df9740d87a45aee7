import { describe, it, expect } from 'vitest';
import { en, fr, placeholders, t, pctL, declaredPct, colon } from '../../src/report/i18n.js';
import { en as judgeEn } from '../../src/judge/messages.js';
import { fr as judgeFr, frenchDate } from '../../src/report/judge-fr.js';
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
  it('has every function of the English catalogue, each giving a non-empty French sentence', () => {
    expect(Object.keys(judgeFr).sort()).toEqual(Object.keys(judgeEn).sort());
    const args: Record<string, unknown[]> = {
      noDeclaration: [],
      declarationUndated: ['https://x/a'],
      declarationValid: ['https://x/a', '2024-08-01', '2027-08-01'],
      declarationExpired: ['https://x/a', '2020-01-01', '2023-01-01'],
      declarationInFuture: ['https://x/a', '2030-01-01', '2025-01-01'],
      rateLabel: ['declared'],
      noRate: ['measured'],
      rateAtLeast: ['declared', 78.265, 75],
      rateBelow: ['measured', 40, 50],
      rateFull: ['declared', 100],
      notReceivable: [['contact', 'rate']],
      receivable: [],
      conclusion: ['2023', 'Partiel'],
      stateRateMismatch: ['totalement', 80, '100 %'],
      mentionsDisagree: [['totalement', 'non']],
      mentionVsDeclaration: ['non', 'https://x/', 'partiellement'],
      fullClaimButNC: ['100 %', 3],
      mentionFullButNC: ['https://x/', 2],
      rateAboveBound: [99, 97.16, 3, 106],
    };
    for (const k of Object.keys(judgeEn)) {
      const f = (judgeFr as unknown as Record<string, (...a: unknown[]) => string>)[k];
      const g = (judgeEn as unknown as Record<string, (...a: unknown[]) => string>)[k];
      const s = f(...args[k]);
      expect(s.trim(), k).not.toBe('');
      expect(s, k).not.toBe(g(...args[k]));
    }
    expect(judgeFr.rateAtLeast('declared', 78.265, 75)).toContain('78,26 %');
    expect(frenchDate('2025-09-01')).toBe('1er septembre 2025');
    expect(frenchDate('2024-03-12')).toBe('12 mars 2024');
  });

  it('gives the verdict reasons in French, with the same verdict', () => {
    const decl = makeDeclaration({ state: 'totalement', rate: 100 });
    const input = { declaration: decl, asOf: '2025-06-01', method: '2023' as const, rateSource: 'declared' as const, measuredRate: 50 };
    const a = verdict(input);
    const b = verdict(input, judgeFr);
    expect(b.value).toBe(a.value);
    expect(b.reasons.join(' ')).toMatch(/Méthode 2023 : Oui/);
    expect(contradictions({ declaration: decl, mentions: [], measuredNC: 3 }, judgeFr)[0]).toMatch(/l’outil a trouvé 3 critères non conformes/);
  });
});
