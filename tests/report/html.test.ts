import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { load } from 'cheerio';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { esc, html } from '../../src/report/html-kit.js';
import { renderConsole } from '../../src/report/console.js';
import { rateBins } from '../../src/report/dashboard.js';
import { AS_OF, ctx, makeDeclaration, makeProcedure, makeReport, rules, sampleProcedure } from './factory.js';
import { hostileProcedure } from './hostile.js';
import { reason } from '../../src/model/reasons.js';

function inspect(doc: string) {
  const $ = load(doc);
  const scripts = $('script');
  const handlers: string[] = [];
  $('*').each((_, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) if (/^on/i.test(name)) handlers.push(name);
  });
  const hrefs = $('[href]').map((_, el) => $(el).attr('href')).get();
  const srcs = $('[src]').map((_, el) => $(el).attr('src')).get();
  const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
  return { $, scripts, handlers, hrefs, srcs, csp };
}

describe('html report', () => {
  it('is a self-contained, accessible document: lang, landmarks, headings, real tables', () => {
    for (const lang of ['en', 'fr'] as const) {
      const doc = FILE_FORMATS.html.render(makeReport([sampleProcedure('a')]), ctx(lang));
      const { $, csp, scripts, hrefs, srcs } = inspect(doc);
      expect($('html').attr('lang')).toBe(lang);
      expect($('header').length).toBe(1);
      expect($('main#main').length).toBe(1);
      expect($('footer').length).toBe(1);
      expect($('h1').length).toBe(1);
      expect($('meta[name=viewport]').attr('content')).toContain('width=device-width');
      // No network: nothing loaded from anywhere but inline and data:.
      expect($('link[rel=stylesheet], script[src], iframe, object, embed').length).toBe(0);
      for (const s of srcs) expect(s).toMatch(/^data:/);
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/img-src data:/);
      const scriptText = scripts.first().html()!;
      expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(scriptText).digest('base64')}'`);
      const styleText = $('style').html()!;
      expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(styleText).digest('base64')}'`);
      expect($('[style]').length).toBe(0);
      // The grid: a row per criterion with a row header, a column per page and the sample.
      const grid = $('table.grid');
      expect(grid.find('tbody th[scope=row]').length).toBe(106);
      expect(grid.find('thead th[scope=col]').length).toBe(3 + 2 + 1);
      expect($('table').toArray().every((t) => $(t).find('th').length > 0)).toBe(true);
      expect($('table').toArray().every((t) => $(t).find('caption').length === 1)).toBe(true);
      // Each NC with its evidence and the official link.
      expect($('article').length).toBe(2);
      expect(hrefs).toContain('https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#1.1');
      expect($('article pre code').first().text()).toBe('<img src="/x-1.1.1.png">');
      expect(doc).toContain(lang === 'fr' ? '33,3 % (1 C / 3 critères évalués' : '33.3 % (1 C / 3 decided');
    }
  });

  it('shows the verdict with its reasons (in French when asked) and the declaration fields', () => {
    const p = sampleProcedure('a', { declaration: makeDeclaration({ state: 'totalement', rate: 100 }) });
    const fr = inspect(FILE_FORMATS.html.render(makeReport([p]), ctx('fr'))).$;
    const text = fr('main').text();
    expect(text).toContain('Méthode 2020 : Oui');
    expect(text).toContain('datée du 12 mars 2024');
    expect(text).toMatch(/La déclaration affirme 100 % mais l’outil a trouvé 2 critères non conformes/);
    expect(text).toContain('a11y@example.gouv.fr');
    expect(text).toContain('totalement conforme');
    const en = inspect(FILE_FORMATS.html.render(makeReport([p]), ctx('en'))).$('main').text();
    expect(en).toContain('The declaration claims 100 % but the tool found 2 non-compliant criteria');
    expect(makeReport([p]).options.asOf).toBe(AS_OF);
  });

  it('shows what an accessibility lead checks, with its evidence: the rate read, the plans, the sample, the mention on every page', () => {
    const p = sampleProcedure('a');
    const { $ } = inspect(FILE_FORMATS.html.render(makeReport([p]), ctx('fr')));
    const text = $('main').text();
    expect(text).toContain('lu dans « 78,26 % des critères du RGAA version 4.1 sont respectés. » dans la rubrique « Résultats des tests »');
    expect(text).toContain('Écartés : 81,5 % (le taux moyen)');
    expect(text).toContain('2024-03-12 (« 12 mars 2024 »)');
    // Plans: a table with the years and the link, the status, and what to check.
    const plans = $('caption').filter((_, c) => $(c).text() === 'Schéma pluriannuel et plans d’action').closest('table');
    expect(plans.find('tbody tr')).toHaveLength(2);
    expect(plans.find('tbody tr').first().text()).toContain('2023–2025');
    expect(plans.find('a[href="https://www.example.gouv.fr/schema.pdf"]')).toHaveLength(1);
    expect(text).toContain('Schéma pluriannuel : en cours (2023–2025)');
    expect(text).toContain('La déclaration ne renvoie à aucun plan d’action pour 2025 (plans d’action trouvés : 2024)');
    // Sample: the kinds the list lacks, the audited pages it does not name.
    expect(text).toContain('que la liste ne nomme pas : contact, mentions légales, page accessibilité, aide, plan du site, authentification');
    const audited = $('caption').filter((_, c) => $(c).text().startsWith('Pages auditées par l’outil')).closest('table');
    expect(audited.find('tbody tr').map((_, tr) => $(tr).find('td').last().text()).get()).toEqual(['Accueil', 'non listée']);
    // The mention on every page.
    const cov = $('caption').filter((_, c) => $(c).text() === 'Mention et lien vers la déclaration, page par page').closest('table');
    expect(cov.find('tbody tr').map((_, tr) => $(tr).find('td').eq(1).text()).get()).toEqual(['« Accessibilité : partiellement conforme » (partiellement conforme)', 'aucun']);
    expect(text).toContain('Pages sans la mention d’accessibilité : https://www.example.gouv.fr/form');
  });

  it('shows « À venir » and why when the site could not be reached', () => {
    const p = makeProcedure({ id: 'down', pages: [{ url: 'https://down.example/', error: 'unreachable: connection refused' }], declaration: null });
    p.declaration!.unreachable = { url: 'https://down.example/', error: 'unreachable: connection refused' };
    p.verdict = {
      method: '2023', value: 'À venir', rateUsed: null, rateSource: 'declared', contradictions: [],
      reasons: [reason('siteUnreachable', { url: 'https://down.example/', error: 'unreachable: connection refused' }), reason('conclusion', { method: '2023', value: 'À venir' })],
    };
    const { $ } = inspect(FILE_FORMATS.html.render(makeReport([p]), ctx('fr')));
    expect($('.v-avenir').first().text()).toBe('À venir');
    expect($('main').text()).toContain('Le site n’a pas pu être joint (https://down.example/ : unreachable: connection refused) : la démarche n’est pas encore évaluée.');
  });

  it('escapes everything from a page; only PNG data URIs become images; no javascript: link', () => {
    const report = makeReport([hostileProcedure(), sampleProcedure('b')]);
    for (const [name, fmt] of [['html', FILE_FORMATS.html], ['dashboard', FILE_FORMATS.dashboard]] as const) {
      for (const lang of ['en', 'fr'] as const) {
        const doc = fmt.render(report, ctx(lang));
        const { $, scripts, handlers, hrefs, srcs } = inspect(doc);
        expect(scripts.length, name).toBe(1);
        expect(handlers, name).toEqual([]);
        expect($('iframe, svg[onload], textarea').length, name).toBe(0);
        // Links: anchors, the page URLs, and (dashboard) each procedure's own report, a safe relative path.
        for (const h of hrefs) expect(h, name).toMatch(/^(#|https?:|data:,$|procedures\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.(html|json)$)/);
        for (const s of srcs) expect(s, name).toMatch(/^data:image\/png;base64,/);
        expect(doc).not.toContain('<script>window.__pwned');
        expect(doc).not.toContain('<img src=x');
        // The payloads are there, as text.
        expect($('main').text()).toContain('<script>window.__pwned=1</script>');
        if (name === 'html') {
          expect($('img.shot').length).toBe(1);
          expect($('img.shot').attr('alt')).toContain('"><img src=x onerror=');
        }
      }
    }
  });

  it('html tag escapes values, joins arrays, drops null/false', () => {
    expect(html`<p title="${'"x"'}">${'<b>'}${null}${false}${['a', html`<i>b</i>`]}</p>`.value).toBe('<p title="&quot;x&quot;">&lt;b&gt;a<i>b</i></p>');
    expect(esc("a'`\u0000")).toBe('a&#39;&#96;\ufffd');
  });
});

