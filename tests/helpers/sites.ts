/**
 * Several fixture sites for the batch tests, each a distinct host for the browser and for the
 * per-host limits: ONE node:http handler listening on 127.0.0.2, 127.0.0.3, … (all of 127.0.0.0/8
 * is loopback on Linux; only 127.0.0.x is ever bound), each on its own random port, routed by
 * `req.socket.localAddress`. Pages come from the small templates in fixtures/batch/.
 *
 * Every request is recorded (site, host, method, path, arrival and end time, status, user agent).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FIXTURES } from './harness.js';

const TEMPLATES = join(FIXTURES, 'batch');

export type DeclState = 'totalement' | 'partiellement' | 'non';

export type Behaviour =
  /** Home, form pages under /demarche, declaration at /accessibilite. */
  | 'normal'
  /** Every response delayed by SLOW_MS. */
  | 'slow'
  /** HTTP 500 on every page. */
  | 'fail'
  /** Nothing listens: a port that was opened, noted and closed. */
  | 'unreachable'
  /** 301 from / to /accueil. */
  | 'redirect'
  /** /demarche… redirects to /connexion unless the cookie session=ok; POST /connexion sets it. */
  | 'login'
  /** robots.txt: Disallow: /demarche. */
  | 'robots'
  /** HTTP 403 on every page. */
  | 'forbidden'
  /** Odd-numbered requests to each path answer 429 with Retry-After: 1, even ones succeed. */
  | 'ratelimit'
  /** No mention; the declaration is only reachable through a footer link named « Accessibilité ». */
  | 'footer'
  /** Never answers (the page times out). */
  | 'hang'
  /** No mention, no link: the declaration is at an unusual path given by `declarationUrl`. */
  | 'config';

export interface SiteDef {
  name: string;
  title: string;
  behaviour: Behaviour;
  /** The published declaration; also the state of the mention on every page. */
  decl?: { state: DeclState; rate: string; date: string; path: string };
}

export const SLOW_MS = 1500;
/** Login form values the fixture login site accepts (the password comes from the environment in the YAML). */
export const LOGIN = { user: 'agent', password: 'fixture-secret', env: 'RGAA_TEST_LOGIN_PASSWORD' };

const A = '/accessibilite';
export const SITE_DEFS: SiteDef[] = [
  { name: 'alpha', title: 'Ville d’Alpha', behaviour: 'normal', decl: { state: 'partiellement', rate: '78,26', date: '12 mars 2025', path: A } },
  { name: 'beta', title: 'Préfecture de Bêta', behaviour: 'normal', decl: { state: 'totalement', rate: '100', date: '3 février 2024', path: A } },
  { name: 'gamma', title: 'Caisse Gamma', behaviour: 'normal', decl: { state: 'non', rate: '32', date: '5 mai 2021', path: A } },
  { name: 'delta', title: 'Région Delta', behaviour: 'normal', decl: { state: 'partiellement', rate: '61,5', date: '02/10/2024', path: A } },
  { name: 'slow', title: 'Agence Lente', behaviour: 'slow', decl: { state: 'partiellement', rate: '80', date: '1er juin 2024', path: A } },
  { name: 'fail', title: 'Office en panne', behaviour: 'fail' },
  { name: 'down', title: 'Service arrêté', behaviour: 'unreachable' },
  { name: 'redirect', title: 'Département Redirigé', behaviour: 'redirect', decl: { state: 'partiellement', rate: '90', date: '15 janvier 2025', path: A } },
  { name: 'login', title: 'Espace Allocataire', behaviour: 'login', decl: { state: 'partiellement', rate: '76', date: '20 novembre 2024', path: A } },
  { name: 'robots', title: 'Mairie Robots', behaviour: 'robots', decl: { state: 'totalement', rate: '100', date: '7 juillet 2025', path: A } },
  { name: 'forbidden', title: 'Portail Interdit', behaviour: 'forbidden' },
  { name: 'ratelimit', title: 'Guichet Limité', behaviour: 'ratelimit', decl: { state: 'partiellement', rate: '55', date: '9 septembre 2024', path: A } },
  { name: 'footer', title: 'Musée du Pied de page', behaviour: 'footer', decl: { state: 'partiellement', rate: '70', date: '30 avril 2025', path: '/informations/engagements' } },
  { name: 'hang', title: 'Service Suspendu', behaviour: 'hang' },
  { name: 'config', title: 'Syndicat des Eaux', behaviour: 'config', decl: { state: 'non', rate: '20', date: '1er mars 2025', path: '/documents/rgaa/declaration' } },
];

export interface SiteRequest {
  site: string;
  /** `127.0.0.x:port`, as the browser addressed it. */
  host: string;
  method: string;
  path: string;
  /** Arrival, ms since epoch. */
  time: number;
  /** When the response ended or the connection closed; null while in flight. */
  end: number | null;
  status: number | null;
  userAgent: string;
}

export interface Sites {
  /** Site name → base URL (`http://127.0.0.x:port`, no trailing slash). */
  sites: Record<string, string>;
  requests: SiteRequest[];
  defs: SiteDef[];
  close(): Promise<void>;
}

const cache = new Map<string, string>();
function template(name: string): string {
  let t = cache.get(name);
  if (t === undefined) cache.set(name, (t = readFileSync(join(TEMPLATES, name), 'utf8')));
  return t;
}

/** `{{key}}` → value (every key must be given). */
export function render(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => {
    if (!(k in vars)) throw new Error(`template: no value for ${m}`);
    return vars[k];
  });
}

const STATE_WORD: Record<DeclState, string> = { totalement: 'totalement conforme', partiellement: 'partiellement conforme', non: 'non conforme' };

