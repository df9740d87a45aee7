/**
 * What the tool says about every check fixture and the demo, kept in a committed file
 * (tests/checks/__snapshots__/fixtures.json): per page, the status of every criterion and test,
 * the findings and the review items (test, source, selector, message).
 *
 * It pins behaviour while the code moves: a change of status or finding fails this test. A change
 * made on purpose (a new fact, a fixed drift) is written with `npx vitest run
 * tests/checks/snapshot.test.ts -u` and its diff explained in the commit. In CI the file is never
 * written.
 *
 * Audited: each fixtures/checks/**\/*.html page alone (as `rgaa-audit audit <url>`), the
 * cross-page fixture sets as one procedure each, and the demo procedure as `rgaa-audit demo` does.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AuditSession, defaultAuditOptions } from '../../src/audit.js';
import { DEFAULT_GATHER } from '../../src/gather/page.js';
import { serveStatic, type StaticServer } from '../../src/serve.js';
import { FIXTURES } from '../helpers/harness.js';
import { formatSnapshot, snapshotPage, type SnapshotPage } from './snapshot.js';
import { contractBreaches } from './contract.js';

/** Fixture pages audited together, as the check tests do (cross-page checks). */
const SETS: Record<string, string[]> = {
  'nav-cross-page consistent': ['nav-cross-page/page-a', 'nav-cross-page/page-b'],
  'nav-cross-page moved': ['nav-cross-page/page-a', 'nav-cross-page/page-b', 'nav-cross-page/page-menu-moved', 'nav-cross-page/page-sitemap-moved'],
  'nav-cross-page bare': ['nav-cross-page/bare-a', 'nav-cross-page/bare-b'],
  'req-title-relevance same': ['req-title-relevance/same-a', 'req-title-relevance/same-b', 'req-title-relevance/same-c'],
};

/**
 * What depends on how long a page took to load (a CSS animation still running or over, a moving
 * text's position when the reflow is measured), masked in the snapshot, each with its reason.
 */
const VOLATILE: { page: RegExp; criterion?: string; line?: RegExp; mask: string }[] = [
  // A 1 s entrance animation: running or over when the page is evaluated (13.7.3 counts running ones).
  { page: /consult-moving-content\/c\.html$/, criterion: '13.7', mask: 'NA or NT: a 1 s animation, running or not when evaluated' },
  // A text moving forever: how far it reaches at 320 px depends on the moment.
  { page: /consult-moving-content\/n[ct]\.html$/, line: /scrolls horizontally \(\d+ px for/, mask: 'scrolls horizontally (N px for' },
  // A style sheet from the same server under another host name (another origin): its URL holds the server's port.
  { page: /consult-orientation-lock\/nt\.html$/, line: /localhost:\d+/g, mask: 'localhost:PORT' },
  // A frame from the same server under another host name: the nested frame's parent URL holds the port.
  { page: /frame-title-nested\/nc-other-origin\.html$/, line: /localhost:\d+/g, mask: 'localhost:PORT' },
];

function masked(key: string, p: SnapshotPage): SnapshotPage {
  for (const v of VOLATILE.filter((x) => x.page.test(key))) {
    if (v.criterion && p.criteria[v.criterion]) p.criteria[v.criterion] = `(${v.mask})`;
    if (v.line) for (const list of [p.findings, p.review]) list.forEach((l, i) => (list[i] = l.replace(v.line!, v.mask)));
  }
  return p;
}

function fixturePages(dir = join(FIXTURES, 'checks')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? fixturePages(join(dir, e.name)) : e.name.endsWith('.html') ? [relative(join(FIXTURES, 'checks'), join(dir, e.name))] : []))
    .sort();
}

describe('fixtures snapshot', () => {
  let server: StaticServer;
  let demo: StaticServer;
  const pages: Record<string, SnapshotPage> = {};
  /** Results that break their check's meta (tests/checks/contract.ts), on any page. */
  const breaches: string[] = [];

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    server = await serveStatic(FIXTURES);
    demo = await serveStatic(join(FIXTURES, 'demo'));
    const url = (p: string) => `${server.url}/checks/${p}`;
    const files = fixturePages();
    const session = new AuditSession({ ...defaultAuditOptions(), concurrency: 2, settle: 1000, timeout: 30_000 });
    // The demo's options (src/cli/main.ts auditOptions with its defaults), a fixed date.
    const demoSession = new AuditSession({ ...DEFAULT_GATHER, concurrency: 2, interactive: true, screenshots: 0, process: false, judge: { asOf: '2026-01-15', method: '2020', rateSource: 'declared' } });
    try {
      const single = files.map(async (f) => {
        const { report, gathered } = await session.auditProcedure({ id: f, name: f, urls: [url(f)] });
        breaches.push(...gathered.flatMap((g) => (g.raw ? contractBreaches(g.raw).map((b) => `${f}: ${b}`) : [])));
        return [[`checks/${f}`, snapshotPage(report.pages[0], server.url)]] as const;
      });
      const sets = Object.entries(SETS).map(async ([name, list]) => {
        const { report, gathered } = await session.auditProcedure({ id: name, name, urls: list.map((p) => url(`${p}.html`)) });
        breaches.push(...gathered.flatMap((g) => (g.raw ? contractBreaches(g.raw).map((b) => `${name}: ${b}`) : [])));
        return report.pages.map((p, i) => [`set ${name}: checks/${list[i]}.html`, snapshotPage(p, server.url)] as const);
      });
      const demoRun = (async () => {
        const paths = ['/', '/demarche', '/accessibilite'];
        const { report, gathered } = await demoSession.auditProcedure({ id: 'demo', name: 'demo', urls: paths.map((p) => demo.url + p) });
        breaches.push(...gathered.flatMap((g) => (g.raw ? contractBreaches(g.raw).map((b) => `demo: ${b}`) : [])));
        return report.pages.map((p, i) => [`demo ${paths[i]}`, snapshotPage(p, demo.url)] as const);
      })();
      for (const entries of await Promise.all([...single, ...sets, demoRun])) for (const [k, v] of entries) pages[k] = masked(k, v);
    } finally {
      await session.close();
      await demoSession.close();
    }
  }, 900_000);

  afterAll(async () => {
    await server?.close();
    await demo?.close();
  });

  it('every fixture page and the demo: same statuses, findings and review items as the committed snapshot', async () => {
    const files = fixturePages();
    // Not an empty comparison: every page audited, without error.
    expect(Object.keys(pages).length).toBe(files.length + Object.values(SETS).flat().length + 3);
    const failed = Object.entries(pages).filter(([, p]) => p.criteria.error);
    expect(failed.map(([k, p]) => `${k}: ${p.criteria.error}`)).toEqual([]);
    // Every check on every page keeps to its meta (the tests it names, what it may return).
    expect(breaches).toEqual([]);
    const ordered = Object.fromEntries(Object.keys(pages).sort().map((k) => [k, pages[k]]));
    await expect(formatSnapshot(ordered)).toMatchFileSnapshot('./__snapshots__/fixtures.json');
  });
});
