/**
 * `--format declaration`: the draft follows the official model, carries only facts (every page
 * of the sample, every NC criterion, technologies, tools), never a state nor a rate, marks every
 * blank so that it cannot be published unnoticed, and escapes what comes from the pages.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { renderDeclarationHtml, renderDeclarationMarkdown, TODO } from '../../src/report/declaration-draft.js';
import { renderFiles, filesOnly } from '../../src/report/formats.js';
import { OFFICIAL_DIR, officialCriteria } from '../../src/report/official.js';
import { criteriaWith } from '../../src/report/view.js';
import type { ProcedureReport } from '../../src/model/types.js';
import { ctx, finding, makeProcedure, makeReport, sampleProcedure } from './factory.js';
import { hostileProcedure, XSS } from './hostile.js';

const PLACEHOLDER = new RegExp(`\\[${TODO} : [^\\]]*\\]`, 'g');

function procedure(): ProcedureReport {
  const p = makeProcedure({
    id: 'demarche',
    name: 'Demande d’aide',
    pages: [
      { url: 'https://www.example.gouv.fr/', title: 'Accueil', status: { '3.1': 'C', '2.1': 'NA' }, findings: { '1.1': [finding('1.1.1', { selector: 'img.logo' }), finding('1.1.1', { selector: 'img.hero' })] } },
      { url: 'https://www.example.gouv.fr/form', title: 'Formulaire', status: { '3.1': 'C' }, findings: { '11.1': [finding('11.1.1', { selector: '#nom' })] } },
      { url: 'https://www.example.gouv.fr/down', error: 'HTTP 500' },
    ],
  });
  p.pages[0].technologies = ['HTML5', 'CSS', 'JavaScript'];
  p.pages[1].technologies = ['HTML5', 'CSS', 'WAI-ARIA', 'SVG'];
  return p;
}

/** The text a person reads, from both formats (HTML text, Markdown as written). */
function texts(p: ProcedureReport): { md: string; html: string; $: cheerio.CheerioAPI } {
  const report = makeReport([p]);
  const htmlDoc = renderDeclarationHtml(report, p);
  const $ = cheerio.load(htmlDoc);
  return { md: renderDeclarationMarkdown(report, p), html: $('main').text(), $ };
}

