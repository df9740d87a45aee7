/**
 * The judge in a real browser, through the real pipeline: the in-page mention search agrees with
 * the static one on every mention fixture, a single-page app's late footer is found, and a
 * declaration reachable only through a footer link « Accessibilité » is found and judged; the
 * procedures of one site share its home and declaration pages (rendered once for the run); a
 * declaration page that adds enumerable properties to Object.prototype is read all the same.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mentionCandidatesFromHtml } from '../../src/judge/mention-html.js';
import { FIXTURES, useHarness } from '../helpers/harness.js';
import { findBrowser, launchBrowser } from '../../src/gather/browser.js';
import { factsScript } from '../../src/gather/inpage.js';

const files = readdirSync(join(FIXTURES, 'mentions')).filter((f) => f.endsWith('.html'));

describe('mention search in Chromium', () => {
  const h = useHarness({ judge: { asOf: '2026-01-15', method: '2020', rateSource: 'declared' } });

  it.each(files)('%s: same candidates as the static search', async (file) => {
    const url = h.url(`mentions/${file}`);
    const page = await h.session.fetchRendered(url);
    expect(page.error).toBeNull();
    expect(page.facts?.mentions).toEqual(mentionCandidatesFromHtml(readFileSync(join(FIXTURES, 'mentions', file), 'utf8'), url));
  });

  it('finds the mention of a single-page app rendered after load, and its declaration', async () => {
    const proc = await h.procedure(['judge/spa/index.html']);
    const d = proc.declaration!;
    expect(d.mentions).toEqual([{ state: 'partiellement', text: 'Accessibilité : partiellement conforme', page: h.url('judge/spa/index.html'), href: h.url('judge/spa/accessibilite.html') }]);
    expect(d.searched[0]).toEqual({ url: h.url('judge/spa/accessibilite.html'), source: 'mention', outcome: 'declaration' });
    expect(d.declaration).toMatchObject({ state: 'partiellement', rate: 62.5, establishedOn: '2025-02-03', rgaaVersion: '4.1.2' });
    expect(proc.verdict).toMatchObject({ method: '2020', value: 'Partiel' });
  });

  it('finds a declaration reachable only through a footer link named « Accessibilité », without a mention', async () => {
    const proc = await h.procedure(['judge/footer-only/pages/demarche.html']);
    const d = proc.declaration!;
    expect(d.mentions).toEqual([]);
    const found = d.searched.find((s) => s.outcome === 'declaration');
    expect(found).toEqual({ url: h.url('judge/footer-only/pages/infos/a11y-2024.html'), source: 'link', outcome: 'declaration' });
    expect(d.declaration).toMatchObject({ state: 'non', rate: 32, establishedOn: '2022-03-02' });
    // Established 2022-03-02: expired on 2025-03-02, before the audit date → no valid declaration.
    expect(d.validity?.valid).toBe(false);
    expect(proc.verdict?.value).toBe('Non');
  });
});

describe('a declaration page that adds enumerable properties to Object.prototype', () => {
  const h = useHarness({ judge: { asOf: '2026-01-15', method: '2020', rateSource: 'declared' } });

  it('is read and judged all the same', async () => {
    const page = await h.session.fetchRendered(h.url('judge/polluted/accessibilite.html'));
    expect(page.error).toBeNull();
    const proc = await h.procedure(['judge/polluted/demarche.html']);
    const d = proc.declaration!;
    expect(d.searched[0]).toEqual({ url: h.url('judge/polluted/accessibilite.html'), source: 'mention', outcome: 'declaration' });
    expect(d.declaration).toMatchObject({ state: 'partiellement', rate: 81, establishedOn: '2025-02-03' });
    expect(proc.verdict).toMatchObject({ method: '2020', value: 'Oui' });
  });

  it('finds the page as it was once read: the properties are enumerable again', async () => {
    const browser = await launchBrowser(await findBrowser());
    try {
      const page = await browser.newPage();
      await page.goto(h.url('judge/polluted/accessibilite.html'));
      const read = (await page.evaluate(factsScript())) as { html: string };
      expect(read.html).toContain('81&nbsp;%');
      expect(await page.evaluate('pollutionKept()')).toBe('foo,toJSON');
    } finally {
      await browser.close();
    }
  });
});

describe('judge pages shared by the procedures of one site', () => {
  const requests: string[] = [];
  let homeFails = 0;
  let homeMissing = false;
  const h = useHarness(
    { judge: { asOf: '2026-01-15', method: '2020', rateSource: 'declared' } },
    {
      handler: (req, res) => {
        requests.push(req.url ?? '');
        if (req.url !== '/') return false;
        if (homeMissing) res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Introuvable</title>');
        else if (homeFails > 0) {
          homeFails--;
          res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Indisponible</title>');
        } else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="fr"><title>Accueil</title><main><h1>Accueil</h1></main></html>');
        return true;
      },
    },
  );
  const count = (path: string) => requests.filter((r) => r === path).length;
  const run = (id: string, extra: Record<string, unknown> = {}) => h.session.auditProcedure({ id, name: id, urls: [h.url('judge/spa/index.html')], ...extra });

  it('renders the home and the declaration once for procedures audited at the same time, each judged alike', async () => {
    requests.length = 0;
    const [a, b] = await Promise.all([run('a'), run('b')]);
    expect(count('/judge/spa/index.html')).toBe(2);
    expect(count('/')).toBe(1);
    expect(count('/judge/spa/accessibilite.html')).toBe(1);
    for (const { report } of [a, b]) {
      expect(report.declaration?.homeUrl).toBe(h.url('/'));
      expect(report.declaration?.declaration).toMatchObject({ state: 'partiellement', rate: 62.5 });
      expect(report.verdict).toMatchObject({ method: '2020', value: 'Partiel' });
    }
  });

  it('renders again a page whose failure may not last (503), and a page asked for with a session', async () => {
    await h.session.close(); // forgets the pages kept for the run
    requests.length = 0;
    homeFails = 1;
    await run('c');
    await run('d');
    // c got the 503 (not kept), d renders the home again; the declaration is kept from c.
    expect(count('/')).toBe(2);
    expect(count('/judge/spa/accessibilite.html')).toBe(1);
    // A procedure with a session may see other pages: its judge pages are its own.
    await run('e', { storageState: { cookies: [], origins: [] } });
    expect(count('/')).toBe(3);
    expect(count('/judge/spa/accessibilite.html')).toBe(2);
  });

  it('keeps an answer that is a failure: a home page that does not exist (404) is asked for once', async () => {
    await h.session.close();
    requests.length = 0;
    homeMissing = true;
    const first = await run('f');
    const second = await run('g');
    expect(count('/')).toBe(1);
    for (const { report } of [first, second]) expect(report.declaration?.declaration).toMatchObject({ state: 'partiellement', rate: 62.5 });
    homeMissing = false;
  });
});
