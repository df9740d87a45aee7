import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { matchMention, mentionsFromCandidates, type MentionCandidate } from '../../src/judge/mention.js';
import { collectMentionCandidates } from '../../src/judge/mention.page.js';
import { mentionCandidatesFromHtml, mentionsFromHtml } from '../../src/judge/mention-html.js';
import { runInFakePage } from './fake-dom.js';

describe('matchMention', () => {
  it.each([
    ['Accessibilité : totalement conforme', 'totalement', 'Accessibilité : totalement conforme'],
    ['Accessibilité : partiellement conforme', 'partiellement', 'Accessibilité : partiellement conforme'],
    ['Accessibilité : non conforme', 'non', 'Accessibilité : non conforme'],
    ['Accessibilité: non conforme', 'non', 'Accessibilité: non conforme'],
    ['Accessibilité\u00a0: partiellement conforme', 'partiellement', 'Accessibilité : partiellement conforme'],
    ['Accessibilité\u202f:\u202fpartiellement\u00a0conforme', 'partiellement', 'Accessibilité : partiellement conforme'],
    ['Accessibilité :\n\t   partiellement\n   conforme', 'partiellement', 'Accessibilité : partiellement conforme'],
    ['Accessibilité :partiellement conforme', 'partiellement', 'Accessibilité :partiellement conforme'],
    ['Accessibilité du site : partiellement conforme', 'partiellement', 'Accessibilité du site : partiellement conforme'],
    ['Accessibilité de ce site internet : non conforme', 'non', 'Accessibilité de ce site internet : non conforme'],
    ['Accessibilité (partiellement conforme)', 'partiellement', 'Accessibilité (partiellement conforme)'],
    ['Accessibilité - non conforme', 'non', 'Accessibilité - non conforme'],
    ['Accessibilité – non-conforme', 'non', 'Accessibilité – non-conforme'],
    ['Accessibilité partiellement conforme', 'partiellement', 'Accessibilité partiellement conforme'],
    ['ACCESSIBILITÉ : NON CONFORME', 'non', 'ACCESSIBILITÉ : NON CONFORME'],
    ['accessibilite : totalement conforme', 'totalement', 'accessibilite : totalement conforme'],
    ['Accessibilite\u0301 : non conforme', 'non', 'Accessibilité : non conforme'],
    ['Accessibility: fully compliant', 'totalement', 'Accessibility: fully compliant'],
    ['Accessibility: partially compliant', 'partiellement', 'Accessibility: partially compliant'],
    ['Accessibility: non-compliant', 'non', 'Accessibility: non-compliant'],
    ['Accessibility: not compliant', 'non', 'Accessibility: not compliant'],
    ['Accessibility: non compliant', 'non', 'Accessibility: non compliant'],
    ['Accessibility of this website: partially compliant', 'partiellement', 'Accessibility of this website: partially compliant'],
    ['© 2024 Ministère – Accessibilité : partiellement conforme – Mentions légales', 'partiellement', 'Accessibilité : partiellement conforme'],
    ['Accessibilité : « partiellement conforme »', 'partiellement', 'Accessibilité : « partiellement conforme »'],
    ['Accessibilité : "non conforme"', 'non', 'Accessibilité : "non conforme"'],
  ])('%j → %s', (input, state, text) => {
    expect(matchMention(input)).toEqual({ state, text });
  });

  it('« non conforme » wins over « conforme »', () => {
    expect(matchMention('Accessibilité : non conforme')?.state).toBe('non');
    expect(matchMention('Accessibilité : non\u00a0conforme')?.state).toBe('non');
    expect(matchMention('Accessibilité : NON-CONFORME')?.state).toBe('non');
  });

  it.each([
    ['Le site X est partiellement conforme avec le RGAA'],
    ['Déclaration d’accessibilité. Le site est partiellement conforme avec le RGAA version 4.1'],
    ['Accessibilité'],
    ['Déclaration d’accessibilité'],
    ['Accessibility statement'],
    ['Accessibilité : conforme'],
    ['Accessibilité du site est partiellement conforme'],
    ["L'accessibilité est une priorité : le site non conforme sera corrigé"],
    ['Inaccessibilité : non conforme'],
    ['Accessibilité numérique : notre engagement. Totalement conforme bientôt'],
    ['partiellement conforme'],
    [''],
  ])('no mention in %j', (input) => {
    expect(matchMention(input)).toBeNull();
  });

  it('caps the text at 120 characters', () => {
    const m = matchMention('Accessibilité : partiellement conforme');
    expect(m!.text.length).toBeLessThanOrEqual(120);
  });
});

