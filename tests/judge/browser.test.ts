/**
 * Runs `collectMentionCandidates` in a real Chromium on every mention fixture and checks it
 * agrees with the static search. Opt-in (RGAA_BROWSER_TESTS=1): it needs a browser, which
 * the optional @sparticuz/chromium package provides on Linux.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { collectMentionCandidates } from '../../src/judge/mention.js';
import { mentionCandidatesFromHtml } from '../../src/judge/mention-html.js';

const enabled = process.env.RGAA_BROWSER_TESTS === '1';
const dir = new URL('../../fixtures/mentions/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
const ORIGIN = 'https://demarche.example.gouv.fr/';

describe.runIf(enabled)('collectMentionCandidates in Chromium', () => {
  let browser: any;
  let page: any;

  beforeAll(async () => {
    const { default: chromium } = await import('@sparticuz/chromium');
    const { chromium: pw } = await import('playwright');
    browser = await pw.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
    page = await browser.newPage();
    await page.route('**/*', (route: { request(): { url(): string }; fulfill(o: object): Promise<void> }) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(new URL(new URL(route.request().url()).pathname.slice(1), dir)),
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(files)('%s', async (file) => {
    await page.goto(ORIGIN + file);
    const inPage = await page.evaluate(collectMentionCandidates);
    expect(inPage).toEqual(mentionCandidatesFromHtml(readFileSync(new URL(file, dir), 'utf8'), ORIGIN + file));
  });
});
