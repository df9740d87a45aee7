import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../src/gather/browser.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Before the test files run in parallel: build dist/ (the CLI tests run the real executable), and
 * find (for the packaged Chromium, unpack) the browser once, handing its path to every worker.
 */
export default async function setup(): Promise<void> {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', '@typescript', 'native', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
  try {
    const found = await findBrowser();
    if (found.executablePath) process.env.RGAA_AUDIT_BROWSER = found.executablePath;
  } catch (e) {
    // Browser tests fail with this message; the pure tests still run.
    process.env.RGAA_AUDIT_NO_BROWSER = (e as Error).message;
  }
}
