/**
 * The browser runs with Playwright's disabled (and enabled) features and ours together, and
 * without a GPU or network process of its own. Chromium keeps only the
 * last `--disable-features` switch of its command line; Playwright puts its own first and ours
 * after it, so ours must carry its list (src/gather/browser.ts). Read from the running processes
 * (Linux /proc): the browser's own command line, and the features a child process was given,
 * which are the ones in force.
 */
import { describe, it, expect } from 'vitest';
import { findBrowser, launchBrowser } from '../../src/gather/browser.js';
import { descendants } from '../helpers/procs.js';

/** A process's arguments (its command line, split where it was joined). */
const argv = (cmd: string) => cmd.split(' ');
const features = (args: string[], sw: string) => args.filter((a) => a.startsWith(`--${sw}=`)).map((a) => a.slice(sw.length + 3).split(',').filter(Boolean));

describe.runIf(process.platform === 'linux')('the browser command line', () => {
  it('keeps every feature Playwright disables, and ours, in force', async () => {
    const browser = await launchBrowser(await findBrowser());
    try {
      const page = await browser.newPage();
      await page.goto('data:text/html,<title>x</title>');
      const procs = descendants().map((p) => argv(p.cmd));
      const main = procs.find((a) => a.includes('--remote-debugging-pipe') && !a.some((x) => x.startsWith('--type=')));
      expect(main, 'the browser process').toBeDefined();
      const disabled = features(main!, 'disable-features');
      expect(disabled.length).toBeGreaterThan(0);
      const last = new Set(disabled.at(-1));
      // The switch in force carries every name any earlier one gave (Playwright's list).
      for (const name of disabled.flat()) expect(last.has(name), `${name} in the last --disable-features`).toBe(true);
      expect([...last]).toEqual(expect.arrayContaining(['HttpsUpgrades', 'RenderDocument', 'AvoidCorsURLLoaderRestartOnRedirect']));
      // The same for --enable-features.
      const enabled = features(main!, 'enable-features');
      const lastEnabled = new Set(enabled.at(-1));
      for (const name of enabled.flat()) expect(lastEnabled.has(name), `${name} in the last --enable-features`).toBe(true);
      // The GPU process and the network service run inside the browser's process.
      const types = procs.map((a) => a.find((x) => x.startsWith('--type='))).filter(Boolean);
      expect(types).not.toContain('--type=gpu-process');
      expect(procs.some((a) => a.some((x) => x.includes('NetworkService')) && a.includes('--type=utility'))).toBe(false);
      expect(types).toContain('--type=renderer');
      // In force: a renderer was started with them.
      const child = procs.find((a) => a.includes('--type=renderer') && a.some((x) => x.startsWith('--disable-features=')));
      expect(child, 'a child process of the browser').toBeDefined();
      const inForce = new Set(features(child!, 'disable-features').flat());
      for (const name of ['HttpsUpgrades', 'RenderDocument', 'ThirdPartyStoragePartitioning', 'AvoidUnnecessaryBeforeUnloadCheckSync']) expect(inForce.has(name), `${name} in force`).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
