import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { findBrowser } from '../../src/gather/browser.js';
import { buildPageScripts } from '../../scripts/build-page.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Before the test files run in parallel: build dist/ as `npm run build` does (the CLI tests run the
 * real executable, and every audit, from src/ or dist/, evaluates dist/page/audit.js: the in-page
 * script bundled from the *.page.ts files, so tests always audit with the page code they test),
 * and find (for the packaged Chromium, unpack) the browser once, handing its path to every worker.
 */
export default async function setup(): Promise<void> {
  // The checks are found by listing their folder (src/evaluate/checks/registry.ts): no file of a
  // check since renamed or removed may linger in dist/.
  rmSync(join(ROOT, 'dist', 'evaluate', 'checks'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, 'node_modules', '@typescript', 'native', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  await buildPageScripts();
  try {
    const found = await findBrowser();
    if (found.executablePath) process.env.RGAA_AUDIT_BROWSER = found.executablePath;
  } catch (e) {
    // Browser tests fail with this message; the pure tests still run.
    process.env.RGAA_AUDIT_NO_BROWSER = (e as Error).message;
  }
}
