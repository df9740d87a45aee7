import { describe, it, expect } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { findBrowser, launchBrowser } from '../../src/gather/browser.js';
import { documentStatus, sameDocument } from '../../src/gather/page.js';

// Pages are navigated from URL to URL in pooled tabs (src/gather/pool.ts): nothing a page leaves
// behind may reach the next one, and a beforeunload prompt must not block the next navigation.
describe('pooled pages', () => {
  const h = useHarness({ concurrency: 1 });

  it('shows each page a clean state: no cookie, storage or window.name from the page before', async () => {
    const dirty = await h.page('pool/dirty.html');
    expect(dirty.report.error).toBeNull();
    const next = await h.page('pool/clean-state.html');
    expect(next.report.error).toBeNull();
    expect(next.report.title).toBe('état : propre');
    expect(h.session.pool.stats.reused).toBeGreaterThan(0);
  });

  it('gives the same results for a page whatever page came before it in the tab', async () => {
    const alone = await h.page('checks/img-decorative-alt/nc.html');
    await h.page('pool/dirty.html');
    const after = await h.page('checks/img-decorative-alt/nc.html');
    const strip = (r: typeof alone.report) => JSON.stringify(r.criteria);
    expect(strip(after.report)).toBe(strip(alone.report));
    // The popup the dirty page opened is not counted as opened by the next page (13.2).
    expect(after.report.criteria['13.2']?.status).toBe(alone.report.criteria['13.2']?.status);
  });
});

// Media are never fetched (GatherOptions.block), and the blocking keeps the HTTP cache on: the
// pages of a pooled tab share the styles the pages before them loaded, as in a visitor's browser.
describe('blocked media, cached styles', () => {
  const hits = new Map<string, number>();
  const page = (n: number) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Média ${n}</title><link rel="stylesheet" href="/m/style.css"></head>` +
    `<body><main><h1>Média ${n}</h1><video src="/m/clip.mp4" preload="auto" controls></video><audio src="/m/SON.MP3?v=${n}" preload="auto" controls></audio>` +
    `<img src="/m/affiche.mp4.png" alt="Affiche"></main></body></html>`;
  const h = useHarness(
    { concurrency: 1 },
    {
      handler: (req, res) => {
        const path = (req.url ?? '').split('?')[0];
        if (!path.startsWith('/m/')) return false;
        hits.set(path, (hits.get(path) ?? 0) + 1);
        if (path.startsWith('/m/page')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(path.slice(7))));
        else if (path === '/m/style.css') res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'max-age=600' }).end('main{margin:1em}');
        else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('x');
        return true;
      },
    },
  );

  it('never requests a media file, requests the rest, and fetches a cacheable style once for two pages of one tab', async () => {
    const first = await h.page('/m/page1');
    const second = await h.page('/m/page2');
    expect(first.report.error).toBeNull();
    expect(second.report.error).toBeNull();
    expect(h.session.pool.stats.reused).toBeGreaterThan(0);
    expect(hits.get('/m/clip.mp4')).toBeUndefined();
    expect(hits.get('/m/SON.MP3')).toBeUndefined();
    // Ends like a media file only in the middle: an image, fetched.
    expect(hits.get('/m/affiche.mp4.png')).toBeGreaterThanOrEqual(1);
    expect(hits.get('/m/style.css')).toBe(1);
  });
});

// A page's own navigation, started after its audit (a reload, a delayed redirect), must not cost
// the next page audited in the same tab: that page's navigation, cut short, is tried again at
// once in another tab.
describe('a page that navigates after its audit', () => {
  let go = false;
  let left = () => undefined as void;
  const leaving = new Promise<void>((r) => (left = r));
  const h = useHarness(
    { concurrency: 1 },
    {
      handler: (req, res) => {
        const [path, query] = (req.url ?? '').split('?');
        if (!path.startsWith('/n/')) return false;
        const html = (title: string, body: string) =>
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`);
        // The first page asks every 20 ms whether to leave: yes once the next page is asked for.
        if (path === '/n/go') res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(go ? 'yes' : 'no');
        else if (path === '/n/restless') {
          if (query === 'again') left();
          html('Agitée', `<script>setInterval(() => fetch('/n/go').then((r) => r.text()).then((t) => { if (t === 'yes') location.href = '/n/restless?again'; }), 20)</script>`);
        } else if (path === '/n/next') {
          // Answered once the first page has left (its navigation started while this one waited).
          go = true;
          void Promise.race([leaving, new Promise((r) => setTimeout(r, 5000))]).then(() => html('Suivante', '<p>Rien à signaler.</p>'));
        } else return false;
        return true;
      },
    },
  );

  it('the next page in the tab is audited, not interrupted by the page before', async () => {
    const restless = await h.page('/n/restless');
    expect(restless.report.error).toBeNull();
    const next = await h.page('/n/next');
    expect(next.report.error).toBeNull();
    expect(next.report.title).toBe('Suivante');
    expect(next.report.finalUrl).toBe(h.url('/n/next'));
    expect(h.session.pool.stats.reused).toBeGreaterThan(0);
    expect(h.session.stats.retries).toBe(1);
  });
});

