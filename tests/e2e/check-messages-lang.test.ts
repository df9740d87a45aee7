/**
 * A check fixture audited by the CLI: our check's finding is worded in the language asked
 * (--lang fr: French, --lang en: English) in the console, HTML and Markdown reports, rendered from
 * its message id; the JSON keeps the English text with the id and parameters either way.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { serveStatic, type StaticServer } from '../../src/serve.js';
import { FIXTURES } from '../helpers/harness.js';
import { runCli } from '../batch/util.js';

// fixtures/checks/img-svg/nc.html: an SVG hidden as decorative that keeps its <title> « Loupe ».
const EN = 'SVG hidden as decorative (aria-hidden="true") still carries a text alternative (<title> "Loupe"): a decorative SVG must have none.';
const FR = 'SVG masqué comme décoratif (aria-hidden="true") qui porte pourtant une alternative textuelle (<title> "Loupe") : un SVG de décoration ne doit en avoir aucune.';

describe('check messages in the language of the CLI', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(FIXTURES);
  });
  afterAll(async () => server?.close());

  for (const [lang, want, not] of [['fr', FR, EN], ['en', EN, FR]] as const) {
    it(`--lang ${lang}: console, HTML and Markdown in ${lang === 'fr' ? 'French' : 'English'}; JSON in English with the id`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `rgaa-lang-${lang}-`));
      const r = await runCli(['audit', `${server.url}/checks/img-svg/nc.html`, '--no-declaration', '--lang', lang, '--format', 'console,html,markdown,json', '--output', dir]);
      expect([0, 1], r.stderr).toContain(r.code);
      expect(r.stdout).toContain(want);
      expect(r.stdout).not.toContain(not);
      const html = load(readFileSync(join(dir, 'rgaa-audit.html'), 'utf8'))('main').text();
      expect(html).toContain(want);
      expect(html).not.toContain(not);
      // Markdown escapes punctuation with backslashes.
      const md = readFileSync(join(dir, 'rgaa-audit.md'), 'utf8').replace(/\\/g, '');
      expect(md).toContain(want.slice(0, 60));
      expect(md).not.toContain(not.slice(0, 60));
      const json = JSON.parse(readFileSync(join(dir, 'rgaa-audit.json'), 'utf8'));
      const f = json.procedures[0].criteria['1.2'].findings.find((x: { source: string }) => x.source === 'check:img-svg');
      expect(f).toMatchObject({ test: '1.2.4', message: EN, messageId: 'hidden-with-alt', params: { found: ['<title> "Loupe"'] } });
    }, 240_000);
  }
});
