import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import {
  DECLARATION_PATHS,
  declarationEvidence,
  findDeclarationLinks,
  isDeclaration,
  parseDeclaration,
  type Declaration,
} from '../../src/judge/declaration.js';
import { receivable, validity, verdict } from '../../src/judge/verdict.js';

const URL_ = 'https://demarche.example.gouv.fr/accessibilite';

/** A small declaration page around the given body HTML. */
function page(body: string, lang = 'fr'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Page</title></head><body><main>${body}</main></body></html>`;
}
/** Two template headings, so that the page is a declaration, and the given content. */
function decl(content: string): string {
  return page(`<h1>Déclaration d'accessibilité</h1><h2>État de conformité</h2>${content}`);
}

interface DeclFixture {
  isDeclaration: boolean;
  evidenceIncludes?: string[];
  declaration?: Partial<Declaration>;
  url?: string;
  asOf?: string;
  validity?: { valid: boolean; referenceDate: string | null; expiresOn: string | null };
  verdict2020?: string;
  verdict2023?: string;
  missing2023?: string[];
  baseUrl?: string;
  links?: string[];
  rateReading?: { section: string | null; setAside: [number, string][]; conflicting: number[] };
}
const dir = new URL('../../fixtures/declarations/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, DeclFixture | string>;
const fixtures = Object.entries(expected).filter((e): e is [string, DeclFixture] => e[0].endsWith('.html'));
const read = (f: string) => readFileSync(new URL(f, dir), 'utf8');

describe('declaration fixtures', () => {
  it('every fixture file has expected values, and the other way round', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    expect(fixtures.map(([f]) => f).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(fixtures)('%s', (file, exp) => {
    const html = read(file);
    const url = exp.url ?? URL_;

    it('is or is not a declaration', () => {
      expect(isDeclaration(html)).toBe(exp.isDeclaration);
      const ev = declarationEvidence(html);
      if (exp.isDeclaration) expect(ev.length).toBeGreaterThanOrEqual(2);
      else expect(ev.length).toBeLessThan(2);
      for (const m of exp.evidenceIncludes ?? []) expect(ev).toContain(m);
    });

    if (exp.declaration) {
      it('parses the expected fields', () => {
        const d = parseDeclaration(html, url);
        expect(d.url).toBe(url);
        expect(d.evidence).toEqual(declarationEvidence(html));
        for (const [k, v] of Object.entries(exp.declaration!)) {
          expect({ field: k, value: d[k as keyof Declaration] }).toEqual({ field: k, value: v });
        }
      });
    }

    if (exp.rateReading) {
      it('reads the rate where the test results give it, and says what it set aside', () => {
        const r = parseDeclaration(html, url).rateReading;
        expect(r.evidence?.section ?? null).toBe(exp.rateReading!.section);
        if (exp.declaration?.rate != null) expect(r.evidence?.text).toMatch(/\d\s*%/);
        expect(r.setAside.map((x) => [x.value, x.why])).toEqual(exp.rateReading!.setAside);
        expect(r.conflicting).toEqual(exp.rateReading!.conflicting);
      });
    }

    if (exp.asOf) {
      it('is judged as expected', () => {
        const d = parseDeclaration(html, url);
        const v = validity(d, exp.asOf!);
        expect({ valid: v.valid, referenceDate: v.referenceDate, expiresOn: v.expiresOn }).toEqual(exp.validity);
        const base = { declaration: d, asOf: exp.asOf!, rateSource: 'declared' as const, measuredRate: null };
        expect(verdict({ ...base, method: '2020' }).value).toBe(exp.verdict2020);
        expect(verdict({ ...base, method: '2023' }).value).toBe(exp.verdict2023);
        if (exp.missing2023) expect(receivable(d, exp.asOf!).missing).toEqual(exp.missing2023);
      });
    }

    if (exp.links) {
      it('finds the declaration links', () => {
        expect(findDeclarationLinks(html, exp.baseUrl ?? url)).toEqual(exp.links);
      });
    }
  });
});

describe('isDeclaration / declarationEvidence', () => {
  it('is insensitive to accents, case and apostrophes', () => {
    const html = page('<h2>ETAT DE CONFORMITE</h2><h2>Retour d’information et contact</h2>');
    expect(declarationEvidence(html)).toEqual(['État de conformité', "Retour d'information et contact"]);
    expect(isDeclaration(html)).toBe(true);
  });
  it('needs two distinct markers', () => {
    expect(isDeclaration(page('<h1>Déclaration d’accessibilité</h1><p>Déclaration d’accessibilité à venir.</p>'))).toBe(false);
    expect(isDeclaration(page(''))).toBe(false);
  });
  it('does not count the footer, the navigation nor link texts', () => {
    const html =
      '<!doctype html><html lang="fr"><body><nav><a href="/a">Déclaration d’accessibilité</a></nav><main><p>Bienvenue.</p>' +
      '<p><a href="https://www.defenseurdesdroits.fr">Défenseur des droits</a></p></main>' +
      '<footer><p>Voies de recours</p><a href="/accessibilite">Accessibilité : partiellement conforme</a></footer></body></html>';
    expect(declarationEvidence(html)).toEqual([]);
  });
  it('never looks at the URL', () => {
    const html = page('<p>Bienvenue</p>');
    expect(isDeclaration(html)).toBe(false);
    expect(parseDeclaration(html, 'https://x.fr/declaration-accessibilite').evidence).toEqual([]);
  });
});

describe('parseDeclaration: state', () => {
  it.each([
    ['<p>Le site X est totalement conforme avec le RGAA version 4.1.</p>', 'totalement'],
    ['<p>Le site X est partiellement conforme avec le RGAA version 4.1.</p>', 'partiellement'],
    ['<p>Le site X est non conforme avec le RGAA version 4.1.</p>', 'non'],
    ["<p>Le site X n'est pas conforme avec le RGAA.</p>", 'non'],
    ['<p>Le site X est en conformité totale avec le RGAA.</p>', 'totalement'],
    ['<p>Le site X est en conformité partielle avec le RGAA.</p>', 'partiellement'],
    ['<p><strong>Site X</strong> est <strong>non conforme</strong> avec le RGAA.</p>', 'non'],
    ['<p>This website is partially compliant with RGAA 4.1.</p>', 'partiellement'],
    ['<p>This website is non-compliant with RGAA 4.1.</p>', 'non'],
    ['<p>This website is fully compliant with RGAA 4.1.</p>', 'totalement'],
    ['<p>This website is in partial compliance with RGAA 4.1.</p>', 'partiellement'],
  ])('%s → %s', (content, state) => {
    expect(parseDeclaration(decl(content), URL_).state).toBe(state);
  });
  it('is null when not stated, and never guessed from « n’est pas totalement conforme »', () => {
    expect(parseDeclaration(decl('<p>Un audit est prévu.</p>'), URL_).state).toBeNull();
    expect(parseDeclaration(decl("<p>Le site n'est pas totalement conforme.</p>"), URL_).state).toBeNull();
  });
  it('prefers the sentence of the « État de conformité » section', () => {
    const html = page(
      '<h1>Déclaration d’accessibilité</h1><p>Notre ancien site était non conforme.</p>' +
        '<h2>État de conformité</h2><p>Le nouveau site est partiellement conforme avec le RGAA 4.1.</p>',
    );
    expect(parseDeclaration(html, URL_).state).toBe('partiellement');
  });
});

describe('parseDeclaration: global rate', () => {
  it.each([
    ['<p>67,16 % des critères du RGAA version 4.1 sont respectés.</p>', 67.16],
    ['<p>51,06% des critères du RGAA version 4.1 sont respectés.</p>', 51.06],
    ['<p>100&nbsp;% des critères du RGAA version 4.1.2 sont respectés.</p>', 100],
    ['<p>99,99&#8239;% des critères du RGAA sont respectés.</p>', 99.99],
    ['<p>0 % des critères du RGAA sont respectés.</p>', 0],
    ['<p>Le taux de conformité global est de 84 %.</p>', 84],
    ['<p>Taux global de conformité : 84,5 %</p>', 84.5],
    ['<p>Le taux de conformité au RGAA est de 73 %.</p>', 73],
    ['<p>Les critères du RGAA sont respectés à 72 %.</p>', 72],
    ['<p>72.5% of the RGAA 4.1 criteria are met.</p>', 72.5],
    ['<p>The overall compliance rate is 90 %.</p>', 90],
  ])('%s → %s', (content, rate) => {
    expect(parseDeclaration(decl(content), URL_).rate).toBe(rate);
  });

  it('never takes the average rate, before or after the global one', () => {
    const before = decl(
      '<p>Le taux moyen de conformité du service en ligne s’élève à 71 %.</p><p>62 % des critères du RGAA sont respectés.</p>',
    );
    expect(parseDeclaration(before, URL_).rate).toBe(62);
    const after = decl(
      '<ul><li>62 % des critères du RGAA sont respectés ;</li><li>Le taux moyen de conformité s’élève à 71 %</li></ul>',
    );
    expect(parseDeclaration(after, URL_).rate).toBe(62);
  });

  it('is null when only the average rate or unrelated percentages are given', () => {
    expect(parseDeclaration(decl('<p>Le taux moyen de conformité du site s’élève à 71 %.</p>'), URL_).rate).toBeNull();
    expect(parseDeclaration(decl('<p>En moyenne, le service est conforme à 70 % aux critères.</p>'), URL_).rate).toBeNull();
    expect(parseDeclaration(decl('<p>95 % des démarches sont en ligne ; 20 % des pages ont été vérifiées.</p>'), URL_).rate).toBeNull();
    expect(parseDeclaration(decl('<p>30 % des critères sont non conformes.</p>'), URL_).rate).toBeNull();
  });

  it.each([
    // An earlier audit, then the rate now
    ['<p>Le premier audit révélait 37,5 % de critères respectés ; à la suite des corrections, 95,08 % sont désormais respectés.</p>', 95.08],
    ['<p>Le premier audit révélait 37,5 % de critères respectés, à la suite des corrections, 95,08 % sont désormais respectés.</p>', 95.08],
    ['<p>À la suite des corrections apportées après le premier audit, 95,08 % des critères sont désormais respectés.</p>', 95.08],
    ['<p>L’audit initial (2021) indiquait que 40 % des critères étaient respectés. 76 % des critères sont respectés.</p>', 76],
    ['<p>The initial audit showed that 40% of the criteria were met. After the fixes, 76% of the criteria are now met.</p>', 76],
    ['<p>Le taux de conformité global est passé de 37,5 % à 95,08 %.</p>', 95.08],
    ['<p>The overall compliance rate went from 37.5% to 95.08%.</p>', 95.08],
    // A target, a threshold, a share of users
    ['<p>La correction ne permet pas d’atteindre un niveau supérieur à 50 % des critères respectés.</p><p>33,96 % des critères sont respectés.</p>', 33.96],
    ['<p>Fixing them would not reach more than 50% of the criteria met.</p><p>33.96% of the RGAA criteria are met.</p>', 33.96],
    ['<p>Partiellement conforme : au moins 50 % des critères de contrôle du RGAA sont respectés.</p><p>61 % des critères sont respectés.</p>', 61],
    ['<p>Objectif : 100 % des critères respectés d’ici 2026.</p><p>82 % des critères du RGAA sont respectés.</p>', 82],
    ['<p>Le service est utilisé par 99 % de l’effectif.</p><p>64,1 % des critères du RGAA sont respectés.</p>', 64.1],
    ['<p>The service is used by 99% of the staff.</p><p>64.1% of the RGAA criteria are met.</p>', 64.1],
    // The same rate said twice
    ['<p>72 % des critères sont respectés.</p><p>Pour rappel, 72 % des critères du RGAA sont respectés.</p>', 72],
  ])('%s → %s', (content, rate) => {
    expect(parseDeclaration(decl(content), URL_).rate).toBe(rate);
  });

  it('is null with the rates that conflict when the text cannot tell which is the global rate', () => {
    const d = parseDeclaration(decl('<p>Site : 72 % des critères sont respectés.</p><p>Application : 58 % des critères sont respectés.</p>'), URL_);
    expect(d.rate).toBeNull();
    expect(d.rateReading.conflicting).toEqual([72, 58]);
    const en = parseDeclaration(decl('<p>Website: 72% of the criteria are met.</p><p>App: 58% of the criteria are met.</p>'), URL_);
    expect(en.rate).toBeNull();
    expect(en.rateReading.conflicting).toEqual([72, 58]);
  });

  it('is null with what it set aside when only an average, a target or an earlier audit is given', () => {
    const only = (html: string) => parseDeclaration(decl(html), URL_).rateReading;
    expect(only('<p>Le taux moyen de conformité s’élève à 71 %.</p>').setAside.map((x) => x.why)).toEqual(['average']);
    expect(only('<p>Objectif : 100 % des critères respectés en 2026.</p>').setAside.map((x) => x.why)).toEqual(['target']);
    expect(only('<p>Le premier audit révélait que 37,5 % des critères étaient respectés. Un nouvel audit est en cours.</p>').setAside.map((x) => x.why)).toEqual(['earlier']);
    expect(parseDeclaration(decl('<p>Le premier audit révélait que 37,5 % des critères étaient respectés.</p>'), URL_).rate).toBeNull();
  });

  it('never reads « non respectés » as respected, nor skips over it', () => {
    expect(parseDeclaration(decl('<p>30 % des critères ne sont pas respectés ; les autres sont respectés.</p>'), URL_).rate).toBeNull();
    expect(parseDeclaration(decl('<p>30 % des critères non respectés, les autres respectés.</p>'), URL_).rate).toBeNull();
    expect(parseDeclaration(decl('<p>20% of the criteria not met.</p>'), URL_).rate).toBeNull();
  });

  it('prefers the « Résultats des tests » section and gives the sentence and section it read', () => {
    const html = decl(
      '<p>Notre objectif était 90 % ; 70 % des critères sont respectés sur l’ancien site.</p><h3>Résultats des tests</h3><p>L’audit révèle que 84,5 % des critères sont respectés.</p>',
    );
    const d = parseDeclaration(html, URL_);
    expect(d.rate).toBe(84.5);
    expect(d.rateReading.evidence).toEqual({ text: 'L’audit révèle que 84,5 % des critères sont respectés.', section: 'Résultats des tests' });
  });

  it('rejects a percentage above 100', () => {
    expect(parseDeclaration(decl('<p>120 % des critères du RGAA sont respectés.</p>'), URL_).rate).toBeNull();
  });
});

describe('parseDeclaration: RGAA version', () => {
  it.each([
    ['avec le RGAA version 4.1.2.', '4.1.2'],
    ['avec le RGAA, version 4.1.', '4.1'],
    ['avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1 en raison', '4.1'],
    ['avec le RGAA 4.', '4'],
    ['avec le RGAA v4.0.', '4.0'],
    ['avec le RGAA version 3-2017.', '3-2017'],
    ['avec le RGAA 3.', '3'],
    ['avec le RGAA.', null],
  ])('%s → %s', (sentence, version) => {
    expect(parseDeclaration(decl(`<p>Le site est partiellement conforme ${sentence}</p>`), URL_).rgaaVersion).toBe(version);
  });
});

describe('parseDeclaration: dates', () => {
  it.each([
    ['Cette déclaration a été établie le 12 mars 2024.', { establishedOn: '2024-03-12' }],
    ['Cette déclaration a été établie le 1<sup>er</sup> août 2023.', { establishedOn: '2023-08-01' }],
    ['Déclaration établie le 02/03/2022, mise à jour le 2024-05-06.', { establishedOn: '2022-03-02', updatedOn: '2024-05-06' }],
    ['Elle a été actualisée le 3 janvier 2025.', { updatedOn: '2025-01-03' }],
    ['Dernière mise à jour : 3 janvier 2025', { updatedOn: '2025-01-03' }],
    ["L'audit réalisé le 5 juin 2024 par la société X.", { auditDate: '2024-06-05' }],
    ["L'audit a été réalisé en juin 2024.", { auditDate: '2024-06-01' }],
    ['Audit réalisé en septembre 2020 ; déclaration établie en octobre 2020.', { auditDate: '2020-09-01', establishedOn: '2020-10-01' }],
    ['The audit was carried out in June 2019. This statement was prepared on 3 July 2019.', { auditDate: '2019-06-01', establishedOn: '2019-07-03' }],
    ['Date de l’audit : 06/2019.', { auditDate: '2019-06-01' }],
    ['Un premier audit réalisé le 2 mars 2021, un second audit réalisé le 5 mai 2023.', { auditDate: '2023-05-05' }],
    ['Un nouvel audit sera réalisé en juin 2026. Audit réalisé le 5 mai 2023.', { auditDate: '2023-05-05' }],
    ['Mise à jour le 2 mars 2024. Mise à jour le 10 janvier 2025.', { updatedOn: '2025-01-10' }],
    ['Cette déclaration a été établie le 31/02/2024.', { establishedOn: null }],
    ['Cette déclaration a été établie en 2024.', { establishedOn: null }],
  ])('%s', (sentence, fields) => {
    const d = parseDeclaration(decl(`<p>${sentence}</p>`), URL_);
    for (const [k, v] of Object.entries(fields)) expect(d[k as keyof Declaration]).toBe(v);
  });
  it('keeps how each date is written and at which precision', () => {
    const d = parseDeclaration(decl('<p>L’audit réalisé en juin 2019 par X. Cette déclaration a été établie le 1er août 2019.</p>'), URL_);
    expect(d.dateEvidence).toEqual({
      establishedOn: { written: '1er août 2019', precision: 'day' },
      updatedOn: null,
      auditDate: { written: 'juin 2019', precision: 'month' },
    });
  });
  it('does not take a date far from its trigger', () => {
    const d = parseDeclaration(decl('<p>Cette déclaration a été établie le jour de la mise en ligne du site, le 12 mars 2024.</p>'), URL_);
    expect(d.establishedOn).toBeNull();
  });
});

describe('parseDeclaration: contact, Défenseur des droits, pages', () => {
  it('reads a mailto link and a form link in the contact section, resolved against the page URL', () => {
    const d = parseDeclaration(
      decl(
        "<h2>Retour d'information et contact</h2><p><a href='mailto:a11y@x.fr?subject=Hello'>Écrire</a> ou " +
          "<a href='formulaire-contact.html'>remplir le formulaire</a></p><h2>Voies de recours</h2>" +
          "<p><a href='https://formulaire.defenseurdesdroits.fr/'>Formulaire du Défenseur des droits</a></p>",
      ),
      'https://x.fr/aide/accessibilite.html',
    );
    expect(d.contact).toEqual({ email: 'a11y@x.fr', formUrl: 'https://x.fr/aide/formulaire-contact.html' });
    expect(d.defenseurDesDroits).toBe(true);
  });
  it('never takes the Défenseur des droits form for the contact form', () => {
    const d = parseDeclaration(
      decl("<h2>Voies de recours</h2><p><a href='https://formulaire.defenseurdesdroits.fr/'>Formulaire en ligne</a></p>"),
      URL_,
    );
    expect(d.contact).toBeNull();
  });
  it('ignores contact links of the navigation and the footer', () => {
    const html =
      '<!doctype html><html lang="fr"><body><nav><a href="/contact">Contact</a></nav><main>' +
      '<h1>Déclaration d’accessibilité</h1><h2>État de conformité</h2><p>Le site est non conforme.</p></main>' +
      '<footer><a href="mailto:webmestre@x.fr">Webmestre</a></footer></body></html>';
    const d = parseDeclaration(html, URL_);
    expect(d.contact).toBeNull();
    expect(d.defenseurDesDroits).toBe(false);
  });
  it('reads an e-mail written in the text', () => {
    const d = parseDeclaration(decl("<h2>Retour d'information et contact</h2><p>Courriel : referent.rgaa@ville.example.fr.</p>"), URL_);
    expect(d.contact).toEqual({ email: 'referent.rgaa@ville.example.fr', formUrl: null });
  });
  it('lists the pages checked, null when the section has no list', () => {
    const withList = decl(
      "<h3>Pages du site ayant fait l'objet de la vérification de conformité</h3><ul><li><a href='/'>Accueil</a></li>" +
        "<li>Formulaire <em>de demande</em></li></ul><h3>Retour d'information et contact</h3><ul><li>Autre</li></ul>",
    );
    expect(parseDeclaration(withList, URL_).pagesChecked).toEqual(['Accueil', 'Formulaire de demande']);
    const noList = decl(
      "<h3>Pages du site ayant fait l'objet de la vérification de conformité</h3><p>Accueil, contact.</p><h3>Voies de recours</h3><ul><li>Autre</li></ul>",
    );
    expect(parseDeclaration(noList, URL_).pagesChecked).toBeNull();
  });
  it('gives every field null on an empty page', () => {
    expect(parseDeclaration(page(''), URL_)).toEqual({
      url: URL_,
      evidence: [],
      state: null,
      rate: null,
      rateReading: { evidence: null, setAside: [], conflicting: [] },
      rgaaVersion: null,
      establishedOn: null,
      updatedOn: null,
      auditDate: null,
      dateEvidence: { establishedOn: null, updatedOn: null, auditDate: null },
      contact: null,
      defenseurDesDroits: false,
      pagesChecked: null,
      sample: null,
      plans: [],
    });
  });
});

describe('findDeclarationLinks', () => {
  it('ranks footer links first, resolves, drops fragments and duplicates, skips mailto and #', () => {
    const html =
      '<!doctype html><html lang="fr"><body><main><a href="/accessibilite">Accessibilité</a>' +
      '<a href="#">Accessibilité</a><a href="mailto:a@x.fr">Accessibilité</a>' +
      '<a href="/aide">Aide</a></main><footer><a href="decl.html#top" title="Déclaration d’accessibilité">En savoir plus</a>' +
      '<a href="/accessibilite">Accessibilité : non conforme</a></footer></body></html>';
    expect(findDeclarationLinks(html, 'https://x.fr/dir/page')).toEqual([
      'https://x.fr/dir/decl.html',
      'https://x.fr/accessibilite',
    ]);
  });
  it('keeps links to other origins', () => {
    const html = page('<a href="https://autre.example.fr/accessibility">Accessibility statement</a>');
    expect(findDeclarationLinks(html, 'https://x.fr/')).toEqual(['https://autre.example.fr/accessibility']);
  });
  it('finds nothing on a page without such links', () => {
    expect(findDeclarationLinks(page('<a href="/contact">Contact</a>'), 'https://x.fr/')).toEqual([]);
  });
});

describe('DECLARATION_PATHS', () => {
  it('lists the usual paths', () => {
    expect(DECLARATION_PATHS).toEqual([
      '/accessibilite',
      '/accessibilite/',
      '/declaration-accessibilite',
      '/declaration-d-accessibilite',
      '/accessibility',
    ]);
  });
});