describe('mentionsFromCandidates', () => {
  const page = 'https://example.gouv.fr/';
  it('keeps matching candidates, one per state and href, in order', () => {
    const cands: MentionCandidate[] = [
      { text: 'Accessibilité', href: 'https://example.gouv.fr/accessibilite', inFooter: true },
      { text: 'Accessibilité : non conforme', href: 'https://example.gouv.fr/accessibilite', inFooter: true },
      { text: 'Accessibilité :  non   conforme', href: 'https://example.gouv.fr/accessibilite', inFooter: false },
      { text: 'Accessibilité : non conforme', href: null, inFooter: false },
      { text: 'Accessibilité : totalement conforme', href: 'https://example.gouv.fr/accessibilite', inFooter: false },
    ];
    expect(mentionsFromCandidates(cands, page)).toEqual([
      { state: 'non', text: 'Accessibilité : non conforme', page, href: 'https://example.gouv.fr/accessibilite' },
      { state: 'non', text: 'Accessibilité : non conforme', page, href: null },
      { state: 'totalement', text: 'Accessibilité : totalement conforme', page, href: 'https://example.gouv.fr/accessibilite' },
    ]);
  });
  it('returns nothing for no candidate', () => {
    expect(mentionsFromCandidates([], page)).toEqual([]);
  });
});

interface MentionFixture {
  pageUrl?: string;
  mentions: { state: string; text: string; href: string | null }[];
  inFooter?: boolean;
  candidateTexts?: string[];
}
const dir = new URL('../../fixtures/mentions/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, MentionFixture | string>;
const fixtures = Object.entries(expected).filter((e): e is [string, MentionFixture] => e[0].endsWith('.html'));

describe('mention fixtures (static HTML)', () => {
  it('has the fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
  });
  it.each(fixtures)('%s', (file, exp) => {
    const html = readFileSync(new URL(file, dir), 'utf8');
    const pageUrl = exp.pageUrl ?? 'https://demarche.example.gouv.fr/';
    const mentions = mentionsFromHtml(html, pageUrl);
    expect(mentions).toEqual(exp.mentions.map((m) => ({ ...m, page: pageUrl })));
    const cands = mentionCandidatesFromHtml(html, pageUrl);
    expect(cands.length).toBeLessThanOrEqual(50);
    if (exp.inFooter !== undefined) {
      const c = cands.find((k) => matchMention(k.text));
      expect(c?.inFooter).toBe(exp.inFooter);
    }
    if (exp.candidateTexts) expect(cands.map((c) => c.text)).toEqual(exp.candidateTexts);
  });
});

describe('collectMentionCandidates (in-page function)', () => {
  it('is self-contained: its source uses nothing from its module', () => {
    const src = collectMentionCandidates.toString();
    for (const name of ['cleanSpaces', 'fold', 'matchMention', 'MAX_TEXT', 'MENTION', '__name', 'require(', 'import ']) {
      expect(src).not.toContain(name);
    }
  });

  it.each(fixtures)('runs from its source on a DOM and agrees with the static search: %s', (file, exp) => {
    const html = readFileSync(new URL(file, dir), 'utf8');
    const pageUrl = exp.pageUrl ?? 'https://demarche.example.gouv.fr/';
    const inPage = runInFakePage(collectMentionCandidates, html, pageUrl);
    expect(inPage).toEqual(mentionCandidatesFromHtml(html, pageUrl));
  });

  it('caps candidates at 50', () => {
    const items = Array.from({ length: 80 }, (_, i) => `<li><a href="/a${i}">Accessibilité ${i}</a></li>`).join('');
    const html = `<!doctype html><html lang="fr"><body><ul>${items}</ul></body></html>`;
    expect(runInFakePage(collectMentionCandidates, html, 'https://x.fr/')).toHaveLength(50);
    expect(mentionCandidatesFromHtml(html, 'https://x.fr/')).toHaveLength(50);
  });

  it('resolves hrefs against the base URI and gives null for an a without href', () => {
    const html =
      '<!doctype html><html lang="fr"><body><footer><a href="../accessibilite">Accessibilité : non conforme</a>' +
      '</footer><p><a>Accessibilité : totalement conforme</a></p></body></html>';
    expect(runInFakePage(collectMentionCandidates, html, 'https://x.fr/dossier/page.html')).toEqual([
      { text: 'Accessibilité : non conforme', href: 'https://x.fr/accessibilite', inFooter: true },
      { text: 'Accessibilité : totalement conforme', href: null, inFooter: false },
    ]);
  });

  it('ignores script and style text', () => {
    const html =
      '<!doctype html><html lang="fr"><body><script>var t = "Accessibilité : totalement conforme";</script>' +
      '<style>/* accessibilite */</style><p>Bienvenue</p></body></html>';
    expect(runInFakePage(collectMentionCandidates, html, 'https://x.fr/')).toEqual([]);
    expect(mentionCandidatesFromHtml(html, 'https://x.fr/')).toEqual([]);
  });
});

describe('long blocks', () => {
  it('keeps the words around the mention, not around the first « accessibilité »', () => {
    const filler = 'Le portail respecte l’accessibilité numérique et la protection des données. '.repeat(4);
    const html = `<!doctype html><html lang="fr"><body><footer><p>${filler} Accessibilité : non conforme. ${filler}</p></footer></body></html>`;
    const cands = runInFakePage(collectMentionCandidates, html, 'https://x.fr/');
    expect(cands).toEqual(mentionCandidatesFromHtml(html, 'https://x.fr/'));
    expect(cands).toHaveLength(1);
    expect(cands[0].text.length).toBeLessThanOrEqual(200);
    expect(matchMention(cands[0].text)).toEqual({ state: 'non', text: 'Accessibilité : non conforme' });
  });
});
