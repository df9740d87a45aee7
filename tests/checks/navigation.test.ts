/**
 * Theme 12 checks on their fixtures (fixtures/checks/<check-id>/): C → no failure and the mapped
 * tests are C (auto: full) or not NC; NC → NC with a finding on the faulty element; NA → NA.
 */
import { describe, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import type { Status } from '../../src/model/types.js';
import { multipleWays, menuConsistency, sitemapAccess, searchAccess, type NavFacts, type NavMenu } from '../../src/evaluate/checks/navigation.js';
import { evaluatePage } from '../../src/evaluate/evaluate.js';
import type { RawPage } from '../../src/gather/inpage.js';
import { loadRules } from '../../src/model/rules.js';

type Want = Status | 'notNC';
interface Case {
  fixture: string;
  check: string;
  /** Test (x.y.z) or criterion (x.y) → expected status. */
  want: Record<string, Want>;
  /** A finding of this check on this test whose snippet contains this text. */
  finding?: [test: string, snippet: string];
  /** The raw check has no failure (conforming fixtures). */
  clean?: boolean;
  /** The raw check has at least one doubt. */
  doubt?: boolean;
}

const CASES: Case[] = [
  // Keyboard walk (interactive): 10.7.1, 12.9.1, 12.7.2.
  { fixture: 'nav-keyboard-walk/c', check: 'nav-keyboard-walk', want: { '10.7.1': 'NT', '12.9.1': 'NT', '12.7.2': 'NT' }, clean: true },
  { fixture: 'nav-keyboard-walk/nc-focus', check: 'nav-keyboard-walk', want: { '10.7.1': 'NC', '10.7': 'NC', '12.9.1': 'NT' }, finding: ['10.7.1', 'Premier lien'] },
  { fixture: 'nav-keyboard-walk/nc-trap', check: 'nav-keyboard-walk', want: { '12.9.1': 'NC', '12.9': 'NC' }, finding: ['12.9.1', 'id="piege"'] },
  { fixture: 'nav-keyboard-walk/nc-skip', check: 'nav-keyboard-walk', want: { '12.7.2': 'NC' }, finding: ['12.7.2', 'Aller au contenu'] },
  { fixture: 'nav-keyboard-walk/na', check: 'nav-keyboard-walk', want: { '10.7': 'NA', '12.9': 'NA' }, clean: true },
  { fixture: 'nav-key-shortcuts/nt', check: 'nav-key-shortcuts', want: { '12.10': 'NT' }, clean: true },
  { fixture: 'nav-key-shortcuts/na', check: 'nav-key-shortcuts', want: { '12.10': 'NA' }, clean: true },
  { fixture: 'nav-revealed-content/nt', check: 'nav-revealed-content', want: { '12.11': 'NT' }, clean: true },
  { fixture: 'nav-revealed-content/na', check: 'nav-revealed-content', want: { '12.11': 'NA' }, clean: true },
  // In-page checks. nav-positive-tabindex and nav-zones apply to every page: no NA fixture.
  { fixture: 'nav-skip-link/c', check: 'nav-skip-link', want: { '12.7.1': 'NT', '12.7.2': 'NT' }, clean: true },
  { fixture: 'nav-skip-link/nc', check: 'nav-skip-link', want: { '12.7.1': 'NC', '12.7.2': 'NA' }, finding: ['12.7.1', '<main>'] },
  { fixture: 'nav-skip-link/nc-broken', check: 'nav-skip-link', want: { '12.7.2': 'NC', '12.7': 'NC' }, finding: ['12.7.2', 'href="#contenu"'] },
  { fixture: 'nav-skip-link/na', check: 'nav-skip-link', want: { '12.7': 'NA' }, clean: true },
  { fixture: 'nav-positive-tabindex/nt', check: 'nav-positive-tabindex', want: { '12.8.1': 'NT' }, clean: true, doubt: true },
  { fixture: 'nav-positive-tabindex/c', check: 'nav-positive-tabindex', want: { '12.8.1': 'NT' }, clean: true },
  { fixture: 'nav-zones/c', check: 'nav-zones', want: { '12.6.1': 'NT' }, clean: true },
  { fixture: 'nav-zones/nc', check: 'nav-zones', want: { '12.6.1': 'NC' }, finding: ['12.6.1', '<body'] },
  { fixture: 'nav-sitemap-page/nt', check: 'nav-sitemap-page', want: { '12.3': 'NT' }, clean: true },
  { fixture: 'nav-sitemap-page/na', check: 'nav-sitemap-page', want: { '12.3': 'NA' }, clean: true },
  // Cross-page checks on a one-page sample: never NC; NA without menu, site map link or search.
  { fixture: 'nav-cross-page/bare-a', check: 'nav-multiple-ways', want: { '12.1.1': 'NT', '12.2': 'NA', '12.4': 'NA', '12.5': 'NA' }, clean: true, doubt: true },
  { fixture: 'nav-cross-page/page-a', check: 'nav-menu-consistency', want: { '12.1.1': 'NT', '12.2.1': 'NT', '12.4.2': 'NT', '12.5.2': 'NT' }, clean: true },
];

describe.concurrent('theme 12 checks', () => {
  const h = useHarness();
  for (const c of CASES) {
    it(`${c.fixture} (${c.check})`, async ({ expect }) => {
      const { report, gathered } = await h.page(`checks/${c.fixture}.html`);
      expect(report.error).toBeNull();
      const raw = gathered.raw!.checks[c.check];
      expect(raw, c.check).toBeDefined();
      expect(raw && 'error' in raw ? raw.error : null).toBeNull();
      if (!raw || 'error' in raw) return;
      for (const [id, want] of Object.entries(c.want)) {
        const crit = id.split('.').slice(0, 2).join('.');
        const got = id.split('.').length === 3 ? report.criteria[crit].tests[id] : report.criteria[crit].status;
        if (want === 'notNC') expect(got, id).not.toBe('NC');
        else expect(got, id).toBe(want);
      }
      if (c.clean) expect(raw.failures, 'failures').toEqual([]);
      if (c.doubt) expect(raw.doubts.length, 'doubts').toBeGreaterThan(0);
      if (c.finding) {
        const [test, snippet] = c.finding;
        const crit = test.split('.').slice(0, 2).join('.');
        const f = report.criteria[crit].findings.find((x) => x.test === test && x.source === `check:${c.check}`);
        expect(f, `finding on ${test}`).toBeDefined();
        expect(f!.snippet).toContain(snippet);
        expect(f!.selector).not.toBe('');
        expect(f!.message).not.toBe('');
      }
    });
  }

  // Cross-page checks on a sample of several pages (same browser).
  const site = (p: string) => `checks/nav-cross-page/${p}.html`;

  it('finds a menu and a site map link that moved, and leaves consistent pages alone', async ({ expect }) => {
    const ok = await h.procedure([site('page-a'), site('page-b')], 'consistent');
    for (const id of ['12.1', '12.2', '12.4', '12.5']) expect(ok.criteria[id].status, id).not.toBe('NC');
    const moved = await h.procedure([site('page-a'), site('page-b'), site('page-menu-moved'), site('page-sitemap-moved')], 'moved');
    expect(moved.criteria['12.2'].status).toBe('NC');
    expect(moved.criteria['12.2'].findings.some((f) => /menu « Principale » comes after the main content/.test(f.message))).toBe(true);
    expect(moved.criteria['12.4'].status).toBe('NC');
    expect(moved.criteria['12.4'].findings.some((f) => f.test === '12.4.2' && /in the header here but in the footer/.test(f.message))).toBe(true);
    expect(moved.criteria['12.5'].status).not.toBe('NC');
  });

  it('reports two pages without any navigation system as NC for 12.1', async ({ expect }) => {
    const proc = await h.procedure([site('bare-a'), site('bare-b')], 'bare');
    expect(proc.criteria['12.1'].status).toBe('NC');
    expect(proc.criteria['12.1'].findings[0].message).toMatch(/only 0 navigation system/);
    expect(proc.criteria['12.2'].status).toBe('NA');
  });
});

/* ---------------- cross-page checks, pure (no browser) ---------------- */


const place = { region: 'banner', pos: 'before-main' as const, top: 0, left: 0, visible: true };
const MENU: NavMenu = { name: 'Principale', links: ['/services', '/actualites', '/contact'], ...place };
function nav(over: Partial<NavFacts> = {}): NavFacts {
  return { path: '/page', isHome: false, menus: [MENU], linkLists: 1, search: null, sitemap: null, process: false, ...over };
}
const pages = (...f: NavFacts[]) => f.map((navigation, i) => ({ url: `https://x.fr/p${i}`, facts: { navigation } as Record<string, unknown> }));

describe('theme 12 cross-page logic', () => {
  it('12.1: never NC on a one-page sample; NC on two pages with one system; a doubt when a page looks like a process step', ({ expect }) => {
    const one = multipleWays(pages(nav()));
    expect(one['https://x.fr/p0'].failures).toEqual([]);
    expect(one['https://x.fr/p0'].doubts).toHaveLength(1);
    const two = multipleWays(pages(nav(), nav()));
    expect(two['https://x.fr/p1'].failures[0].message).toMatch(/only 1 navigation system/);
    const process = multipleWays(pages(nav(), nav({ process: true })));
    expect(process['https://x.fr/p0'].failures).toEqual([]);
    expect(process['https://x.fr/p0'].doubts[0].message).toMatch(/process/);
    const ok = multipleWays(pages(nav({ sitemap: { ...place, region: 'contentinfo', text: 'Plan du site', href: '/plan' } }), nav()));
    expect(ok['https://x.fr/p1'].failures).toEqual([]);
  });

  it('12.2: the home page and pages without a menu are NA; a desktop and a mobile copy of a menu do not count as a move', ({ expect }) => {
    const r = menuConsistency(pages(nav({ isHome: true }), nav({ menus: [], linkLists: 0 }), nav()));
    expect(r['https://x.fr/p0'].applicable).toBe(0);
    expect(r['https://x.fr/p1'].applicable).toBe(0);
    const mobile: NavMenu = { ...MENU, region: 'contentinfo', pos: 'after-main', visible: false };
    const copies = menuConsistency(pages(nav({ menus: [MENU, mobile] }), nav({ menus: [MENU, mobile] })));
    expect(copies['https://x.fr/p0'].failures).toEqual([]);
    const moved = menuConsistency(pages(nav(), nav({ menus: [{ ...MENU, pos: 'after-main', region: 'contentinfo' }] })));
    expect(moved['https://x.fr/p0'].failures[0].message).toMatch(/before the main content here but after the main content/);
  });

  it('12.4 / 12.5: NA when no page has a site map link or a search; a doubt where one page lacks it; NC when it moves', ({ expect }) => {
    expect(sitemapAccess(pages(nav(), nav()))['https://x.fr/p0'].applicable).toBe(0);
    const map = { ...place, region: 'contentinfo', pos: 'after-main' as const, text: 'Plan du site', href: '/plan' };
    const missing = sitemapAccess(pages(nav({ sitemap: map }), nav()));
    expect(missing['https://x.fr/p1'].applicable).toBe(1);
    expect(missing['https://x.fr/p1'].doubts[0].message).toMatch(/not found on this page/);
    expect(missing['https://x.fr/p1'].failures).toEqual([]);
    const moved = sitemapAccess(pages(nav({ sitemap: map }), nav({ sitemap: { ...map, region: 'banner', pos: 'before-main' } })));
    expect(moved['https://x.fr/p0'].byTest!['12.4.2'].failures).toHaveLength(1);
    expect(moved['https://x.fr/p0'].byTest!['12.4.3'].failures).toHaveLength(1);
    const search = { ...place, kind: 'field' as const };
    const s = searchAccess(pages(nav({ search }), nav({ search: { ...search, kind: 'control' } })));
    expect(s['https://x.fr/p0'].failures).toEqual([]);
    expect(s['https://x.fr/p0'].byTest!['12.5.1'].doubts[0].message).toMatch(/form field here but a button or link/);
  });

  it('12.4.1 / 12.5.1: what the checks list for these tests reaches the review of the page', ({ expect }) => {
    const rules = loadRules();
    const raw = (checks: RawPage['checks']): RawPage => ({ axe: { violations: {}, incomplete: {} }, scopes: {}, checks, facts: { title: 't', lang: 'fr', doctype: null, mentions: [] }, errors: [], timings: { axe: 0, checks: 0, total: 0 } });
    const search = { ...place, kind: 'field' as const };
    const s = searchAccess(pages(nav({ search }), nav({ search: { ...search, kind: 'control' } })))['https://x.fr/p0'];
    const r541 = evaluatePage(rules, raw({ 'nav-search-access': s }))['12.5'];
    expect(r541.tests['12.5.1']).toBe('NT');
    expect(r541.review?.filter((f) => f.test === '12.5.1' && f.source === 'check:nav-search-access').map((f) => f.message)).toEqual([expect.stringMatching(/form field here but a button or link/)]);
    const map = { ...place, region: 'contentinfo', pos: 'after-main' as const, text: 'Plan du site', href: '/plan' };
    const m = sitemapAccess(pages(nav({ sitemap: map }), nav()))['https://x.fr/p1'];
    const r441 = evaluatePage(rules, raw({ 'nav-sitemap-access': m }))['12.4'];
    expect(r441.review?.filter((f) => f.test === '12.4.1').map((f) => f.message)).toEqual([expect.stringMatching(/not found on this page/)]);
  });
});
