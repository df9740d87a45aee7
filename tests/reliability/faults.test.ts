/**
 * Reliability (issue 8, part 1): faults injected by a server this file starts on 127.0.0.1. For each
 * fault: the run finishes, the faulty page gets its documented error status (README, « Page error
 * statuses »), and a healthy page audited in the same run at the same time comes out exactly as when
 * audited alone. Memory and leftovers (connections, processes, files) are checked where they matter.
 *
 * Budgets are short: pages get 15 s (a busy 2-core machine must not turn a healthy page into a
 * timeout), pages that are meant to time out get 3 s, and no retries unless a test is about them.
 * The checks that drive the live page (keyboard walk, popups) run only in the tests that need them.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright';
import { AuditSession, defaultAuditOptions } from '../../src/audit.js';
import type { GatheredPage, GatherOptions } from '../../src/gather/page.js';
import { MAX_PAGE_BYTES } from '../../src/gather/guard.js';
import type { PageReport } from '../../src/model/types.js';
import { FIXTURES } from '../helpers/harness.js';
import { descendants, type Proc } from '../helpers/procs.js';

const BIN = join(FIXTURES, '..', 'bin', 'rgaa-audit.js');
const HEALTHY_TIMEOUT = 15_000;
const FAULT_TIMEOUT = 3_000;

/* ------------------------------------------------------------------------------------------------
 * The faulty server
 * ---------------------------------------------------------------------------------------------- */

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/** A small but real page: the healthy neighbour of every fault (its result must not change). */
const OK = page(
  'Demande de carte',
  `<p>Remplissez le formulaire.</p><img src="/logo.svg" alt="Logo de la mairie">
   <form><label for="nom">Nom</label><input id="nom" name="nom" autocomplete="family-name">
   <input id="ville" name="ville" placeholder="Ville"><button>Envoyer</button></form>
   <p><a href="/aide">ici</a></p>`,
);
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

/** 30 MB of ordinary markup (many small paragraphs), built once. */
const BIG = (() => {
  const row = '<p>Ligne de contenu d’une page démesurée, pour éprouver la mémoire.</p>\n';
  const head = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Énorme</title></head><body><main><h1>Énorme</h1>';
  const n = Math.ceil((30 * 1024 * 1024) / Buffer.byteLength(row));
  return Buffer.from(head + row.repeat(n) + '</main></body></html>');
})();

interface Conn {
  path: string;
  start: number;
  /** When the connection closed (client gone or response ended). */
  end: number | null;
  /** Body bytes handed to the socket. */
  sent: number;
}

const DOWNLOAD_MARKER = `rgaa-audit-download-marker-${process.pid}-${Date.now()}`;

