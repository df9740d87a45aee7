/**
 * judge() without a browser: the fetching is injected, so the search, the mention on every page,
 * the sample, the plans and « À venir » are tested on fake pages.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { judge, type FetchedPage, type JudgeInput } from '../../src/judge/discover.js';
import type { JudgeOptions } from '../../src/model/config.js';

const DECL = readFileSync(new URL('../../fixtures/declarations/d01-dinum-standard.html', import.meta.url), 'utf8');
const SITE = 'https://demarche.example.gouv.fr';
const mention = { text: 'Accessibilité : partiellement conforme', href: `${SITE}/accessibilite`, inFooter: true };
const facts = (withMention: boolean) => ({ mentions: withMention ? [mention] : [], a11yLinks: withMention ? [{ href: `${SITE}/accessibilite`, text: 'Accessibilité', inFooter: true }] : [] });
const ok = (url: string, html: string | null, f: FetchedPage['facts'] = null): FetchedPage => ({ url, finalUrl: url, status: 200, error: null, html, facts: f });
const down = (url: string, error = 'unreachable: connection refused (ERR_CONNECTION_REFUSED)'): FetchedPage => ({ url, finalUrl: null, status: null, error, html: null, facts: null });
const opts = (over: Partial<JudgeOptions> = {}): JudgeOptions => ({ asOf: '2025-06-01', method: '2023', rateSource: 'declared', ...over });

function site(pages: Record<string, FetchedPage>) {
  const asked: string[] = [];
  return {
    asked,
    fetch: async (url: string) => {
      asked.push(url);
      return pages[url] ?? { ...ok(url, '<html><body><main><p>Page</p></main></body></html>'), status: 404, error: 'HTTP 404' };
    },
  };
}

describe('judge', () => {
  it('checks the mention and the link to the declaration on every audited page, and the sample against them', async () => {
    const s = site({ [`${SITE}/`]: ok(`${SITE}/`, '<html></html>', facts(true)), [`${SITE}/accessibilite`]: ok(`${SITE}/accessibilite`, DECL) });
    const input: JudgeInput = {
      pages: [
        { url: `${SITE}/demarche/etape-1`, finalUrl: `${SITE}/demarche/etape-1`, title: 'Étape 1 : identification du véhicule', facts: facts(true) },
        { url: `${SITE}/demarche/etape-3`, finalUrl: `${SITE}/demarche/etape-3`, title: 'Étape 3 : confirmation', facts: facts(false) },
      ],
      measuredRate: 60,
      measuredNC: 4,
    };
    const j = await judge(input, s.fetch, opts());
    const d = j.declaration;
    expect(d.declaration?.url).toBe(`${SITE}/accessibilite`);
    expect(d.mentionCoverage?.pages.map((p) => [p.url, p.audited, !!p.mention, p.declarationLink])).toEqual([
      [`${SITE}/demarche/etape-1`, true, true, `${SITE}/accessibilite`],
      [`${SITE}/demarche/etape-3`, true, false, null],
      [`${SITE}/`, false, true, `${SITE}/accessibilite`],
    ]);
    expect(d.mentionCoverage?.withoutMention).toEqual([`${SITE}/demarche/etape-3`]);
    expect(d.mentionCoverage?.withoutDeclarationLink).toEqual([`${SITE}/demarche/etape-3`]);
    expect(d.sample?.audited.map((a) => a.item)).toEqual(['Étape 1 : identification du véhicule', null]);
    expect(d.sample?.missingKinds).toEqual(['accessibility', 'help', 'sitemap', 'login']);
    expect(d.plans).toMatchObject({ schema: 'missing', thisYearPlan: false });
    expect(d.unreachable).toBeNull();
    expect(j.verdict?.value).toBe('Partiel');
    expect(j.verdict?.reasons.map((r) => r.id)).toContain('sampleListed');
  });

  it('no page audited and the site down: « À venir » (2023) without waiting for the site again', async () => {
    const s = site({});
    const input: JudgeInput = { pages: [], siteUrl: `${SITE}/demarche`, failed: [{ url: `${SITE}/demarche`, error: 'unreachable: the host name does not resolve (ERR_NAME_NOT_RESOLVED)' }], measuredRate: null, measuredNC: null };
    const j = await judge(input, s.fetch, opts());
    expect(s.asked).toEqual([]);
    expect(j.verdict?.value).toBe('À venir');
    expect(j.declaration.unreachable).toEqual({ url: `${SITE}/demarche`, error: 'unreachable: the host name does not resolve (ERR_NAME_NOT_RESOLVED)' });
    // The 2020 method has no label for it: no verdict rather than « Non ».
    expect((await judge(input, s.fetch, opts({ method: '2020' }))).verdict).toBeNull();
  });

  it('no page audited, the home page down too: « À venir »; a configured declaration URL is still tried', async () => {
    const s = site({ [`${SITE}/`]: down(`${SITE}/`, 'timeout: the page did not load within 30 s') });
    const input: JudgeInput = { pages: [], siteUrl: `${SITE}/demarche`, failed: [{ url: `${SITE}/demarche`, error: 'HTTP 404 Not Found' }], measuredRate: null, measuredNC: null };
    const j = await judge(input, s.fetch, opts());
    expect(s.asked).toEqual([`${SITE}/`]);
    expect(j.verdict?.value).toBe('À venir');
    const other = site({ [`${SITE}/`]: down(`${SITE}/`), 'https://autre.example.fr/a11y': ok('https://autre.example.fr/a11y', DECL) });
    const found = await judge(input, other.fetch, opts({ declarationUrl: 'https://autre.example.fr/a11y' }));
    expect(found.declaration.unreachable).toBeNull();
    expect(found.verdict?.value).toBe('Partiel');
  });

  it('no page audited but the site answers: the declaration is looked for and judged (« Non » without one)', async () => {
    const input: JudgeInput = { pages: [], siteUrl: `${SITE}/demarche`, failed: [{ url: `${SITE}/demarche`, error: 'HTTP 404' }], measuredRate: null, measuredNC: null };
    const withDecl = site({ [`${SITE}/`]: ok(`${SITE}/`, '<html></html>', facts(true)), [`${SITE}/accessibilite`]: ok(`${SITE}/accessibilite`, DECL) });
    expect((await judge(input, withDecl.fetch, opts())).verdict?.value).toBe('Partiel');
    const without = site({ [`${SITE}/`]: ok(`${SITE}/`, '<html></html>', facts(false)) });
    const j = await judge(input, without.fetch, opts());
    expect(j.verdict?.value).toBe('Non');
    expect(j.declaration.unreachable).toBeNull();
  });

  it('passes the validity mode on', async () => {
    const old = DECL.replace('version 4.1 en raison', 'version 4.0 en raison').replace('RGAA version 4.1 sont', 'RGAA version 4.0 sont');
    const s = site({ [`${SITE}/`]: ok(`${SITE}/`, '<html></html>', facts(true)), [`${SITE}/accessibilite`]: ok(`${SITE}/accessibilite`, old) });
    const input: JudgeInput = { pages: [{ url: `${SITE}/`, finalUrl: `${SITE}/`, facts: facts(true) }], measuredRate: null, measuredNC: null };
    const obs = await judge(input, s.fetch, opts());
    expect(obs.declaration.validity).toMatchObject({ valid: true, mode: 'observatory' });
    const strict = await judge(input, s.fetch, opts({ validity: 'strict' }));
    expect(strict.declaration.validity).toMatchObject({ valid: false, mode: 'strict', reason: { id: 'rgaaSuperseded' } });
    expect(strict.verdict?.value).toBe('Non');
  });
});
