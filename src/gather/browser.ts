import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { BrowserError } from '../model/errors.js';

/**
 * Playwright's own `--disable-features` list (playwright-core 1.65, chromiumSwitches.ts). Chromium
 * keeps only the last `--disable-features` switch of its command line, and Playwright puts the
 * caller's after its own: ours must carry Playwright's, or they are on again (HttpsUpgrades would
 * load an audited http:// URL as https://; without AvoidCorsURLLoaderRestartOnRedirect off,
 * Chromium 155 aborts preflighted cross-origin redirects while the protocol's Fetch interception
 * is on, as our media blocking has it).
 * tests/e2e/browser-flags.test.ts reads the running browser's command line and fails when
 * Playwright passes a feature this list lacks.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** Playwright's own `--enable-features` list (same file; the same rule applies to that switch). */
export const PLAYWRIGHT_ENABLED_FEATURES = [process.env.PLAYWRIGHT_LEGACY_SCREENSHOT ? '' : 'CDPScreenshotNewSurface', 'SkipListAccountsWithoutGaiaCookies'].filter(Boolean);

/** Features we turn off on top of Playwright's (RenderDocument: see CHROMIUM_FLAGS). */
const OUR_DISABLED_FEATURES = ['Translate', 'MediaRouter', 'OptimizationHints', 'InterestFeedContentSuggestions', 'RenderDocument'];

/**
 * Flags that keep Chromium quiet and lean on a closed network.
 *
 * RenderDocument is off: with it, Chromium makes a new frame host for every navigation of a tab,
 * so a pooled tab re-attached its DevTools session at each page and sent the init script (axe-core
 * and our bundle, 830 KB) again with it, and built a new compositor. Measured
 * (bench/experiments/inject-cost.mjs, CPU of every process a page): navigation with the init
 * script and its first call 245 → 100 ms, navigation alone 118 → 86 ms. Pages see no difference:
 * each navigation still gets a new document and window (the frame host is an internal of the
 * browser), as before the feature.
 *
 * The GPU process and the network service run inside the browser's process (`--in-process-gpu`,
 * NetworkServiceInProcess2): two processes fewer, each with its own copy of Chromium's libraries
 * and heaps. A CLI batch of 20 × 5 pages (bench/experiments/cli-split.mjs, two pairs alternated):
 * peak RSS of the process tree 1,294 and 1,276 → 1,191 and 1,197 MB, CPU a page unchanged (1,107
 * and 1,296 against 1,191 and 1,168 ms). The software compositing and the requests are the same
 * code, in another process.
 */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
  '--no-default-browser-check',
  '--in-process-gpu',
  `--disable-features=${[...new Set([...PLAYWRIGHT_DISABLED_FEATURES, ...OUR_DISABLED_FEATURES])].join(',')}`,
  `--enable-features=${[...PLAYWRIGHT_ENABLED_FEATURES, 'NetworkServiceInProcess2'].join(',')}`,
];

export type BrowserSource = 'option' | 'env' | 'playwright' | 'system' | 'packaged';
export interface FoundBrowser {
  /** undefined: Playwright's own managed browser. */
  executablePath: string | undefined;
  source: BrowserSource;
}

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_GET_A_BROWSER =
  'no Chromium found: run `npx playwright install chromium`, or install Chromium (Debian: apt-get install -y chromium), or pass --browser <path> / set RGAA_AUDIT_BROWSER';

/**
 * Find a browser, in this order: explicit option, RGAA_AUDIT_BROWSER, Playwright's own browsers,
 * system Chromium/Chrome, the packaged @sparticuz/chromium (Linux x86-64 only).
 */
export async function findBrowser(explicit?: string): Promise<FoundBrowser> {
  if (explicit) {
    if (!existsSync(explicit)) throw new BrowserError(`browser not found at ${explicit} (from --browser)`);
    return { executablePath: explicit, source: 'option' };
  }
  const env = process.env.RGAA_AUDIT_BROWSER;
  if (env) {
    if (!existsSync(env)) throw new BrowserError(`browser not found at ${env} (from RGAA_AUDIT_BROWSER)`);
    return { executablePath: env, source: 'env' };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { executablePath: undefined, source: 'playwright' };
  } catch {
    /* Playwright has no browser of its own here */
  }
  for (const p of SYSTEM_PATHS) if (existsSync(p)) return { executablePath: p, source: 'system' };
  const packaged = await packagedChromium();
  if (packaged) return { executablePath: packaged, source: 'packaged' };
  throw new BrowserError(HOW_TO_GET_A_BROWSER);
}

async function packagedChromium(): Promise<string | null> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  try {
    const mod = (await import('@sparticuz/chromium' as string)) as { default: { executablePath(): Promise<string> } };
    const p = await mod.default.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

/**
 * Launch the browser. `ownSignals`: the caller handles SIGINT/SIGTERM/SIGHUP itself (the CLI writes
 * what is finished, then closes the browser); otherwise Playwright closes the browser on them.
 */
export async function launchBrowser(found: FoundBrowser, { ownSignals = false }: { ownSignals?: boolean } = {}): Promise<Browser> {
  const args = [...CHROMIUM_FLAGS];
  // Chromium refuses to run as root with its sandbox on.
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  // With --disable-dev-shm-usage Chromium makes its shared memory as files in TMPDIR
  // (.org.chromium.Chromium.*); one a child process made as the browser closed could outlive the
  // run. The browser gets a folder of its own, removed when it is gone (closed, crashed or killed)
  // and at the latest when this process exits: the user's TMPDIR is left as it was.
  const tmp = mkdtempSync(join(tmpdir(), 'rgaa-audit-chromium-'));
  privateTmpDirs.add(tmp);
  const removeTmp = () => {
    rmSync(tmp, { recursive: true, force: true });
    privateTmpDirs.delete(tmp);
  };
  try {
    const browser = await chromium.launch({
      executablePath: found.executablePath,
      headless: true,
      args,
      env: { ...process.env, TMPDIR: tmp },
      handleSIGINT: !ownSignals,
      handleSIGTERM: !ownSignals,
      handleSIGHUP: !ownSignals,
    });
    browser.on('disconnected', removeTmp);
    return browser;
  } catch (e) {
    removeTmp();
    const msg = (e as Error).message.split('\n')[0];
    throw new BrowserError(`could not start the browser (${found.executablePath ?? "Playwright's chromium"}): ${msg}`);
  }
}

/** Browsers' private TMPDIRs not removed yet: removed at exit whatever ends the process. */
const privateTmpDirs = new Set<string>();
process.once('exit', () => {
  for (const dir of privateTmpDirs) rmSync(dir, { recursive: true, force: true });
});