function handler(other: () => string, conns: Conn[]) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://x');
    const conn: Conn = { path: url.pathname + url.search, start: Date.now(), end: null, sent: 0 };
    conns.push(conn);
    res.on('close', () => (conn.end = Date.now()));
    const html = (status: number, body: string, headers: Record<string, string> = {}): void =>
      void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
    /** Stream a buffer by 64 KB chunks, honouring backpressure, counting what was written. */
    const stream = (buf: Buffer, headers: Record<string, string>) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      let at = 0;
      const pump = () => {
        while (at < buf.length && !res.destroyed) {
          const chunk = buf.subarray(at, at + 65536);
          at += chunk.length;
          conn.sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    };
    switch (url.pathname) {
      case '/ok':
        return html(200, OK);
      case '/ok2':
        return html(200, page('Page suivante', '<p>La page où l’on arrive.</p>'));
      case '/logo.svg':
        return void res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(LOGO);
      case '/hang':
        return; // never answered
      case '/drip': {
        // Headers and the start of a page, then one byte every 200 ms, for 5 minutes.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!doctype html><html lang="fr"><head><title>Goutte à goutte</title></head><body><p>');
        const t = setInterval(() => {
          if (res.destroyed) return clearInterval(t);
          conn.sent++;
          res.write('.');
        }, 200);
        setTimeout(() => (clearInterval(t), res.end()), 300_000).unref();
        res.on('close', () => clearInterval(t));
        return;
      }
      case '/500':
        return html(500, page('Erreur', '<p>Erreur interne.</p>'));
      case '/404':
        return html(404, page('Page introuvable', '<p>Introuvable.</p>'));
      case '/403':
        // What a bot-blocking firewall answers.
        return html(403, page('Accès refusé', '<p>Votre requête a été bloquée.</p>'), { server: 'waf' });
      case '/429':
        return html(429, page('Trop de requêtes', '<p>Réessayez plus tard.</p>'), { 'retry-after': '1' });
      case '/loop':
        return html(302, '', { location: '/loop2' });
      case '/loop2':
        return html(302, '', { location: '/loop' });
      case '/wall':
        return html(302, '', { location: `${other()}/connexion?service=${encodeURIComponent('http://x/demarche')}` });
      case '/wall-sso':
        return html(302, '', { location: `${other()}/oauth2/authorize?client_id=demarche` });
      case '/moved':
        return html(301, '', { location: `${other()}/ok` });
      case '/inscription':
        return html(302, '', { location: '/inscription/etape-1' });
      case '/inscription/etape-1':
        return html(200, page('Créer mon compte', '<form method="post"><label for="m">Courriel</label><input id="m" name="m" type="email"><label for="p">Mot de passe</label><input id="p" name="p" type="password"><button>Créer mon compte</button></form>'));
      case '/se-connecter':
        return html(302, '', { location: '/connexion' });
      case '/connexion':
        return html(200, page('Connexion', '<form method="post"><label for="u">Identifiant</label><input id="u" name="u"><label for="p">Mot de passe</label><input id="p" name="p" type="password"><button>Se connecter</button></form>'));
      case '/oauth2/authorize':
        return html(200, page('S’identifier', '<p><button type="button">S’identifier avec FranceConnect</button></p>'));
      case '/big':
        return stream(BIG, { 'content-length': String(BIG.length) });
      case '/big-chunked':
        return stream(BIG, {});
      case '/busy':
        return html(200, page('Occupée', '<p>avant</p><script>while (true) {}</script><p>après</p>'));
      case '/busy-late':
        return html(200, page('Occupée plus tard', '<p>Chargée, puis bloquée.</p><script>addEventListener("load", () => setTimeout(() => { while (true) {} }, 100))</script>'));
      case '/dialogs':
        return html(
          200,
          page(
            'Dialogues',
            `<p id="out">…</p><a href="/ok2">Suite</a><script>
              alert('Bienvenue');
              addEventListener('load', () => {
                const c = confirm('Continuer ?');
                const p = prompt('Votre nom ?', 'x');
                document.title = 'Dialogues : confirm=' + c + ', prompt=' + p;
              });
              addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });
              // The keyboard walk of the audit gives the page a user activation: leave at the first key.
              addEventListener('keydown', () => { location.href = '/ok2'; }, { once: true });
            </script>`,
          ),
        );
      case '/popup':
        return html(200, page('Fenêtre surgissante', '<p>Une fenêtre s’ouvre au chargement.</p><script>window.open("/popup-target", "pub")</script>'));
      case '/popup-target':
        // While it lives, this window calls the server every 100 ms.
        return html(200, page('Publicité', '<script>setInterval(() => fetch("/beacon"), 100)</script>'));
      case '/beacon':
        return void res.writeHead(204).end();
      case '/download':
        return void res
          .writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="formulaire-cerfa.bin"' })
          .end(DOWNLOAD_MARKER);
      case '/away':
        return html(200, page('Partie', '<p>Redirige après le chargement.</p><script>addEventListener("load", () => setTimeout(() => { location.href = "/ok2"; }, 50))</script>'));
      case '/away-forever':
        return html(200, page('Instable', '<p>Se recharge sans cesse.</p><script>addEventListener("load", () => setTimeout(() => location.reload(), 20))</script>'));
      case '/crash':
        return html(200, OK);
      case '/slow':
        return void setTimeout(() => html(200, OK), 1500);
      default:
        return html(404, page('Page introuvable', '<p>Introuvable.</p>'));
    }
  };
}

