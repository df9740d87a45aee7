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
    // 10.1 is the one C (no presentational tag, attribute or spacing by spaces): 1 C / 5 decided.
    expect(report.criteria['10.1'].status).toBe('C');
    expect(report.rate).toMatchObject({ C: 1, NC: 4, measured: 20 });
  });

  it('finds no NC on a clean page, and NA where nothing is in scope', async () => {
    const { report } = await h.page('pages/clean.html');
    const nc = Object.entries(report.criteria).filter(([, c]) => c.status === 'NC').map(([id]) => id);
    expect(nc).toEqual([]);
    expect(report.criteria['2.1'].status).toBe('NA'); // no frame
    expect(report.criteria['5.1'].status).toBe('NA'); // no table
    // The image has a text alternative: 1.1 is C; whether the alternative is relevant (1.3) is a human's call.
    expect(report.criteria['1.1'].status).toBe('C');
    expect(report.criteria['1.3'].status).toBe('NT');
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