describe('the declaration draft', () => {
  it('follows the official model: its headings, in order', () => {
    const model = readFileSync(join(OFFICIAL_DIR, 'modele-de-declaration.md'), 'utf8');
    const headings = [...model.matchAll(/^(#{2,3}) (.+)$/gm)].map((m) => `${m[1]} ${m[2].trim()}`);
    expect(headings.length).toBeGreaterThan(8);
    const { md, $ } = texts(procedure());
    const ours = [...md.matchAll(/^(#{2,3}) (.+)$/gm)].map((m) => `${m[1]} ${m[2].trim()}`);
    expect(ours).toEqual(headings);
    expect($('h2, h3').map((_, e) => $(e).text()).get()).toEqual(headings.map((h) => h.replace(/^#+ /, '')));
  });

  it('lists every page of the sample, with its title and URL (a page in error said so)', () => {
    const p = procedure();
    const { md, html, $ } = texts(p);
    const section = md.split('### Pages du site ayant fait l’objet de la vérification de conformité')[1].split('\n## ')[0];
    expect(section.match(/^- /gm)).toHaveLength(p.pages.length);
    for (const pg of p.pages) expect(html).toContain(pg.url);
    expect(section).toContain('P01 Accueil https\\://www\\.example\\.gouv\\.fr/');
    expect(html).toContain('P03 non auditée : HTTP 500');
    expect($('a[href="https://www.example.gouv.fr/form"]').length).toBeGreaterThan(0);
  });

  it('lists every NC criterion (official wording) with its pages and elements, and no other criterion', () => {
    const p = procedure();
    const { md, html } = texts(p);
    const nc = criteriaWith(p, 'NC');
    expect(nc).toEqual(['1.1', '11.1']);
    for (const id of nc) expect(html).toContain(`Critère ${id} : ${officialCriteria().get(id)!.title}`);
    expect([...md.matchAll(/Critère (\d+\.\d+) :/g)].map((m) => m[1])).toEqual(nc);
    expect(html).toContain('P01 Accueil https://www.example.gouv.fr/ : 2 éléments, dont img.logo, img.hero');
    expect(html).toContain('P02 Formulaire https://www.example.gouv.fr/form : 1 élément, dont #nom');
  });

  it('states no conformity and no rate: they are left to the audit, with a visible notice', () => {
    const p = procedure();
    expect(p.rate.measured).not.toBeNull();
    for (const text of Object.values(texts(p)).slice(0, 2) as string[]) {
      const filled = text.replace(PLACEHOLDER, '');
      expect(filled).not.toMatch(/(totalement|partiellement|non)\s+conforme/i);
      expect(filled).not.toMatch(/\d+(?:[.,]\d+)?\s*%/);
      expect(filled).not.toContain(String(p.rate.measured).replace('.', ','));
      expect(text).toContain('BROUILLON À COMPLÉTER, NE PAS PUBLIER EN L’ÉTAT.');
      expect(text).toContain('Une mesure automatisée n’est pas un audit');
      expect(text).toContain('ne peut pas être publié comme taux de la déclaration');
    }
  });

  it('marks every blank « [À COMPLÉTER : …] »: entity, state, rates, dates, audit, contact', () => {
    const { md, $ } = texts(procedure());
    // The notice names the marker itself (« [À COMPLÉTER : …] »): not a blank.
    const blanks = (md.match(PLACEHOLDER) ?? []).filter((b) => b !== `[${TODO} : …]`);
    for (const what of ['nom de l’entité', 'après l’audit : totalement, partiellement ou non', 'après l’audit : nn', 'JJ/MM/AAAA', 'nom de l’entité qui a réalisé l’audit', 'URL du formulaire en ligne', 'navigateurs et technologies d’assistance']) {
      expect(blanks.some((b) => b.includes(what)), what).toBe(true);
    }
    expect(blanks.length).toBeGreaterThanOrEqual(15);
    // In HTML, each blank is highlighted.
    expect($('mark.a-completer').length).toBe(blanks.length);
    expect($('mark.a-completer').first().text()).toMatch(/^\[À COMPLÉTER : /);
  });

  it('gives the facts of the run: technologies seen, the measure’s browser, rgaa-audit and axe-core versions', () => {
    const { md, html } = texts(procedure());
    const techs = md.split('### Technologies utilisées pour la réalisation du site')[1].split('###')[0];
    expect(techs.match(/^- .+$/gm)).toEqual(['- HTML5', '- CSS', '- JavaScript', '- WAI\\-ARIA', '- SVG']);
    expect(html).toContain('Mesure automatisée : Chromium 147 (test), sans interface (headless)');
    expect(html).toContain('rgaa-audit 0.1.0');
    expect(html).toContain('axe-core 4.14.1');
    // An older report without technologies leaves a blank.
    expect(texts(sampleProcedure('a')).md).toContain(`[${TODO} : les technologies`);
  });

  it('escapes page text: no markup in the HTML, no raw HTML or Markdown syntax in the Markdown', () => {
    const p = hostileProcedure();
    p.pages[0].technologies = [XSS[0]];
    const report = makeReport([p]);
    const $ = cheerio.load(renderDeclarationHtml(report, p));
    expect($('script, img, svg, textarea').length).toBe(0);
    expect($('[onerror], [onload]').length).toBe(0);
    expect($('a[href^="javascript:"]').length).toBe(0);
    expect($('main').text()).toContain('<script>window.__pwned=1</script>');
    const md = renderDeclarationMarkdown(report, p);
    expect(md).not.toMatch(/<[a-zA-Z!/?]/);
    expect(md).toContain('&lt;script&gt;');
  });

  it('is a files-only format: an HTML and a Markdown file per procedure', () => {
    expect(filesOnly('declaration')).toBe(true);
    const one = renderFiles('declaration', makeReport([procedure()]), ctx());
    expect(one.map((f) => f.part + f.ext)).toEqual(['.declaration.html', '.declaration.md']);
    const two = renderFiles('declaration', makeReport([procedure(), makeProcedure({ id: 'b/2', pages: [{ url: 'https://b/' }] })]), ctx());
    expect(two.map((f) => f.part + f.ext)).toEqual(['.demarche.declaration.html', '.demarche.declaration.md', '.b_2.declaration.html', '.b_2.declaration.md']);
  });
});