function listen(server: Server, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve(`http://${host}:${(server.address() as AddressInfo).port}`));
  });
}

function stop(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  server.closeAllConnections();
  return new Promise((r) => server.close(() => r()));
}

/** A self-signed certificate for 127.0.0.1: made with openssl when present, else the test-only one in fixtures/tls/. */
function selfSigned(dir: string): { key: Buffer; cert: Buffer } {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    const tls = join(FIXTURES, 'tls');
    return { key: readFileSync(join(tls, 'test-only-key.pem')), cert: readFileSync(join(tls, 'test-only-cert.pem')) };
  }
}

/* ------------------------------------------------------------------------------------------------
 * Processes (Linux /proc): the browser started by this test process
 * ---------------------------------------------------------------------------------------------- */

/**
 * Main browser processes started by this test process (Playwright talks to them over a pipe).
 * A child the browser has just forked carries its parent's command line until it execs (seen once
 * in CI: the main and its fresh child both listed), so a process whose parent is a browser is not a main.
 */
const browserMains = () => {
  const procs = descendants();
  const isBrowser = (p: Proc) => p.cmd.includes('--remote-debugging-pipe');
  const browserPids = new Set(procs.filter(isBrowser).map((p) => p.pid));
  return procs.filter((p) => isBrowser(p) && !p.cmd.includes('--type=') && !browserPids.has(p.ppid));
};
const renderers = () => descendants().filter((p) => p.cmd.includes('--type=renderer'));

