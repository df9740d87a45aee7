import { describe, it, expect } from 'vitest';
import { useHarness } from '../helpers/harness.js';

describe('pipeline on served fixtures', () => {
  const h = useHarness();

  it('reports 1.1, 8.3 and 8.5 NC with evidence on a page with an image without alt, no lang, no title', async () => {
    const { report } = await h.page('pages/bad-basic.html');
    expect(report.error).toBeNull();
    for (const id of ['1.1', '8.3', '8.5']) {
      const c = report.criteria[id];
      expect(c.status, id).toBe('NC');
      expect(c.findings.length, id).toBeGreaterThan(0);
      for (const f of c.findings) {
        expect(f.selector).not.toBe('');
        expect(f.message).not.toBe('');
        expect(f.source).toMatch(/^(axe|check):/);
      }
    }
    expect(report.criteria['1.1'].findings[0].snippet).toContain('<img');
    expect(report.criteria['1.1'].tests['1.1.1']).toBe('NC');
    expect(report.rate?.measured).toBe(0);
  });

  it('finds no NC on a clean page, and NA where nothing is in scope', async () => {
    const { report } = await h.page('pages/clean.html');
    const nc = Object.entries(report.criteria).filter(([, c]) => c.status === 'NC').map(([id]) => id);
    expect(nc).toEqual([]);
    expect(report.criteria['2.1'].status).toBe('NA'); // no frame
    expect(report.criteria['5.1'].status).toBe('NA'); // no table
    expect(report.criteria['1.1'].status).toBe('NT'); // an image: a human must judge its alternative
  });

  it('reports a page that fails to load as an error, never as C or NC', async () => {
    const { report } = await h.page('pages/does-not-exist.html');
    expect(report.error).toMatch(/HTTP 404/);
    expect(report.criteria).toEqual({});
    expect(report.rate).toBeNull();
  });

  it('audits content rendered by scripts after load', async () => {
    const { report } = await h.page('pages/late-render.html');
    expect(report.criteria['1.1'].status).toBe('NC');
    expect(report.criteria['1.1'].findings.some((f) => f.snippet.includes('late.png'))).toBe(true);
  });

  it('aggregates a sample: NC on one page makes the criterion NC, errors are left out', async () => {
    const proc = await h.procedure(['pages/clean.html', 'pages/bad-basic.html', 'pages/does-not-exist.html']);
    expect(proc.pages).toHaveLength(3);
    expect(proc.pages.filter((p) => p.error)).toHaveLength(1);
    expect(proc.criteria['8.5'].status).toBe('NC');
    expect(proc.criteria['8.5'].findings[0]).toMatchObject({ page: h.url('pages/bad-basic.html') });
    expect(proc.rate.C + proc.rate.NC + proc.rate.NA + proc.rate.NT).toBe(106);
  });
});
