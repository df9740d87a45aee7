import { describe, it, expect } from 'vitest';
import { useHarness } from '../helpers/harness.js';

// Pages are navigated from URL to URL in pooled tabs (src/gather/pool.ts): nothing a page leaves
// behind may reach the next one, and a beforeunload prompt must not block the next navigation.
describe('pooled pages', () => {
  const h = useHarness({ concurrency: 1 });

  it('shows each page a clean state: no cookie, storage or window.name from the page before', async () => {
    const dirty = await h.page('pool/dirty.html');
    expect(dirty.report.error).toBeNull();
    const next = await h.page('pool/clean-state.html');
    expect(next.report.error).toBeNull();
    expect(next.report.title).toBe('état : propre');
    expect(h.session.pool.stats.reused).toBeGreaterThan(0);
  });

  it('gives the same results for a page whatever page came before it in the tab', async () => {
    const alone = await h.page('checks/img-decorative-alt/nc.html');
    await h.page('pool/dirty.html');
    const after = await h.page('checks/img-decorative-alt/nc.html');
    const strip = (r: typeof alone.report) => JSON.stringify(r.criteria);
    expect(strip(after.report)).toBe(strip(alone.report));
    // The popup the dirty page opened is not counted as opened by the next page (13.2).
    expect(after.report.criteria['13.2']?.status).toBe(alone.report.criteria['13.2']?.status);
  });
});