/** CPU seconds (user + system) a process used so far; 0 once gone. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/** Renderers of this test process that keep burning CPU (an idle one uses next to none; on a loaded machine a spinning one still gets over 15 %). */
async function spinningRenderers(): Promise<number[]> {
  const before = new Map(renderers().map((p) => [p.pid, cpuSeconds(p.pid)]));
  await sleep(1000);
  return [...before].filter(([pid, cpu]) => cpuSeconds(pid) - cpu > 0.15).map(([pid]) => pid);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

/* ------------------------------------------------------------------------------------------------
 * The tests
 * ---------------------------------------------------------------------------------------------- */

type Audited = { report: PageReport; gathered: GatheredPage };

describe('faults: nothing lost', () => {
  let srv: Server;
  let otherSrv: Server;
  let tlsSrv: Server;
  let base: string;
  let otherBase: string;
  let tlsBase: string;
  let tmp: string;
  const conns: Conn[] = [];
  /** Renderers the test hook has crashed (one per audit of /crash that reached its evaluation). */
  let crashes = 0;
  /** Without the interactive checks (fast); `live` with them, for the faults they meet. */
  let session: AuditSession;
  let live: AuditSession;
  /** The healthy page audited alone by each session: what it must look like next to every fault. */
  const reference = new Map<AuditSession, PageReport>();

  type Extra = Partial<GatherOptions> & { retries?: number };
  const audit = async (path: string, extra: Extra = {}, s = session): Promise<Audited> => {
    const gathered = await s.gather(path.startsWith('http') ? path : base + path, extra);
    return { report: s.toPageReport(gathered), gathered };
  };

  /** The faulty page and the healthy one, in flight at the same time in the same session. */
  const withHealthy = async (path: string, extra: Extra = {}, s = session) => {
    const t0 = Date.now();
    const [fault, ok] = await Promise.all([audit(path, extra, s), audit('/ok', {}, s)]);
    return { fault, ok, ms: Date.now() - t0 };
  };
  const timingOut = (path: string) => withHealthy(path, { timeout: FAULT_TIMEOUT });

  const expectIntact = (ok: Audited, s = session) => {
    expect(ok.report.error, 'the healthy page of the same run').toBeNull();
    expect(ok.report.httpStatus).toBe(200);
    expect(ok.report.criteria).toEqual(reference.get(s)!.criteria);
    expect(ok.report.rate).toEqual(reference.get(s)!.rate);
  };

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    tmp = mkdtempSync(join(tmpdir(), 'rgaa-faults-'));
    srv = createHttp(handler(() => otherBase, conns));
    otherSrv = createHttp(handler(() => base, conns));
    tlsSrv = createHttps(selfSigned(tmp), handler(() => otherBase, conns));
    base = await listen(srv);
    otherBase = await listen(otherSrv); // another port: another origin
    tlsBase = (await listen(tlsSrv)).replace('http:', 'https:');
    const options = { ...defaultAuditOptions(), concurrency: 2, perHost: 4, settle: 250, timeout: HEALTHY_TIMEOUT, retries: 0, backoff: 100 };
    session = new AuditSession({ ...options, interactive: false });
    live = new AuditSession(options);
    // Test-only hook: crash the renderer of /crash in the middle of its audit (after the evaluation,
    // before the interactive checks), as an out-of-memory kill would.
    session.hooks.unshift(async (p: Page) => {
      if (!p.url().endsWith('/crash')) return;
      crashes++;
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Page.crash').catch(() => undefined);
    });
    for (const s of [session, live]) reference.set(s, (await audit('/ok', {}, s)).report);
  });

  afterAll(async () => {
    await Promise.all([session?.close(), live?.close()]);
    await Promise.all([stop(srv), stop(otherSrv), stop(tlsSrv)]);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the healthy page is audited (the reference every other test compares with)', () => {
    for (const r of reference.values()) {
      expect(r.error).toBeNull();
      expect(r.httpStatus).toBe(200);
      expect(r.rate).not.toBeNull();
      // Deliberate defects, so that the comparison is not between two empty results.
      expect(Object.values(r.criteria).some((c) => c.status === 'NC')).toBe(true);
      expect(Object.values(r.criteria).some((c) => c.status === 'C')).toBe(true);
    }
  });

  describe('pages that never finish', () => {
    it('never answers → timeout at the page budget; the connection is closed, not left open', async () => {
      const from = conns.length;
      const { fault, ok, ms } = await timingOut('/hang');
      expect(fault.report.error).toBe('timeout: the page did not finish within 3 s');
      expect(fault.report.httpStatus).toBeNull();
      expect(ms).toBeLessThan(HEALTHY_TIMEOUT);
      expectIntact(ok);
      const hang = conns.slice(from).find((c) => c.path === '/hang')!;
      await waitFor(() => hang.end !== null, 3_000, 'the browser to drop the /hang connection');
      expect(hang.end! - hang.start).toBeLessThan(FAULT_TIMEOUT + 3_000);
    });

    it('drips one byte every 200 ms for minutes → timeout; the download is cut at the budget', async () => {
      const from = conns.length;
      const { fault, ok } = await timingOut('/drip');
      expect(fault.report.error).toBe('timeout: the page did not finish within 3 s');
      expectIntact(ok);
      const drip = conns.slice(from).find((c) => c.path === '/drip')!;
      await waitFor(() => drip.end !== null, 3_000, 'the browser to drop the /drip connection');
      expect(drip.end! - drip.start).toBeLessThan(FAULT_TIMEOUT + 3_000);
      expect(drip.sent).toBeLessThan(40);
    });

    it('a script that busy-loops while the page loads (while (true)) → timeout; its renderer is gone after', async () => {
      const { fault, ok, ms } = await timingOut('/busy');
      expect(fault.report.error).toMatch(/^timeout: the page did not (finish|load) within 3 s$/);
      expect(ms).toBeLessThan(HEALTHY_TIMEOUT);
      expectIntact(ok);
      // The spinning renderer went with its context: no process left burning a core.
      expect(await spinningRenderers(), 'a renderer still spinning').toEqual([]);
    });

    it('a script that busy-loops after load, during the evaluation → timeout (the evaluation cannot hang the run)', async () => {
      const { fault, ok, ms } = await timingOut('/busy-late');
      expect(fault.report.error).toBe('timeout: the page did not finish within 3 s');
      expect(fault.report.httpStatus).toBe(200);
      expect(ms).toBeLessThan(HEALTHY_TIMEOUT);
      expectIntact(ok);
      expect(await spinningRenderers(), 'a renderer still spinning').toEqual([]);
    });
  });

  describe('HTTP errors', () => {
    it('500, 404 and 403 (bot blocking) → "HTTP <code> <text>", not retried; the other page intact', async () => {
      const from = conns.length;
      const [e500, e404, e403, ok] = await Promise.all([audit('/500'), audit('/404'), audit('/403'), audit('/ok')]);
      expect(e500.report).toMatchObject({ httpStatus: 500, error: 'HTTP 500 Internal Server Error', rate: null, criteria: {} });
      expect(e404.report).toMatchObject({ httpStatus: 404, error: 'HTTP 404 Not Found', rate: null, criteria: {} });
      expect(e403.report).toMatchObject({ httpStatus: 403, error: 'HTTP 403 Forbidden', rate: null, criteria: {} });
      expect(conns.slice(from).filter((c) => /^\/(500|404|403)$/.test(c.path))).toHaveLength(3);
      expectIntact(ok);
    });

    it('429 with Retry-After: 1 every time → each retry waits the second asked, then "HTTP 429 Too Many Requests"', async () => {
      const from = conns.length;
      const { fault, ok } = await withHealthy('/429', { retries: 2 });
      expect(fault.report).toMatchObject({ httpStatus: 429, error: 'HTTP 429 Too Many Requests', rate: null });
      expect(fault.gathered.retryAfter).toBe(1);
      const tries = conns.slice(from).filter((c) => c.path === '/429');
      expect(tries).toHaveLength(3);
      for (let i = 1; i < tries.length; i++) expect(tries[i].start - tries[i - 1].end!).toBeGreaterThanOrEqual(950);
      expectIntact(ok);
    });
  });

  describe('redirects', () => {
    it('a redirect loop → "too many redirects"', async () => {
      const { fault, ok } = await withHealthy('/loop');
      expect(fault.report.error).toBe('too many redirects (ERR_TOO_MANY_REDIRECTS)');
      expectIntact(ok);
    });

    it('a redirect to a sign-in page on another origin (password field, or an SSO URL) → "login wall", not an audit of the login form', async () => {
      const [wall, sso, ok] = await Promise.all([audit('/wall'), audit('/wall-sso'), audit('/ok')]);
      expect(wall.report.error).toBe(`login wall: redirected to a sign-in page on another origin (${otherBase}/connexion)`);
      expect(wall.report.finalUrl).toBe(`${otherBase}/connexion?service=${encodeURIComponent('http://x/demarche')}`);
      expect(wall.report.rate).toBeNull();
      expect(sso.report.error).toBe(`login wall: redirected to a sign-in page on another origin (${otherBase}/oauth2/authorize)`);
      expectIntact(ok);
    });

    it('on the same origin, only a sign-in URL with a password field is a login wall: an account-creation step is audited', async () => {
      const [signup, signin] = await Promise.all([audit('/inscription'), audit('/se-connecter')]);
      expect(signup.report).toMatchObject({ error: null, httpStatus: 200, finalUrl: `${base}/inscription/etape-1` });
      expect(signup.report.rate).not.toBeNull();
      expect(signin.report.error).toBe(`login wall: redirected to a sign-in page (${base}/connexion)`);
    });

    it('a plain redirect to another origin is followed and audited (no false login wall)', async () => {
      const { fault } = await withHealthy('/moved');
      expect(fault.report).toMatchObject({ error: null, httpStatus: 200, finalUrl: `${otherBase}/ok` });
      expect(fault.report.criteria).toEqual(reference.get(session)!.criteria);
    });
  });

  describe('what the page does to the browser', () => {
    it('alert at parse, confirm and prompt at load (dismissed), beforeunload when it leaves (accepted): the page audited', async () => {
      const { fault, ok } = await withHealthy('/dialogs', {}, live);
      // Dismissed: confirm answered false and prompt null (the page wrote them in its title).
      expect(fault.report).toMatchObject({ error: null, httpStatus: 200, title: 'Dialogues : confirm=false, prompt=null', finalUrl: `${base}/dialogs` });
      expect(fault.report.rate).not.toBeNull();
      // The beforeunload prompt came when the keyboard walk made the page leave: accepted (a pooled
      // page must be able to go to the next URL), after the evaluation.
      expect(fault.gathered.dismissed?.dialogs).toEqual(['alert', 'confirm', 'prompt', 'beforeunload']);
      expectIntact(ok, live);
    });

    it('window.open at load: the window is closed at once, the page audited, 13.2.1 still NC', async () => {
      const from = conns.length;
      const { fault, ok } = await withHealthy('/popup', {}, live);
      expect(fault.report).toMatchObject({ error: null, httpStatus: 200, title: 'Fenêtre surgissante' });
      expect(fault.report.criteria['13.2'].status).toBe('NC');
      expect(JSON.stringify(fault.report.criteria['13.2'].findings)).toContain(`${base}/popup-target`);
      // Closed at once: a live popup would have called /beacon every 100 ms while the page was audited.
      const opened = conns.slice(from).filter((c) => c.path === '/popup-target');
      const beacons = conns.slice(from).filter((c) => c.path === '/beacon');
      expect(fault.gathered.dismissed?.popups).toEqual([`${base}/popup-target`]);
      expect(opened.length).toBeLessThanOrEqual(1);
      expect(beacons.length).toBeLessThanOrEqual(1);
      expectIntact(ok, live);
    });

    it('a download instead of a page → "download refused", nothing written to disk', async () => {
      const since = Date.now();
      const { fault, ok } = await withHealthy('/download');
      expect(fault.report.error).toBe('download refused: the URL serves a file to download (Content-Disposition: attachment), not a page');
      expectIntact(ok);
      // Nowhere a browser would put it: Playwright's artifacts folders, ~/Downloads, the working directory.
      const dirs = [
        ...readdirSync(tmpdir())
          .filter((d) => d.startsWith('playwright-artifacts-'))
          .map((d) => join(tmpdir(), d)),
        join(homedir(), 'Downloads'),
        process.cwd(),
      ];
      const written: string[] = [];
      const walk = (dir: string, depth: number) => {
        if (depth > 3 || !existsSync(dir)) return;
        for (const name of readdirSync(dir)) {
          if (name === 'node_modules' || name === '.git') continue;
          const p = join(dir, name);
          const st = statSync(p, { throwIfNoEntry: false });
          if (!st) continue;
          if (st.isDirectory()) walk(p, depth + 1);
          else if (st.mtimeMs >= since - 1000 && (name.includes('formulaire-cerfa') || (st.size < 1024 && readFileSync(p, 'utf8').includes(DOWNLOAD_MARKER)))) written.push(p);
        }
      };
      for (const d of dirs) walk(d, 0);
      expect(written).toEqual([]);
    });

    it('a page that navigates away by itself after load → the page that is there is audited', async () => {
      const { fault, ok } = await withHealthy('/away');
      expect(fault.report).toMatchObject({ error: null, url: `${base}/away`, finalUrl: `${base}/ok2`, title: 'Page suivante' });
      expect(fault.report.rate).not.toBeNull();
      expectIntact(ok);
    });

    it('a page that keeps reloading itself → audited between two reloads, or "navigated away", never a hang nor a raw error', async () => {
      const { fault, ok, ms } = await timingOut('/away-forever');
      // Which one depends on how fast the evaluation is against the 20 ms between reloads.
      if (fault.report.error === null) {
        expect(fault.report).toMatchObject({ httpStatus: 200, finalUrl: `${base}/away-forever`, title: 'Instable' });
        expect(fault.report.rate).not.toBeNull();
      } else {
        expect(fault.report.error).toMatch(/^(navigated away: the page kept loading new documents by itself during the audit|timeout: the page did not finish within 3 s)$/);
      }
      expect(ms).toBeLessThan(HEALTHY_TIMEOUT);
      expectIntact(ok);
    });

    it('a crashed renderer → "renderer crashed", retried once, other pages fine', async () => {
      const from = conns.length;
      const crashed = crashes;
      const { fault, ok } = await withHealthy('/crash', { retries: 1 });
      expect(fault.report.error).toBe('renderer crashed: the process of the page died (out of memory or a browser fault)');
      expect(fault.report.rate).toBeNull();
      // Audited twice to its crash: the first time and one retry (--retries 1), not more. Counted
      // at the crash, not in the server's requests: a CI run under load (2026-12-05) saw 3 requests
      // for /crash, cause not established (the browser sending a request again on a new
      // connection, or a navigation cut short and taken again: GatheredPage.cutShort); neither is
      // a retry after the crash.
      expect(crashes - crashed).toBe(2);
      expect(conns.slice(from).filter((c) => c.path === '/crash').length).toBeGreaterThanOrEqual(2);
      expectIntact(ok);
    });
  });

  describe('a 30 MB page', () => {
    it('announced (Content-Length) → "page too large" at once, without downloading it', async () => {
      const from = conns.length;
      const rss0 = process.memoryUsage().rss;
      const { fault, ok } = await withHealthy('/big');
      expect(fault.report.error).toBe(`page too large: the document is 30 MB (limit ${MAX_PAGE_BYTES / 1024 / 1024} MB)`);
      expect(fault.gathered.timings.total).toBeLessThan(HEALTHY_TIMEOUT / 3);
      expectIntact(ok);
      const big = conns.slice(from).find((c) => c.path === '/big')!;
      await waitFor(() => big.end !== null, 3_000, 'the browser to drop the /big connection');
      // Socket buffers on loopback hold a few MB: far from the 30.
      expect(big.sent).toBeLessThan(BIG.length / 2);
      expect(process.memoryUsage().rss - rss0).toBeLessThan(64 * 1024 * 1024);
    });

    it('streamed without a length → the page budget ends it; memory comes back', async () => {
      const rss0 = process.memoryUsage().rss;
      const browserKb = () => descendants().reduce((n, p) => n + p.rssKb, 0);
      const kb0 = browserKb();
      const { fault, ok } = await timingOut('/big-chunked');
      expect(fault.report.error).toMatch(/^timeout: the page did not (finish|load) within 3 s$/);
      expectIntact(ok);
      // Nothing of the page is kept by the tool, and its renderer went with its context.
      expect(process.memoryUsage().rss - rss0).toBeLessThan(64 * 1024 * 1024);
      await waitFor(() => browserKb() - kb0 < 150 * 1024, 5_000, `the browser's memory to come back (${kb0} kB before)`);
    });
  });

  describe('TLS', () => {
    it('a self-signed certificate → "TLS error"; with ignoreHttpsErrors the page is audited', async () => {
      const { fault, ok } = await withHealthy(`${tlsBase}/ok`);
      expect(fault.report.error).toBe('TLS error (ERR_CERT_AUTHORITY_INVALID)');
      expectIntact(ok);
      const ignored = await audit(`${tlsBase}/ok`, { ignoreHttpsErrors: true });
      expect(ignored.report).toMatchObject({ error: null, httpStatus: 200 });
      expect(ignored.report.criteria).toEqual(reference.get(session)!.criteria);
    });
  });

  describe('the browser killed in the middle of a run', () => {
    it('SIGKILL of the browser process: the session restarts it and every page is still audited', async () => {
      const own = new AuditSession({ ...defaultAuditOptions(), concurrency: 2, perHost: 4, settle: 500, timeout: HEALTHY_TIMEOUT, retries: 0 });
      try {
        const before = new Set(browserMains().map((p) => p.pid));
        await own.start();
        const mine = browserMains().filter((p) => !before.has(p.pid));
        expect(mine, JSON.stringify(mine.map((p) => [p.pid, p.ppid, p.cmd.slice(0, 80)]))).toHaveLength(1);
        const from = conns.length;
        const run = own.auditProcedure({ id: 'killed', name: 'killed', urls: ['/slow?1', '/slow?2', '/ok'].map((p) => base + p) });
        // Kill it while both slow pages are in flight.
        await waitFor(() => conns.slice(from).filter((c) => c.path.startsWith('/slow')).length >= 2, 10_000, 'two pages in flight');
        process.kill(mine[0].pid, 'SIGKILL');
        const { report } = await run;
        expect(own.stats.restarts).toBeGreaterThanOrEqual(1);
        expect(report.error).toBeNull();
        for (const p of report.pages) {
          expect(p.error, p.url).toBeNull();
          expect(p.httpStatus, p.url).toBe(200);
          expect(p.rate, p.url).not.toBeNull();
        }
        // A new browser runs, the killed one is gone.
        const now = browserMains().filter((p) => !before.has(p.pid));
        expect(now.map((p) => p.pid)).not.toContain(mine[0].pid);
      } finally {
        await own.close();
      }
    });
  });

  describe('the command line', () => {
    const cli = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d) => (stdout += d));
        p.stderr.on('data', (d) => (stderr += d));
        p.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const FAST = ['--timeout', String(HEALTHY_TIMEOUT), '--settle', '500', '--no-declaration', '--no-interactive', '--concurrency', '2'];

    it('audit: a self-signed site is a TLS error (exit 3); --ignore-https-errors audits it', async () => {
      const [refused, accepted] = await Promise.all([
        cli(['audit', `${tlsBase}/ok`, '--format', 'json', ...FAST]),
        cli(['audit', `${tlsBase}/ok`, '--format', 'json', '--ignore-https-errors', ...FAST]),
      ]);
      expect(refused.code, refused.stderr).toBe(3);
      expect(refused.stderr).toContain('rgaa-audit: nothing audited: no page could be audited: TLS error (ERR_CERT_AUTHORITY_INVALID)');
      expect([0, 1], accepted.stderr).toContain(accepted.code);
      const report = JSON.parse(accepted.stdout) as { options: Record<string, unknown>; procedures: { pages: PageReport[] }[] };
      expect(report.procedures[0].pages[0]).toMatchObject({ error: null, httpStatus: 200 });
      expect(report.options.ignoreHttpsErrors).toBe(true);
    });

    it('batch: faulty procedures get their kind and reason, the healthy ones are audited; --ignore-https-errors reaches every page', async () => {
      const yaml = join(tmp, 'faults.yaml');
      const procs = {
        'tls-ok': `${tlsBase}/ok`,
        download: `${base}/download`,
        wall: `${base}/wall`,
        healthy: `${base}/ok`,
        'too-large': `${base}/big`,
        'not-found': `${base}/404`,
      };
      writeFileSync(yaml, `procedures:\n${Object.entries(procs).map(([id, url]) => `  - id: ${id}\n    name: ${id}\n    url: ${url}\n`).join('')}`);
      const out = join(tmp, 'batch');
      const r = await cli(['batch', yaml, '--output', out, '--no-sample', '--retries', '0', '--ignore-https-errors', '--quiet', ...FAST]);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(join(out, 'rgaa-audit.json'), 'utf8')) as { procedures: { id: string; error: string | null; rate: { measured: number | null } }[] };
      const byId = Object.fromEntries(report.procedures.map((p) => [p.id, p]));
      expect(Object.keys(byId)).toEqual(Object.keys(procs));
      expect(byId.download.error).toBe('error: download refused: the URL serves a file to download (Content-Disposition: attachment), not a page');
      expect(byId.wall.error).toBe(`blocked: login wall: redirected to a sign-in page on another origin (${otherBase}/connexion)`);
      expect(byId['too-large'].error).toMatch(/^error: page too large: the document is 30 MB/);
      expect(byId['not-found'].error).toBe('error: HTTP 404 Not Found');
      for (const id of ['tls-ok', 'healthy']) {
        expect(byId[id].error, id).toBeNull();
        expect(byId[id].rate.measured, id).not.toBeNull();
      }
    });
  });
});
