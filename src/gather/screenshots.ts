/**
 * Screenshots of the failing elements, taken on the live page after the evaluation, for the HTML
 * report. Bounded: at most `max` per page, each clipped to 800×400 CSS pixels.
 */
import type { Page } from 'playwright';
import type { RawPage } from './inpage.js';
import type { RawNode } from './inpage-api.js';

export async function screenshotFailures(page: Page, raw: RawPage, max: number): Promise<void> {
  const nodes: RawNode[] = [];
  if (raw.axe) for (const list of Object.values(raw.axe.violations)) nodes.push(...list);
  for (const r of Object.values(raw.checks)) if (!('error' in r)) nodes.push(...r.failures);
  const bySelector = new Map<string, RawNode[]>();
  for (const n of nodes) {
    if (!n.selector || n.selector === 'html' || n.selector === 'body') continue;
    bySelector.set(n.selector, [...(bySelector.get(n.selector) ?? []), n]);
  }
  let taken = 0;
  for (const [selector, list] of bySelector) {
    if (taken >= max) break;
    try {
      const loc = page.locator(selector).first();
      const box = await loc.boundingBox({ timeout: 500 });
      if (!box || box.width < 1 || box.height < 1) continue;
      await loc.scrollIntoViewIfNeeded({ timeout: 500 });
      const b = (await loc.boundingBox({ timeout: 500 })) ?? box;
      const png = await page.screenshot({
        clip: { x: Math.max(0, b.x - 4), y: Math.max(0, b.y - 4), width: Math.min(800, b.width + 8), height: Math.min(400, b.height + 8) },
        timeout: 2000,
        animations: 'disabled',
      });
      const uri = `data:image/png;base64,${png.toString('base64')}`;
      for (const n of list) n.screenshot = uri;
      taken++;
    } catch {
      // A selector that no longer matches, or an element off-screen: no picture, the evidence stays.
    }
  }
}
