/** The sample builder's parts: link classification, URLs, sitemaps, robots token, random, and the HTTP fetcher. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extractLinks,
  httpFetcher,
  isLogout,
  parseSitemap,
  randomQuota,
  robotsToken,
  seededPicker,
  typesByText,
  typesByUrl,
  urlKey,
} from '../../src/sample/index.js';
import { serveStatic, type StaticServer } from '../../src/serve.js';
import { SITES, closedPort } from './site.js';

describe('typical pages by link text', () => {
  it.each([
    ['Contact', 'contact'],
    ['Nous contacter', 'contact'],
    ['Contactez-nous', 'contact'],
    ['Contact us', 'contact'],
    ['Mentions légales', 'legal'],
    ['MENTIONS LEGALES', 'legal'],
    ['Informations légales', 'legal'],
    ['Legal notice', 'legal'],
    ['Accessibilité', 'accessibility'],
    ['Accessibilité : non conforme', 'accessibility'],
    ['Déclaration d’accessibilité', 'accessibility'],
    ['Accessibility statement', 'accessibility'],
    ['Plan du site', 'sitemap-page'],
    ['Site map', 'sitemap-page'],
    ['Sitemap', 'sitemap-page'],
    ['Aide', 'help'],
    ['Besoin d’aide ?', 'help'],
    ['FAQ', 'help'],
    ['Questions fréquentes', 'help'],
    ['Help', 'help'],
    ['Se connecter', 'login'],
    ['Connexion', 'login'],
    ['Mon compte', 'login'],
    ['Login', 'login'],
    ['Sign in', 'login'],
    ['Rechercher', 'search'],
    ['Search', 'search'],
  ])('%s → %s', (text, type) => {
    expect(typesByText(text)).toContain(type);
  });

  it.each(['Déconnexion', 'Se déconnecter', 'Aides financières', 'Actualités', 'Démarches', 'Recrutement', ''])('%s names no typical page', (text) => {
    expect(typesByText(text)).toEqual([]);
  });
});

describe('typical pages by URL', () => {
  it.each([
    ['https://x.fr/contact', 'contact'],
    ['https://x.fr/fr/nous-contacter.html', 'contact'],
    ['https://x.fr/mentions-legales', 'legal'],
    ['https://x.fr/Mentions_Legales.php', 'legal'],
    ['https://x.fr/accessibilit%C3%A9', 'accessibility'],
    ['https://x.fr/declaration-accessibilite', 'accessibility'],
    ['https://x.fr/plan-du-site', 'sitemap-page'],
    ['https://x.fr/aide/faq', 'help'],
    ['https://x.fr/connexion', 'login'],
    ['https://x.fr/mon-compte', 'login'],
    ['https://x.fr/recherche?q=x', 'search'],
  ])('%s → %s', (url, type) => {
    expect(typesByUrl(url)).toContain(type);
  });

  it.each(['https://x.fr/', 'https://x.fr/aides-sociales', 'https://x.fr/contact/formulaire-envoye', 'https://x.fr/deconnexion'])('%s names no typical page', (url) => {
    expect(typesByUrl(url)).toEqual([]);
  });
});

describe('URLs', () => {
  it('dedups queries in any order and drops fragments', () => {
    expect(urlKey('https://x.fr/a?b=2&a=1#top')).toBe(urlKey('https://x.fr/a?a=1&b=2'));
    expect(urlKey('https://x.fr/a?')).toBe('https://x.fr/a');
    expect(urlKey('https://x.fr/a?x=1')).not.toBe(urlKey('https://x.fr/a?x=2'));
  });

  it('recognises logout links by URL or text', () => {
    for (const u of ['https://x.fr/logout', 'https://x.fr/deconnexion', 'https://x.fr/user/log-out?destination=/', 'https://x.fr/d%C3%A9connexion', 'https://x.fr/auth/signout.php'])
      expect(isLogout(new URL(u)), u).toBe(true);
    expect(isLogout(new URL('https://x.fr/session/end-now'), 'se deconnecter')).toBe(true);
    for (const u of ['https://x.fr/connexion', 'https://x.fr/catalogue', 'https://x.fr/layout'])
      expect(isLogout(new URL(u)), u).toBe(false);
  });
});

describe('extractLinks', () => {
  const html = `<!doctype html><html><head><base href="/fr/"></head><body>
    <a href="page#section">Page</a>
    <a href="page">Page again</a>
    <a href="/doc.PDF">Rapport</a>
    <a href="/export" download>Export</a>
    <a href="mailto:a@b.fr">Mail</a><a href="tel:+331">Tel</a><a href="javascript:void(0)">JS</a><a href="#top">Haut</a>
    <a href="/session/end">Se déconnecter</a>
    <a href="/icone" aria-label="Accessibilité"><svg></svg></a>
    <a href="/logo"><img src="l.png" alt="Accueil"></a>
    <a href="https://autre.fr/x">Ailleurs</a>
    <form role="search" action="/recherche"><input type="hidden" name="scope" value="site"><input name="q"></form>
    <form method="post" action="/search/results"><input type="search" name="terms"></form>
    <form action="/contact" method="post"><input name="email"></form>
  </body></html>`;
  const { links, forms } = extractLinks(html, 'https://x.fr/start');

  it('resolves against <base>, drops fragments and non-http links, keeps document order', () => {
    expect(links.map((l) => l.url)).toEqual([
      'https://x.fr/fr/page',
      'https://x.fr/doc.PDF',
      'https://x.fr/export',
      'https://x.fr/session/end',
      'https://x.fr/icone',
      'https://x.fr/logo',
      'https://autre.fr/x',
    ]);
    expect(links[0].text).toBe('Page');
  });

  it('flags files, downloads and logout links, and reads accessible names', () => {
    const byUrl = Object.fromEntries(links.map((l) => [l.url, l]));
    expect(byUrl['https://x.fr/doc.PDF'].exclude).toBe('non-html');
    expect(byUrl['https://x.fr/export'].exclude).toBe('download');
    expect(byUrl['https://x.fr/session/end'].exclude).toBe('logout');
    expect(byUrl['https://x.fr/icone'].text).toBe('Accessibilité');
    expect(byUrl['https://x.fr/logo'].text).toBe('Accueil');
    expect(byUrl['https://x.fr/fr/page'].exclude).toBeUndefined();
  });

  it('finds search forms (GET with a query, POST by action) and ignores other forms', () => {
    expect(forms).toEqual([
      { url: 'https://x.fr/recherche?scope=site&q=accessibilit%C3%A9', detail: 'search form (GET q=accessibilité)' },
      { url: 'https://x.fr/search/results', detail: 'search form action (POST)' },
    ]);
  });
});

describe('parseSitemap', () => {
  it('reads a urlset, an index, namespace prefixes; never throws', () => {
    expect(parseSitemap('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://x.fr/a </loc></url><url><loc>https://x.fr/b</loc><lastmod>2024-01-01</lastmod></url></urlset>')).toEqual({
      urls: ['https://x.fr/a', 'https://x.fr/b'],
      sitemaps: [],
    });
    expect(parseSitemap('<?xml version="1.0"?><sm:sitemapindex xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:sitemap><sm:loc>https://x.fr/s1.xml</sm:loc></sm:sitemap></sm:sitemapindex>')).toEqual({
      urls: [],
      sitemaps: ['https://x.fr/s1.xml'],
    });
    expect(parseSitemap('<urlset><url><loc>https://x.fr/?a=1&amp;b=2</loc></url></urlset>').urls).toEqual(['https://x.fr/?a=1&b=2']);
    expect(parseSitemap('<html><body>Not found</body></html>')).toEqual({ urls: [], sitemaps: [] });
    expect(parseSitemap('<<<')).toEqual({ urls: [], sitemaps: [] });
  });
});

describe('robots token, random quota and picks', () => {
  it('matches robots.txt groups by a product token', () => {
    expect(robotsToken('rgaa-audit/0.1.0')).toBe('rgaa-audit');
    expect(robotsToken('Mozilla/5.0 (X11; Linux x86_64) Chrome/130 rgaa-audit/0.1')).toBe('rgaa-audit');
    expect(robotsToken('Googlebot/2.1')).toBe('googlebot');
  });

  it('asks for at least 10 % random pages, within the room left', () => {
    expect(randomQuota(10, 1, 0.1)).toBe(1);
    expect(randomQuota(11, 1, 0.1)).toBe(2);
    expect(randomQuota(20, 1, 0.1)).toBe(2);
    expect(randomQuota(3, 1, 0.1)).toBe(1);
    expect(randomQuota(10, 1, 0.25)).toBe(3);
    expect(randomQuota(10, 9, 0.25)).toBe(1);
    expect(randomQuota(10, 10, 0.1)).toBe(0);
    expect(randomQuota(10, 1, 0)).toBe(0);
  });

  it('draws the same indexes for the same seed', () => {
    const draw = (seed: number) => {
      const p = seededPicker(seed);
      return Array.from({ length: 20 }, () => p.index(50));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((i) => i >= 0 && i < 50)).toBe(true);
  });
});

describe('httpFetcher', () => {
  let server: StaticServer;
  const seen: { path: string; ua: string | undefined }[] = [];
  beforeAll(async () => {
    server = await serveStatic(`${SITES}/mairie`, {
      handler: async (req, res) => {
        seen.push({ path: req.url ?? '', ua: req.headers['user-agent'] });
        if (req.url === '/big') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end('<p>' + 'é'.repeat(100_000) + '</p>');
          return true;
        }
        if (req.url === '/slow') {
          await new Promise((r) => setTimeout(r, 1500));
          res.writeHead(200, { 'content-type': 'text/html' }).end('late');
          return true;
        }
        if (req.url === '/moved') {
          res.writeHead(301, { location: '/contact' }).end();
          return true;
        }
        if (req.url === '/latin1') {
          res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<p>Mentions l\u00e9gales</p>', 'latin1'));
          return true;
        }
        return false;
      },
    });
  });
  afterAll(() => server.close());
  const fetcher = httpFetcher({ userAgent: 'rgaa-audit/0.1 (tests)', timeoutMs: 500, maxBytes: 1000 });

  it('sends the user agent, follows redirects and reads HTML', async () => {
    const r = await fetcher(`${server.url}/moved`);
    expect(r).toMatchObject({ finalUrl: `${server.url}/contact`, status: 200, contentType: 'text/html; charset=utf-8' });
    expect('body' in r && r.body).toContain('Nous contacter');
    expect(seen.find((s) => s.path === '/moved')?.ua).toBe('rgaa-audit/0.1 (tests)');
  });

  it('cuts the body at maxBytes and decodes the declared charset', async () => {
    const big = await fetcher(`${server.url}/big`);
    expect('body' in big && Buffer.byteLength(big.body)).toBeLessThanOrEqual(1000);
    const latin = await fetcher(`${server.url}/latin1`);
    expect('body' in latin && latin.body).toBe('<p>Mentions légales</p>');
  });

  it('does not read other content types', async () => {
    const r = await fetcher(`${server.url}/docs/guide-demarches.pdf`);
    expect(r).toMatchObject({ status: 200, contentType: 'application/pdf', body: '' });
  });

  it('returns HTTP errors as statuses, and timeouts and refused connections as errors', async () => {
    expect(await fetcher(`${server.url}/nowhere`)).toMatchObject({ status: 404 });
    expect(await fetcher(`${server.url}/slow`)).toEqual({ url: `${server.url}/slow`, error: 'timeout' });
    const port = await closedPort();
    const refused = await fetcher(`http://127.0.0.1:${port}/`);
    expect('error' in refused && refused.error).toMatch(/ECONNREFUSED/);
    expect(await fetcher('not a url')).toEqual({ url: 'not a url', error: 'invalid URL' });
  });
});