// Two pages of a procedure may differ only by their fragment (`/form` then `/form#etape-2`). In a
// pooled tab that still shows `/form`, a plain navigation to `/form#etape-2` would only scroll the
// document already there, which the audit before has used (focus moved, viewport narrowed, probes
// run): the second page must be a document loaded for it, with its own HTTP status.
describe('pages that differ only by their fragment', () => {
  let loads = 0;
  const h = useHarness(
    { concurrency: 1 },
    {
      handler: (req, res) => {
        if ((req.url ?? '').split('?')[0] !== '/f/form') return false;
        loads++;
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Formulaire ${loads}</title></head><body><main><h1 id="etape-2">Formulaire</h1></main></body></html>`);
        return true;
      },
    },
  );

  it('loads the document again for the second page, with its HTTP status', async () => {
    const first = await h.page('/f/form');
    const second = await h.page('/f/form#etape-2');
    expect(first.report.httpStatus).toBe(200);
    expect(h.session.pool.stats.reused).toBeGreaterThan(0);
    expect(second.report.error).toBeNull();
    expect(second.report.httpStatus).toBe(200);
    expect(second.report.title).toBe('Formulaire 2');
    expect(second.report.finalUrl).toBe(h.url('/f/form#etape-2'));
    expect(loads).toBe(2);
  });
});

// When Playwright saw no request for a navigation, goto() gives no response: the page's status is
// then read from the document's Navigation Timing entry.
describe('the status of a document without a response object', () => {
  const h = useHarness({ concurrency: 1 }, {
    handler: (req, res) => {
      if ((req.url ?? '') !== '/s/gone') return false;
      res.writeHead(410, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Partie</title><p>Partie.</p>');
      return true;
    },
  });

  it('reads 200 and 410 from the document, and null where there is no HTTP response', async () => {
    const browser = await launchBrowser(await findBrowser());
    try {
      const page = await browser.newPage();
      await page.goto(h.url('pool/clean-state.html'));
      expect(await documentStatus(page)).toBe(200);
      await page.goto(h.url('/s/gone'));
      expect(await documentStatus(page)).toBe(410);
      await page.goto('about:blank');
      expect(await documentStatus(page)).toBeNull();
    } finally {
      await browser.close();
    }
  });

  it('tells a fragment-only change of the same URL from a new document', () => {
    expect(sameDocument('https://a.fr/form', 'https://a.fr/form#etape-2')).toBe(true);
    expect(sameDocument('https://a.fr/form#etape-1', 'https://a.fr/form#etape-2')).toBe(true);
    expect(sameDocument('https://a.fr/form', 'https://a.fr/form')).toBe(false);
    expect(sameDocument('https://a.fr/form#x', 'https://a.fr/form')).toBe(false);
    expect(sameDocument('https://a.fr/form?a=1', 'https://a.fr/form?a=2#x')).toBe(false);
    expect(sameDocument('about:blank', 'about:blank#x')).toBe(false);
    // The browser's URL is normalised, the one given may not be.
    expect(sameDocument('https://a.fr/form', 'HTTPS://A.fr/form#etape-2')).toBe(true);
    expect(sameDocument('https://a.fr/', 'https://a.fr#top')).toBe(true);
    expect(sameDocument('https://a.fr/form', 'not a url#x')).toBe(false);
  });
});
