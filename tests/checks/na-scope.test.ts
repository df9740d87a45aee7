/**
 * NA wherever the absence of a scope is provable (issue 13 §4): a page with only headings and
 * paragraphs (no image, link, form, table, media, frame, script or author style) leaves most
 * criteria without anything to apply to.
 */
import { describe, it, expect } from 'vitest';
import { useHarness } from '../helpers/harness.js';

describe('NA from provable absence', () => {
  const h = useHarness();

  it('a page of headings and paragraphs: at least 70 criteria NA, those about scripts, styles, focus, time limits and motion among them', async () => {
    const { report } = await h.page('checks/realistic/headings-paragraphs.html');
    expect(report.error).toBeNull();
    const na = Object.entries(report.criteria).filter(([, c]) => c.status === 'NA').map(([id]) => id);
    expect(na.length, na.join(' ')).toBeGreaterThanOrEqual(70);
    for (const id of ['1.1', '2.1', '4.1', '5.1', '6.1', '7.1', '7.5', '10.2', '10.3', '10.5', '11.1', '12.8', '13.1', '13.2', '13.8']) expect(na, id).toContain(id);
    // Text is there: what applies to any text stays for a human, never NA.
    for (const id of ['3.2', '8.7', '10.4', '10.12']) expect(report.criteria[id].status, id).toBe('NT');
  });
});
