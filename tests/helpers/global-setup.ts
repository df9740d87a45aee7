import { findBrowser } from '../../src/gather/browser.js';

/**
 * Find (and for the packaged Chromium, unpack) the browser once, before the test files run in
 * parallel, and hand its path to every worker.
 */
export default async function setup(): Promise<void> {
  try {
    const found = await findBrowser();
    if (found.executablePath) process.env.RGAA_AUDIT_BROWSER = found.executablePath;
  } catch (e) {
    // Browser tests will fail with this message; pure tests still run.
    process.env.RGAA_AUDIT_NO_BROWSER = (e as Error).message;
  }
}
