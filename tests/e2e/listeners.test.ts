/**
 * The listeners gatherer gives the page's own listeners: axe-core's `message` listener on the
 * window (added when the audit evaluates axe-core in the page) is told apart by the script it was
 * compiled in, and left out.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser } from 'playwright';
import { AuditSession, defaultAuditOptions } from '../../src/audit.js';
import { findBrowser, launchBrowser } from '../../src/gather/browser.js';
import { listeners } from '../../src/gather/gatherers/listeners.js';
import type { PageGuard } from '../../src/gather/guard.js';
import type { InPageScript } from '../../src/gather/inpage.js';
import type { ListenersArtifact } from '../../src/gather/artifacts.js';
import { serveStatic, type StaticServer } from '../../src/serve.js';
import { FIXTURES } from '../helpers/harness.js';

describe('the listeners gatherer', () => {
  let browser: Browser;
  let server: StaticServer;
  let script: InPageScript;
  beforeAll(async () => {
    server = await serveStatic(FIXTURES);
    browser = await launchBrowser(await findBrowser());
    script = new AuditSession(defaultAuditOptions())['script'];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function gather(): Promise<ListenersArtifact> {
    const context = await browser.newContext();
    try {
      await context.addInitScript(script.init);
      const page = await context.newPage();
      await page.goto(server.url + '/pages/listeners.html');
      // The audit evaluates axe-core in the page: from then on, axe-core listens to `message`.
      expect(await page.evaluate(script.call)).toMatch(/^\{/);
      const cdp = await context.newCDPSession(page);
      return await listeners.collect({ page, script, cdp, guard: {} as PageGuard });
    } finally {
      await context.close();
    }
  }

  it("lists the page's window, document and element listeners, and not axe-core's", async () => {
    const got = await gather();
    expect(got.listenerError).toBeUndefined();
    const seen = got.listeners.map((l) => `${l.type} on ${l.on === 'element' ? l.node?.selector ?? '?' : l.on}`).sort();
    expect(seen).toEqual(['click on #go', 'keydown on document', 'message on window']);
  });
});
