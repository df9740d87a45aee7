/**
 * The judge in a real browser, through the real pipeline: the in-page mention search agrees with
 * the static one on every mention fixture, a single-page app's late footer is found, and a
 * declaration reachable only through a footer link « Accessibilité » is found and judged.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mentionCandidatesFromHtml } from '../../src/judge/mention-html.js';
import { FIXTURES, useHarness } from '../helpers/harness.js';

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