describe('dashboard', () => {
  it('verdict counts, histograms with their tables, a sortable table, a detail anchor per procedure', () => {
    const procs = [
      sampleProcedure('a'),
      sampleProcedure('b', { declaration: makeDeclaration({ rate: 100, state: 'totalement' }) }),
      makeProcedure({ id: 'c', pages: [{ url: 'https://c/', status: { '3.1': 'C' } }], declaration: null }),
      makeProcedure({ id: 'd', pages: [{ url: 'https://d/', error: 'HTTP 404' }] }),
    ];
    const doc = FILE_FORMATS.dashboard.render(makeReport(procs), ctx('en'));
    const { $ } = inspect(doc);
    expect($('.counts').text()).toMatch(/Oui: 2.*Partiel: 0.*Non: 1.*not judged: 1/s);
    expect($('figure svg[role=img]').length).toBe(2);
    expect($('figure svg title').first().text()).toBe('Measured rates (taux mesuré)');
    expect($('figure details table').length).toBe(2);
    const measured = $('figure').first().find('tbody tr').map((_, tr) => $(tr).find('td').text()).get();
    expect(measured.slice(3, 4)).toEqual(['2']); // 33.3 % twice
    expect(measured.at(-2)).toBe('1'); // 100 %
    const table = $('table#dash-table[data-sortable]');
    expect(table.find('tbody tr').length).toBe(4);
    for (const a of table.find('tbody th[scope=row] a').toArray()) {
      const target = $(a).attr('href')!;
      expect($(target.replace(/^#/, '#')).length, target).toBe(1);
    }
    expect(rateBins([0, 9.9, 10, 99.9, 100, null])).toEqual({ counts: [2, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1], none: 1 });
  });
});

describe('console', () => {
  it('keeps its English wording and speaks French when asked', () => {
    const report = makeReport([sampleProcedure('a')]);
    const en = renderConsole(report, rules, { color: false, threshold: 75 });
    expect(en).toContain('Measured rate (taux mesuré): 33.3 % (1 C / 3 decided,');
    expect(en).toMatch(/\n {2}Official rate between \d+\.\d % and \d+\.\d %, whatever a human decides on the \d+ NT criteria\n/);
    expect(en).toMatch(/NC 1\.1 Informative images have a text alternative \(A, 1 page\)/);
    expect(en).toContain('a human must review them');
    expect(en).toContain('« Prise en compte du handicap » (2020 method, declared rate): Oui');
    const fr = renderConsole(report, rules, { color: false, threshold: 75, lang: 'fr' });
    expect(fr).toContain('Taux mesuré : 33,3 % (1 C / 3 critères évalués,');
    expect(fr).toMatch(/\n {2}Taux officiel entre \d+,\d % et \d+,\d %, quelle que soit la décision humaine sur \d+ critères NT\n/);
    expect(fr).toContain('Non-conformités (2 critères)');
    expect(fr).toContain('« Prise en compte du handicap » (méthode 2020, taux déclaré) : Oui');
    expect(fr).toContain('Méthode 2020 : Oui');
    expect(fr).toContain('une personne doit les vérifier');
  });
});
