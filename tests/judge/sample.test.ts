import { describe, it, expect } from 'vitest';
import { parseDeclaration } from '../../src/judge/declaration.js';
import { compareSample, pageKinds } from '../../src/judge/sample.js';
import { mentionCoverage, samePage } from '../../src/judge/mention-coverage.js';
import type { Mention } from '../../src/model/declaration.js';

const URL_ = 'https://demarche.example.gouv.fr/accessibilite';

describe('the declaration’s sample', () => {
  it('reads each listed page with its link and the kind of required page it names', () => {
    const html =
      '<main><h1>Déclaration d’accessibilité</h1><h2>État de conformité</h2>' +
      '<h3>Pages du site ayant fait l’objet de la vérification de conformité</h3><ul>' +
      '<li><a href="/">Accueil</a></li><li>Page contact : https://demarche.example.gouv.fr/contact</li>' +
      '<li>Mentions légales</li><li><a href="/accessibilite">Déclaration d’accessibilité</a></li>' +
      '<li>Étape 1 : identification du véhicule</li><li>Se connecter avec FranceConnect</li></ul></main>';
    const d = parseDeclaration(html, URL_);
    expect(d.pagesChecked).toHaveLength(6);
    expect(d.sample?.map((i) => [i.text, i.href, i.kinds])).toEqual([
      ['Accueil', 'https://demarche.example.gouv.fr/', ['home']],
      ['Page contact : https://demarche.example.gouv.fr/contact', 'https://demarche.example.gouv.fr/contact', ['contact']],
      ['Mentions légales', null, ['legal']],
      ['Déclaration d’accessibilité', 'https://demarche.example.gouv.fr/accessibilite', ['accessibility']],
      // « identification du véhicule » is a step, not a login page.
      ['Étape 1 : identification du véhicule', null, []],
      ['Se connecter avec FranceConnect', null, ['login']],
    ]);
  });
  it.each([
    ['Page d’accueil', null, ['home']],
    ['Home page', null, ['home']],
    ['Plan du site', null, ['sitemap']],
    ['Sitemap', null, ['sitemap']],
    ['Aide en ligne / FAQ', null, ['help']],
    ['Legal notice', null, ['legal']],
    ['Nous contacter', null, ['contact']],
    ['Espace personnel (connexion)', null, ['login']],
    ['Formulaire de demande', 'https://x.fr/aide/contact', ['contact', 'help']],
    ['Résultats de la simulation', 'https://x.fr/simulateur/resultats', []],
  ] as const)('%s → %j', (text, href, kinds) => {
    expect(pageKinds(text, href)).toEqual(kinds);
  });

  it('lists the required kinds the list lacks and the audited pages it does not name', () => {
    const items = [
      { text: 'Accueil', href: 'https://x.fr/', kinds: pageKinds('Accueil', 'https://x.fr/') },
      { text: 'Contact', href: null, kinds: pageKinds('Contact', null) },
      { text: 'Étape 1 : votre situation', href: null, kinds: [] },
      { text: 'Étape 2 (https://x.fr/demande/etape-2)', href: 'https://x.fr/demande/etape-2', kinds: [] },
    ];
    const c = compareSample(items, [
      { url: 'https://x.fr', title: 'Accueil - Mon service' },
      { url: 'https://x.fr/demande/etape-1', title: 'Étape 1 : votre situation' },
      { url: 'https://x.fr/demande/etape-2/', title: 'Étape 2' },
      { url: 'https://x.fr/demande/etape-3', title: 'Étape 3 : pièces justificatives' },
    ])!;
    expect(c.listed).toBe(4);
    expect(c.missingKinds).toEqual(['legal', 'accessibility', 'help', 'sitemap', 'login']);
    expect(c.audited.map((a) => a.item)).toEqual(['Accueil', 'Étape 1 : votre situation', 'Étape 2 (https://x.fr/demande/etape-2)', null]);
    expect(c.flags.map((f) => f.id)).toEqual(['sampleLacks', 'auditedNotListed']);
    expect(c.flags[1].params).toEqual({ pages: ['https://x.fr/demande/etape-3'] });
  });
  it('is null without a list', () => {
    expect(compareSample(null, [{ url: 'https://x.fr/', title: null }])).toBeNull();
  });
});

describe('the mention on every page', () => {
  const m = (page: string, href: string | null, state: Mention['state'] = 'partiellement'): Mention => ({ state, text: `Accessibilité : ${state} conforme`, page, href });
  it('lists the pages without the mention and without a link to the declaration', () => {
    const decl = 'https://x.fr/accessibilite';
    const c = mentionCoverage(
      [
        { url: 'https://x.fr/', audited: false, mentions: [m('https://x.fr/', 'https://x.fr/accessibilite/')], links: [] },
        { url: 'https://x.fr/demande', audited: true, mentions: [], links: [{ href: 'https://x.fr/accessibilite#top', text: 'Accessibilité', inFooter: true }] },
        { url: 'https://x.fr/demande/2', audited: true, mentions: [m('https://x.fr/demande/2', 'https://x.fr/aide')], links: [] },
        { url: 'https://x.fr/demande/3', audited: true, mentions: [], links: [] },
      ],
      decl,
      (href) => samePage(href, decl),
    );
    expect(c.pages.map((p) => [p.url, p.mention?.state ?? null, p.declarationLink])).toEqual([
      ['https://x.fr/', 'partiellement', 'https://x.fr/accessibilite/'],
      ['https://x.fr/demande', null, 'https://x.fr/accessibilite#top'],
      ['https://x.fr/demande/2', 'partiellement', null],
      ['https://x.fr/demande/3', null, null],
    ]);
    expect(c.withoutMention).toEqual(['https://x.fr/demande', 'https://x.fr/demande/3']);
    expect(c.withoutDeclarationLink).toEqual(['https://x.fr/demande/2', 'https://x.fr/demande/3']);
    expect(c.flags.map((f) => f.id)).toEqual(['pagesWithoutMention', 'pagesWithoutDeclarationLink']);
  });
  it('without a declaration, says nothing about links to it', () => {
    const c = mentionCoverage([{ url: 'https://x.fr/', audited: true, mentions: [], links: [] }], null, () => true);
    expect(c.withoutDeclarationLink).toEqual([]);
    expect(c.pages[0].declarationLink).toBeNull();
  });
  it('samePage ignores the fragment, a trailing slash and the host’s case, not the path nor the query', () => {
    expect(samePage('https://X.fr/a/#top', 'https://x.fr/a')).toBe(true);
    expect(samePage('https://x.fr/a?b=1', 'https://x.fr/a')).toBe(false);
    expect(samePage('https://x.fr/b', 'https://x.fr/a')).toBe(false);
    expect(samePage('not a url', 'https://x.fr/a')).toBe(false);
  });
});
