/**
 * Security properties of a run, on a site behind a login (served on 127.0.0.1):
 * - secrets never leak: a procedure with a Playwright `storageState` (a session cookie and a
 *   localStorage token) and one with `login` steps (a password from the environment, then an
 *   HttpOnly session cookie and a token the page copies into localStorage) are audited behind
 *   the wall; none of these values appears in any report format, in results.jsonl, on stdout
 *   or on stderr;
 * - the tool writes only under --output: the working directory, the input's folder, HOME and
 *   TMPDIR (each a fresh folder for the run) are left as they were.
 * Report escaping of page content is covered by tests/report (hostile.ts, html, csv, markdown).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { BASE_ARGS, BIN, waitFor } from '../batch/util.js';

/** The CLI in `cwd`, with exactly this environment added (HOME, TMPDIR…). */
function runIn(cwd: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const secret = (what: string) => `${what}-${randomBytes(12).toString('hex')}`;
const S = {
  /** In the storage-state file: the session cookie, and a localStorage token. */
  stateCookie: secret('statecookie'),
  stateToken: secret('statetoken'),
  /** The login's password, from the environment. */
  password: secret('password'),
  /** Set by the site after the login: an HttpOnly session cookie and a token cookie the page copies into localStorage. */
  loginSession: secret('loginsession'),
  loginToken: secret('logintoken'),
};
const PASSWORD_ENV = 'RGAA_TEST_SECURITY_PASSWORD';

const page = (title: string, body: string, script = '') =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<header><a href="/">Accueil</a></header><main><h1>${title}</h1>${body}</main>` +
  `<footer><a href="/accessibilite">Accessibilité : partiellement conforme</a></footer>${script ? `<script>${script}</script>` : ''}</body></html>`;

/** Defects, so that the reports carry findings (selectors, snippets) from the walled pages. */
const DEFECTS = '<img src="/logo.png"><form><input type="text" name="numero"><button></button></form><p style="color:#bbb;background:#fff">Texte pâle</p>';

function cookies(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries((req.headers.cookie ?? '').split(/;\s*/).filter(Boolean).map((c) => c.split('=', 2) as [string, string]));
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const c = cookies(req);
  if (path === '/') return send(res, 200, page('Accueil', '<p>Bienvenue</p>'));
  if (path === '/accessibilite') return send(res, 200, page('Déclaration d’accessibilité', '<p>État de conformité : partiellement conforme. 60 % des critères.</p>'));
  if (path === '/espace') {
    // Behind the storage state: the cookie is checked here, the localStorage token by the page.
    if (c.session !== S.stateCookie) return send(res, 302, '', { location: '/connexion' });
    return send(res, 200, page('Mon espace', DEFECTS, `document.title = 'Mon espace — ' + (localStorage.getItem('token') ? 'jeton présent' : 'jeton absent');`));
  }
  if (path === '/connexion' && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    const form = new URLSearchParams(body);
    if (form.get('identifiant') !== 'agent' || form.get('mot_de_passe') !== S.password) return send(res, 401, page('Connexion refusée', '<p>Refusé</p>'));
    return send(res, 302, '', { location: '/compte', 'set-cookie': [`sess=${S.loginSession}; Path=/; HttpOnly; SameSite=Lax`, `jeton=${S.loginToken}; Path=/; SameSite=Lax`] });
  }
  if (path === '/connexion') {
    return send(
      res,
      200,
      page('Connexion', '<form method="post" action="/connexion"><label for="identifiant">Identifiant</label><input id="identifiant" name="identifiant"><label for="mot_de_passe">Mot de passe</label><input id="mot_de_passe" name="mot_de_passe" type="password"><button type="submit">Se connecter</button></form>'),
    );
  }
  if (path === '/compte') {
    if (c.sess !== S.loginSession) return send(res, 302, '', { location: '/connexion' });
    // The page keeps the token in localStorage (as single-page apps do); the value is never in the HTML.
    const script = `const m = document.cookie.match(/(?:^|; )jeton=([^;]+)/); if (m) localStorage.setItem('jeton', m[1]); document.title = 'Mon compte — ' + (localStorage.getItem('jeton') ? 'jeton présent' : 'jeton absent');`;
    return send(res, 200, page('Mon compte', `<div id="compte">${DEFECTS}</div>`, script));
  }
  return send(res, 404, page('Introuvable', '<p>Introuvable</p>'));
}

/** Every file under `dir`, relative, with its size (folders end with /). */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        out.push(relative(dir, p) + '/');
        walk(p);
      } else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

describe('security: secrets and where the tool writes', () => {
  let server: Server;
  let base: string;
  let root: string;
  const dirs = { input: '', cwd: '', out: '', home: '', tmp: '' };
  let run: { code: number | null; stdout: string; stderr: string };
  let before: Record<string, string[]>;

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    server = createServer((req, res) => {
      handle(req, res).catch(() => send(res, 500, 'error'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    root = mkdtempSync(join(tmpdir(), 'rgaa-security-'));
    for (const k of Object.keys(dirs) as (keyof typeof dirs)[]) mkdirSync((dirs[k] = join(root, k)));
    writeFileSync(
      join(dirs.input, 'state.json'),
      JSON.stringify({
        cookies: [{ name: 'session', value: S.stateCookie, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' }],
        origins: [{ origin: base, localStorage: [{ name: 'token', value: S.stateToken }] }],
      }),
    );
    writeFileSync(
      join(dirs.input, 'procedures.yaml'),
      [
        'procedures:',
        '  - id: espace-storage-state',
        '    name: Espace (storage state)',
        `    url: ${base}/espace`,
        '    storageState: state.json',
        '  - id: compte-login',
        '    name: Compte (login)',
        `    url: ${base}/compte`,
        '    login:',
        `      - goto: ${base}/connexion`,
        '      - fill: { selector: "#identifiant", value: agent }',
        `      - fill: { selector: "#mot_de_passe", value: "\${env:${PASSWORD_ENV}}" }`,
        '      - click: "button[type=submit]"',
        '      - waitFor: "#compte"',
        '',
      ].join('\n'),
    );
    before = Object.fromEntries(Object.entries(dirs).map(([k, d]) => [k, listing(d)]));
    const formats = 'json,html,markdown,csv,grid,junit,sarif,batch-csv,dashboard';
    run = await runIn(dirs.cwd, ['batch', join(dirs.input, 'procedures.yaml'), '--output', dirs.out, '--format', formats, ...BASE_ARGS], {
      [PASSWORD_ENV]: S.password,
      HOME: dirs.home,
      TMPDIR: dirs.tmp,
      XDG_CONFIG_HOME: join(dirs.home, '.config'),
      XDG_CACHE_HOME: join(dirs.home, '.cache'),
    });
  }, 180_000);

  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('audits behind the wall: the storage state and the login were used', () => {
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dirs.out, 'rgaa-audit.json'), 'utf8')) as {
      procedures: { id: string; error: string | null; pages: { finalUrl: string; title: string; error: string | null }[]; rate: { NC: number } }[];
    };
    const [state, login] = report.procedures;
    expect(state.pages[0]).toMatchObject({ finalUrl: `${base}/espace`, error: null, title: 'Mon espace — jeton présent' });
    expect(login.pages[0]).toMatchObject({ finalUrl: `${base}/compte`, error: null, title: 'Mon compte — jeton présent' });
    for (const p of [state, login]) expect(p.rate.NC, p.id).toBeGreaterThan(0);
  });

  it('no secret in any report format, results.jsonl, stdout or stderr', () => {
    const files = listing(dirs.out).filter((f) => !f.endsWith('/'));
    for (const ext of ['.json', '.html', '.md', '.csv', '.grid.csv', '.junit.xml', '.sarif', '.batch.csv', '.dashboard.html']) expect(files, ext).toContain(`rgaa-audit${ext}`);
    expect(files).toContain('results.jsonl');
    const texts: [string, string][] = [...files.map((f): [string, string] => [f, readFileSync(join(dirs.out, f), 'utf8')]), ['stdout', run.stdout], ['stderr', run.stderr]];
    // The reports do carry the walled pages' findings: what is checked is really there.
    const md = readFileSync(join(dirs.out, 'rgaa-audit.md'), 'utf8');
    for (const path of ['espace', 'compte']) expect(md).toMatch(new RegExp(`\\| /${path} \\| img \\| .*&lt;img src`));
    for (const [where, text] of texts) {
      for (const [name, value] of Object.entries(S)) expect(text.includes(value), `${name} in ${where}`).toBe(false);
      // Not even the hex part (e.g. URL-encoded or in another shape).
      for (const [name, value] of Object.entries(S)) expect(text.includes(value.split('-')[1]), `${name} (hex) in ${where}`).toBe(false);
    }
  });

  it('writes only under --output: nothing left in cwd, the input folder, HOME or TMPDIR', async () => {
    // Left behind, that is: Chromium's helper processes may still be removing their own temporary
    // files for a moment after the CLI has exited.
    const unchanged = () => (['cwd', 'input', 'home', 'tmp'] as const).every((k) => JSON.stringify(listing(dirs[k])) === JSON.stringify(before[k]));
    await waitFor(unchanged, 5_000, 'the folders to be as before').catch(() => undefined);
    for (const k of ['cwd', 'input', 'home', 'tmp'] as const) expect(listing(dirs[k]), k).toEqual(before[k]);
    const perProcedure = ['procedures/', ...['espace-storage-state', 'compte-login'].flatMap((id) => [`procedures/${id}.html`, `procedures/${id}.json`])];
    expect(listing(dirs.out).sort()).toEqual(
      ['results.jsonl', ...perProcedure, ...['.json', '.html', '.md', '.csv', '.grid.csv', '.junit.xml', '.sarif', '.batch.csv', '.dashboard.html'].map((e) => `rgaa-audit${e}`)].sort(),
    );
  });
});

describe("Chromium's temporary files", () => {
  it('go to a folder of the browser\'s own inside TMPDIR, removed when the browser closes', async () => {
    const { findBrowser, launchBrowser } = await import('../../src/gather/browser.js');
    const tmp = mkdtempSync(join(tmpdir(), 'rgaa-browser-tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const browser = await launchBrowser(await findBrowser());
      const own = readdirSync(tmp).filter((f) => f.startsWith('rgaa-audit-chromium-'));
      expect(own).toHaveLength(1);
      const page = await browser.newPage();
      await page.setContent('<p>Texte</p><canvas></canvas>');
      // Chromium's shared memory files (.org.chromium.Chromium.*) are never in the user's TMPDIR.
      expect(readdirSync(tmp).filter((f) => f.startsWith('.org.chromium'))).toEqual([]);
      await browser.close();
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      process.env.TMPDIR = saved;
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
