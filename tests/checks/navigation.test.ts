/**
 * Theme 12 checks on their fixtures (fixtures/checks/<check-id>/): C → no failure and the mapped
 * tests are C (auto: full) or not NC; NC → NC with a finding on the faulty element; NA → NA.
 */
import { describe, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { runRows, type Row } from './rows.js';
import { multipleWays } from '../../src/evaluate/checks/12-navigation/nav-multiple-ways.js';
import { menuConsistency } from '../../src/evaluate/checks/12-navigation/nav-menu-consistency.js';
import { sitemapAccess } from '../../src/evaluate/checks/12-navigation/nav-sitemap-access.js';
import { searchAccess } from '../../src/evaluate/checks/12-navigation/nav-search-access.js';
import type { NavFacts, NavMenu } from '../../src/evaluate/checks/12-navigation/navigation-facts.js';
import { evaluatePage } from '../../src/evaluate/evaluate.js';
import type { RawPage } from '../../src/gather/inpage.js';
import { loadRules } from '../../src/model/rules.js';
import { renderMessage } from '../../src/model/message.js';
import { checkById } from '../../src/evaluate/checks/registry.js';
import type { CheckNode } from '../../src/gather/inpage-api.js';

const rows: Row[] = [
  // Keyboard walk (interactive): 10.7.1, 12.9.1, 12.7.2.
  { file: 'nav-keyboard-walk/c', check: 'nav-keyboard-walk', failures: 0, tests: { '10.7.1': 'NT', '12.9.1': 'NT', '12.7.2': 'NT' } },
  { file: 'nav-keyboard-walk/nc-focus', check: 'nav-keyboard-walk', tests: { '10.7.1': 'NC', '12.9.1': 'NT' }, criteria: { '10.7': 'NC' }, findings: [{ test: '10.7.1', snippet: 'Premier lien' }] },
  { file: 'nav-keyboard-walk/nc-focus-pseudo', check: 'nav-keyboard-walk', failures: 1, tests: { '10.7.1': 'NC' }, findings: [{ test: '10.7.1', snippet: 'Premier lien' }] }, // only an empty ::after changes colour
  { file: 'nav-keyboard-walk/nc-trap', check: 'nav-keyboard-walk', tests: { '12.9.1': 'NC' }, criteria: { '12.9': 'NC' }, findings: [{ test: '12.9.1', snippet: 'id="piege"' }] },
  { file: 'nav-keyboard-walk/nc-skip', check: 'nav-keyboard-walk', tests: { '12.7.2': 'NC' }, findings: [{ test: '12.7.2', snippet: 'Aller au contenu' }] },
  { file: 'nav-keyboard-walk/na', check: 'nav-keyboard-walk', failures: 0, criteria: { '10.7': 'NA', '12.9': 'NA' } },
  { file: 'nav-key-shortcuts/nt', check: 'nav-key-shortcuts', failures: 0, criteria: { '12.10': 'NT' } },
  { file: 'nav-key-shortcuts/na', check: 'nav-key-shortcuts', failures: 0, criteria: { '12.10': 'NA' } },
  { file: 'nav-revealed-content/nt', check: 'nav-revealed-content', failures: 0, criteria: { '12.11': 'NT' } },
  { file: 'nav-revealed-content/na', check: 'nav-revealed-content', failures: 0, criteria: { '12.11': 'NA' } },
  // In-page checks. nav-zones applies to every page: no NA fixture; 12.8 is NA from its scopes.
  { file: 'nav-skip-link/c', check: 'nav-skip-link', failures: 0, tests: { '12.7.1': 'NT', '12.7.2': 'NT' } },
  { file: 'nav-skip-link/nc', check: 'nav-skip-link', tests: { '12.7.1': 'NC', '12.7.2': 'NA' }, findings: [{ test: '12.7.1', snippet: '<main>' }] },
  { file: 'nav-skip-link/nc-broken', check: 'nav-skip-link', tests: { '12.7.2': 'NC' }, criteria: { '12.7': 'NC' }, findings: [{ test: '12.7.2', snippet: 'href="#contenu"' }] },
  { file: 'nav-skip-link/na', check: 'nav-skip-link', failures: 0, criteria: { '12.7': 'NA' } },
  // Near miss: the skip link leads to a wrapper holding the breadcrumb before <main>: the main content zone may start there, a doubt.
  { file: 'nav-skip-link/nt-wrapper', check: 'nav-skip-link', failures: 0, doubts: true, tests: { '12.7.1': 'NT' }, review: [{ test: '12.7.1', snippet: 'href="#contenu"' }] },
  { file: 'nav-positive-tabindex/nt', check: 'nav-positive-tabindex', failures: 0, doubts: true, tests: { '12.8.1': 'NT' } },
  { file: 'nav-positive-tabindex/c', check: 'nav-positive-tabindex', failures: 0, tests: { '12.8.1': 'NT' } },
  // nav-frame-tabindex: 12.8.1 (a frame out of the tab order whose document holds focusable elements)
  { file: 'nav-frame-tabindex/c', check: 'nav-frame-tabindex', failures: 0, doubts: false, applicable: 1, tests: { '12.8.1': 'NT' } },
  { file: 'nav-frame-tabindex/nc', check: 'nav-frame-tabindex', failures: 1, tests: { '12.8.1': 'NC' }, findings: [{ test: '12.8.1', selector: '#fr-skipped' }] },
  { file: 'nav-frame-tabindex/nt', check: 'nav-frame-tabindex', failures: 0, doubts: true, tests: { '12.8.1': 'NT' }, review: [{ test: '12.8.1', selector: '#fr-foreign' }] },
  // Nothing can take the focus and no script: no tab order (12.8.1) and nothing inserted (12.8.2).
  { file: 'nav-positive-tabindex/na-no-focusable', check: 'nav-positive-tabindex', failures: 0, tests: { '12.8.1': 'NA', '12.8.2': 'NA' }, criteria: { '12.8': 'NA' } },
  { file: 'nav-zones/c', check: 'nav-zones', failures: 0, tests: { '12.6.1': 'NT' } },
  // A doubt, never NC: whether the links form a zone shared by several pages is a guess (issue 13).
  { file: 'nav-zones/nt', check: 'nav-zones', failures: 0, doubts: true, tests: { '12.6.1': 'NT' }, review: [{ test: '12.6.1', snippet: '<body' }] },
  { file: 'nav-sitemap-page/nt', check: 'nav-sitemap-page', failures: 0, criteria: { '12.3': 'NT' } },
  { file: 'nav-sitemap-page/na', check: 'nav-sitemap-page', failures: 0, criteria: { '12.3': 'NA' } },
  // Cross-page checks on a one-page sample: never NC; NA without menu, site map link or search.
  { file: 'nav-cross-page/bare-a', check: 'nav-multiple-ways', failures: 0, doubts: true, tests: { '12.1.1': 'NT' }, criteria: { '12.2': 'NA', '12.4': 'NA', '12.5': 'NA' } },
  { file: 'nav-cross-page/page-a', check: 'nav-menu-consistency', failures: 0, tests: { '12.1.1': 'NT', '12.2.1': 'NT', '12.4.2': 'NT', '12.5.2': 'NT' } },
];

describe.concurrent('theme 12 checks', () => {
  const h = useHarness();
  runRows(h, rows);

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

  it('12.1 is never NC: two pages without navigation, or a first step of a process with one field, are listed for a human', async ({ expect }) => {
    const proc = await h.procedure([site('bare-a'), site('bare-b')], 'bare');
    expect(proc.criteria['12.1'].status).toBe('NT');
    expect(proc.pages[0].criteria['12.1'].review?.[0].message).toMatch(/offer only 0 navigation system.*particular cases/);
    expect(proc.criteria['12.2'].status).toBe('NA');
    // The false NC seen (issue 13): a first step with a single field did not look like a process.
    const step = await h.procedure([site('bare-a'), site('step-one-field')], 'step');
    expect(step.criteria['12.1'].status).toBe('NT');
    for (const p of step.pages) expect(p.criteria['12.1'].findings).toEqual([]);
  });
});

/* ---------------- cross-page checks, pure (no browser) ---------------- */


const place = { region: 'banner', pos: 'before-main' as const, top: 0, left: 0, visible: true };
const MENU: NavMenu = { name: 'Principale', links: ['/services', '/actualites', '/contact'], ...place };
function nav(over: Partial<NavFacts> = {}): NavFacts {
  return { path: '/page', isHome: false, menus: [MENU], linkLists: 1, search: null, sitemap: null, process: false, ...over };
}
/** What a check's raw node says, in English, as the finding will. */
const en = (check: string, n: CheckNode) => renderMessage(checkById(check)!.meta.messages, { id: n.messageId, params: n.params }, 'en');
const pages = (...f: NavFacts[]) => f.map((navigation, i) => ({ url: `https://x.fr/p${i}`, facts: { navigation } as Record<string, unknown> }));

describe('theme 12 cross-page logic', () => {
  it('12.1: never NC (a process or a site of very few pages cannot be ruled out); fewer than two systems is a doubt, two or more nothing', ({ expect }) => {
    const one = multipleWays(pages(nav()));
    expect(one['https://x.fr/p0'].failures).toEqual([]);
    expect(one['https://x.fr/p0'].doubts).toHaveLength(1);
    const two = multipleWays(pages(nav(), nav()));
    expect(two['https://x.fr/p1'].failures).toEqual([]);
    expect(en('nav-multiple-ways', two['https://x.fr/p1'].doubts[0])).toMatch(/offer only 1 navigation system.*RGAA 12\.1/);
    const process = multipleWays(pages(nav(), nav({ process: true })));
    expect(process['https://x.fr/p0'].failures).toEqual([]);
    expect(en('nav-multiple-ways', process['https://x.fr/p0'].doubts[0])).toMatch(/process/);
    const ok = multipleWays(pages(nav({ sitemap: { ...place, region: 'contentinfo', text: 'Plan du site', href: '/plan' } }), nav()));
    expect(ok['https://x.fr/p1'].failures).toEqual([]);
    expect(ok['https://x.fr/p1'].doubts).toEqual([]);
  });

  it('12.2: the home page and pages without a menu are NA; a desktop and a mobile copy of a menu do not count as a move', ({ expect }) => {
    const r = menuConsistency(pages(nav({ isHome: true }), nav({ menus: [], linkLists: 0 }), nav()));
    expect(r['https://x.fr/p0'].applicable).toBe(0);
    expect(r['https://x.fr/p1'].applicable).toBe(0);
    const mobile: NavMenu = { ...MENU, region: 'contentinfo', pos: 'after-main', visible: false };
    const copies = menuConsistency(pages(nav({ menus: [MENU, mobile] }), nav({ menus: [MENU, mobile] })));
    expect(copies['https://x.fr/p0'].failures).toEqual([]);
    const moved = menuConsistency(pages(nav(), nav({ menus: [{ ...MENU, pos: 'after-main', region: 'contentinfo' }] })));
    expect(en('nav-menu-consistency', moved['https://x.fr/p0'].failures[0])).toMatch(/before the main content here but after the main content/);
  });

  it('12.4 / 12.5: NA when no page has a site map link or a search; a doubt where one page lacks it; NC when it moves', ({ expect }) => {
    expect(sitemapAccess(pages(nav(), nav()))['https://x.fr/p0'].applicable).toBe(0);
    const map = { ...place, region: 'contentinfo', pos: 'after-main' as const, text: 'Plan du site', href: '/plan' };
    const missing = sitemapAccess(pages(nav({ sitemap: map }), nav()));
    expect(missing['https://x.fr/p1'].applicable).toBe(1);
    expect(en('nav-sitemap-access', missing['https://x.fr/p1'].doubts[0])).toMatch(/not found on this page/);
    expect(missing['https://x.fr/p1'].failures).toEqual([]);
    const moved = sitemapAccess(pages(nav({ sitemap: map }), nav({ sitemap: { ...map, region: 'banner', pos: 'before-main' } })));
    expect(moved['https://x.fr/p0'].byTest!['12.4.2'].failures).toHaveLength(1);
    expect(moved['https://x.fr/p0'].byTest!['12.4.3'].failures).toHaveLength(1);
    const search = { ...place, kind: 'field' as const };
    const s = searchAccess(pages(nav({ search }), nav({ search: { ...search, kind: 'control' } })));
    expect(s['https://x.fr/p0'].failures).toEqual([]);
    expect(en('nav-search-access', s['https://x.fr/p0'].byTest!['12.5.1'].doubts[0])).toMatch(/form field here but a button or link/);
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
