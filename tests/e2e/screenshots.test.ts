/**
 * Screenshots of failing elements (src/gather/screenshots.ts): each is the element itself with
 * its 4 px margin, wherever it is on the page (in the first viewport, far below it, at the bottom
 * of a box that scrolls, in a shadow root, on a page whose scrolling is smooth), and no more than
 * asked for; only NC evidence is pictured (a review item is shown in no report with a picture);
 * an element with the same code on several pages of a procedure is pictured once.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright';
import { findBrowser, launchBrowser } from '../../src/gather/browser.js';
import { useHarness } from '../helpers/harness.js';
import { place } from '../../src/gather/screenshots.js';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(uri: string): { width: number; height: number } {
  const buf = Buffer.from(uri.replace(/^data:image\/png;base64,/, ''), 'base64');
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('screenshots of failing elements', () => {
  const h = useHarness({ screenshots: 10 });
  let viewer: Browser;
  beforeAll(async () => {
    viewer = await launchBrowser(await findBrowser());
  });
  afterAll(async () => {
    await viewer?.close();
  });
  /** The colour at the centre of a picture, and at a point of its margin. */
  const colours = async (uri: string) => {
    const page = await viewer.newPage();
    try {
      return await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d')!;
        g.drawImage(img, 0, 0);
        const at = (x: number, y: number) => Array.from(g.getImageData(x, y, 1, 1).data.slice(0, 3));
        return { centre: at(Math.floor(img.width / 2), Math.floor(img.height / 2)), margin: at(1, 1) };
      }, uri);
    } finally {
      await page.close();
    }
  };

  it('pictures each element with its margin, in view or not', async () => {
    const { gathered } = await h.page('screenshots/shots.html');
    const nodes = Object.values(gathered.raw!.axe!.violations).flat();
    const shot = (id: string) => nodes.find((n) => (id === 'card' ? n.selector.startsWith('#card ') : n.selector === `#${id}`))?.screenshot;
    const expected: [string, number, number, number[]][] = [
      ['top', 120, 60, [0, 0, 255]],
      ['below', 200, 100, [255, 0, 0]],
      ['inside', 80, 40, [0, 255, 0]],
      ['card', 60, 30, [255, 255, 0]],
    ];
    for (const [id, w, hgt, rgb] of expected) {
      const uri = shot(id);
      expect(uri, id).toMatch(/^data:image\/png;base64,/);
      expect(pngSize(uri!), id).toEqual({ width: w + 8, height: hgt + 8 });
      const c = await colours(uri!);
      expect(c.centre, id).toEqual(rgb);
      // The margin shows the page around it (white, or the scrolling box's).
      expect(c.margin, id).not.toEqual(rgb);
    }
  });

  it('pictures NC evidence only: a violation of a rule that only lists elements for review gets none', async () => {
    const { gathered, report } = await h.page('screenshots/shots.html');
    // scrollable-region-focusable is decided `review` in rules/ (a scrolling box is a doubt, not an NC).
    const review = gathered.raw!.axe!.violations['scrollable-region-focusable'] ?? [];
    expect(review.map((n) => n.selector)).toEqual(['#scroller']);
    expect(review[0].screenshot).toBeUndefined();
    const reviewed = Object.values(report.criteria).flatMap((c) => c.review ?? []);
    expect(reviewed.some((f) => f.selector === '#scroller')).toBe(true);
  });

  it('takes an element the page shows wholly where it is, and scrolls to one that is covered or hidden in a box that scrolls', async () => {
    const page = await viewer.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(h.url('screenshots/place.html'));
      const at = (selector: string) => page.evaluate(place as never, { selector, margin: 4, maxWidth: 800, maxHeight: 400 });
      const docTop = (id: string) => page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().top + scrollY, id);
      const scrollTo = (y: number) => page.evaluate((v) => window.scrollTo({ top: v, behavior: 'instant' }), y);
      const scrollY = () => page.evaluate(() => window.scrollY);
      const aTop = await docTop('a');
      const bTop = await docTop('b');
      // #a and #b in the middle of the viewport: #b is taken where it is, the page does not move.
      await scrollTo(aTop - 300);
      expect(await at('#b')).toEqual({ x: 16, y: bTop - 4, width: 208, height: 68 });
      expect(await scrollY()).toBe(aTop - 300);
      // #a with its top 20 px under the fixed banner (the top 60 px), its centre shown: scrolled to the middle first.
      await scrollTo(aTop - 40);
      const clip = (await at('#a')) as { y: number };
      expect(await scrollY()).not.toBe(aTop - 40);
      expect(clip.y).toBe(aTop - 4);
      // #in-box in the hidden part of a box that scrolls, the box itself in view: the box scrolls.
      await scrollTo((await docTop('box')) - 300);
      expect(await page.evaluate(() => document.getElementById('box')!.scrollTop)).toBe(0);
      await at('#in-box');
      expect(await page.evaluate(() => document.getElementById('box')!.scrollTop)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  // shared-a and shared-b: #logo has the same code on both (blue, its margin the page's background:
  // white on A, black on B); #own differs (red on A, green on B).
  const WHITE = [255, 255, 255];
  const BLACK = [0, 0, 0];
  const shotOf = (criteria: Record<string, { findings: { selector: string; screenshot?: string }[] }>, id: string) => criteria['1.1'].findings.find((f) => f.selector === `#${id}`)?.screenshot;

  it('pictures an element once per procedure: the same element on two of its pages carries one picture, another element its own', async () => {
    const report = await h.procedure(['screenshots/shared-a.html', 'screenshots/shared-b.html']);
    const [a, b] = report.pages.map((p) => p.criteria);
    const logoA = shotOf(a, 'logo');
    expect(logoA).toMatch(/^data:image\/png;base64,/);
    expect(shotOf(b, 'logo')).toBe(logoA);
    const logo = await colours(logoA!);
    expect(logo.centre).toEqual([0, 0, 255]);
    expect([WHITE, BLACK]).toContainEqual(logo.margin);
    // The element whose code differs is pictured on each page.
    expect((await colours(shotOf(a, 'own')!)).centre).toEqual([255, 0, 0]);
    expect((await colours(shotOf(b, 'own')!)).centre).toEqual([0, 255, 0]);
  });

  it('pictures the element on each page when the pages are audited apart (no procedure shares them)', async () => {
    const a = (await h.page('screenshots/shared-a.html')).report.criteria;
    const b = (await h.page('screenshots/shared-b.html')).report.criteria;
    expect((await colours(shotOf(a, 'logo')!)).margin).toEqual(WHITE);
    expect((await colours(shotOf(b, 'logo')!)).margin).toEqual(BLACK);
  });

  it('takes no more pictures than asked for', async () => {
    const few = new (h.session.constructor as typeof import('../../src/audit.js').AuditSession)({ ...h.session.options, screenshots: 1 });
    try {
      const g = await few.gather(h.url('screenshots/shots.html'));
      const shots = Object.values(g.raw!.axe!.violations)
        .flat()
        .filter((n) => n.screenshot);
      expect(shots.map((n) => n.selector)).toEqual(['#top']);
    } finally {
      await few.close();
    }
  });
});