function footerOf(def: SiteDef): string {
  if (def.behaviour === 'config' || !def.decl) return '';
  if (def.behaviour === 'footer') return `<li><a href="${def.decl.path}">Accessibilité</a></li>`;
  return `<li><a href="${def.decl.path}">Accessibilité&nbsp;: ${STATE_WORD[def.decl.state]}</a></li>`;
}

function html(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(body);
}

const NOT_FOUND = '<!doctype html><html lang="fr"><title>Page introuvable</title><h1>Page introuvable</h1></html>';

function titleOf(path: string): string {
  const slug = path.replace(/^\/demarche\/?/, '').replace(/\/.*$/, '');
  return slug ? `Démarche ${slug.replace(/-/g, ' ')}` : 'Faire une demande';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

async function serveSite(def: SiteDef, req: IncomingMessage, res: ServerResponse, counters: Map<string, number>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname;
  const b = def.behaviour;
  if (b === 'hang') return; // never answered; the socket is destroyed on close()
  if (b === 'slow') await new Promise((r) => setTimeout(r, SLOW_MS));
  if (b === 'fail') return html(res, 500, '<!doctype html><title>Erreur</title><h1>Erreur interne</h1>');
  if (b === 'forbidden') return html(res, 403, '<!doctype html><title>Accès refusé</title><h1>Accès refusé</h1>');
  if (b === 'ratelimit') {
    const n = (counters.get(path) ?? 0) + 1;
    counters.set(path, n);
    if (n % 2 === 1) return html(res, 429, '<!doctype html><title>Trop de requêtes</title><h1>Trop de requêtes</h1>', { 'retry-after': '1' });
  }
  if (path === '/robots.txt') {
    if (b !== 'robots') return html(res, 404, NOT_FOUND);
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('User-agent: *\nDisallow: /demarche\n');
    return;
  }
  const vars = { siteName: def.title, footer: footerOf(def), path, slug: def.name };
  if (b === 'login') {
    if (path === '/connexion' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      if (form.get('identifiant') === LOGIN.user && form.get('mot_de_passe') === LOGIN.password) {
        return html(res, 302, '', { location: '/demarche', 'set-cookie': 'session=ok; Path=/; HttpOnly; SameSite=Lax' });
      }
      return html(res, 401, render(template('login.html'), vars));
    }
    if (path === '/connexion') return html(res, 200, render(template('login.html'), vars));
    if (/^\/demarche(\/|$)/.test(path) && !/(^|;\s*)session=ok(;|$)/.test(req.headers.cookie ?? '')) {
      return html(res, 302, '', { location: '/connexion' });
    }
  }
  if (b === 'redirect' && path === '/') return html(res, 301, '', { location: '/accueil' });
  if (path === (b === 'redirect' ? '/accueil' : '/')) return html(res, 200, render(template('home.html'), vars));
  if (/^\/demarche(\/|$)/.test(path)) return html(res, 200, render(template('form.html'), { ...vars, procTitle: titleOf(path) }));
  if (def.decl && path === def.decl.path) {
    const d = def.decl;
    return html(res, 200, render(template('declaration.html'), { ...vars, stateWord: STATE_WORD[d.state], rate: d.rate, date: d.date }));
  }
  return html(res, 404, NOT_FOUND);
}

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Start every site of `defs` (default SITE_DEFS) on 127.0.0.2, 127.0.0.3, … */
export async function startSites(defs: SiteDef[] = SITE_DEFS): Promise<Sites> {
  if (defs.length > 250) throw new Error('at most 250 sites (127.0.0.2–127.0.0.251)');
  const byAddress = new Map<string, SiteDef>();
  const requests: SiteRequest[] = [];
  const counters = new Map<string, Map<string, number>>();
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const address = (req.socket.localAddress ?? '').replace(/^::ffff:/, '');
    const def = byAddress.get(address);
    const entry: SiteRequest = {
      site: def?.name ?? '?',
      host: req.headers.host ?? `${address}:${req.socket.localPort}`,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      time: Date.now(),
      end: null,
      status: null,
      userAgent: req.headers['user-agent'] ?? '',
    };
    requests.push(entry);
    res.on('close', () => {
      entry.end = Date.now();
      entry.status = res.headersSent ? res.statusCode : null;
    });
    if (!def) return html(res, 421, 'misdirected');
    if (!counters.has(def.name)) counters.set(def.name, new Map());
    serveSite(def, req, res, counters.get(def.name)!).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  const servers: Server[] = [];
  const sites: Record<string, string> = {};
  for (const [i, def] of defs.entries()) {
    const address = `127.0.0.${i + 2}`;
    const server = createServer(handler);
    const port = await listen(server, address);
    if (def.behaviour === 'unreachable') {
      await new Promise((r) => server.close(r)); // the port is noted, then nothing listens on it
    } else {
      servers.push(server);
      byAddress.set(address, def);
    }
    sites[def.name] = `http://${address}:${port}`;
  }
  return {
    sites,
    requests,
    defs,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}

/**
 * The most requests to one site in flight at once, per site name: for each arrival, the requests of
 * that site that arrived no later and had not ended yet (a request still in flight counts until now;
 * one that ends in the millisecond the next arrives does not overlap it).
 */
export function maxInFlight(requests: SiteRequest[]): Record<string, number> {
  const now = Date.now();
  const bySite = new Map<string, SiteRequest[]>();
  for (const r of requests) bySite.set(r.site, [...(bySite.get(r.site) ?? []), r]);
  const out: Record<string, number> = {};
  for (const [site, list] of bySite) {
    out[site] = Math.max(...list.map((r) => list.filter((q) => q === r || (q.time <= r.time && (q.end ?? now) > r.time)).length));
  }
  return out;
}
