/**
 * What a broken or hostile page can do to a run, handled in one place: windows it opens (closed,
 * and remembered for the 13.2 check), a renderer crash, an announced document too large to audit,
 * a page that navigates away by itself, a redirect to a sign-in page, a context that will not
 * close; dialogs are answered by the pool (pool.ts) and noted here. gatherPage installs the guard
 * for one URL and disposes of it after (pooled pages go from URL to URL); the error strings are
 * documented in the README (« Page error statuses »).
 */
import type { BrowserContext, Dialog, Page, Response } from 'playwright';

/** HTML documents announced (Content-Length) above this size are not downloaded nor audited. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
/** Closing a context normally takes milliseconds; past this the run goes on without waiting. */
export const CLOSE_TIMEOUT = 10_000;

export interface PageGuard {
  /** Set when the page must end in error whatever happens next (renderer crashed, page too large). */
  reason: string | null;
  /** Types of the dialogs the page opened (alert, confirm, prompt, beforeunload). */
  dialogs: string[];
  /** URLs of the windows the page opened, closed at once, in order. */
  popups: string[];
  /** Those windows, then any other window of the context still open (13.2: windows opened at load). */
  otherWindows(): string[];
  /** The response that brought the main frame's current document (the last navigation's, redirects followed). */
  document: Response | null;
  /** Remove the listeners (the page may be reused for another URL). */
  dispose(): void;
}

/**
 * Install the guards on a page, before its navigation to one URL. `stop` ends the page's work at once
 * when a guard decides it must end in error (its reason is then the page's error).
 */
export function guardPage(page: Page, stop: (e: Error) => void = () => undefined): PageGuard {
  const closed = new Set<Page>();
  const context = page.context();
  // Dialogs block the page's script until answered: the pool answers them (beforeunload accepted so
  // that the page can be left, the others dismissed); they are noted here.
  const onDialog = (d: Dialog) => void guard.dialogs.push(d.type());
  // Any other window of the context (window.open, target=_blank, a popup's popup): noted, closed.
  const onPage = (p: Page) => {
    if (p === page) return;
    closed.add(p);
    guard.popups.push(p.url());
    p.close().catch(() => undefined);
  };
  const onCrash = () => {
    guard.reason ??= 'renderer crashed: the process of the page died (out of memory or a browser fault)';
    stop(new Error(guard.reason)); // some calls on a crashed page never return
  };
  const onResponse = (r: Response) => {
    if (!r.request().isNavigationRequest() || r.frame() !== page.mainFrame()) return;
    guard.document = r;
    const length = Number(r.headers()['content-length']);
    if (length > MAX_PAGE_BYTES) {
      guard.reason ??= `page too large: the document is ${mb(length)} MB (limit ${mb(MAX_PAGE_BYTES)} MB)`;
      stop(new Error(guard.reason)); // the page's context is closed next, which ends the download
    }
  };
  const guard: PageGuard = {
    reason: null,
    dialogs: [],
    popups: [],
    document: null,
    otherWindows() {
      let open: Page[];
      try {
        open = context.pages().filter((p) => p !== page && !closed.has(p));
      } catch {
        open = [];
      }
      return [...guard.popups, ...open.map((p) => p.url())];
    },
    dispose() {
      page.off('dialog', onDialog);
      context.off('page', onPage);
      page.off('crash', onCrash);
      page.off('response', onResponse);
    },
  };
  page.on('dialog', onDialog);
  context.on('page', onPage);
  page.on('crash', onCrash);
  page.on('response', onResponse);
  return guard;
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

const NAVIGATED = /Execution context was destroyed|Cannot find context with specified id|navigat(ed|ion) .*(during|interrupted)/i;

/**
 * page.evaluate that survives the page loading a new document by itself (location change,
 * meta refresh, form auto-submit): waits for that document to load and evaluates it instead, so the
 * page that is there is the one audited. A page that keeps navigating ends in error.
 */
export async function evaluateStable<R>(page: Page, fn: string | (() => unknown)): Promise<R> {
  for (let i = 0; ; i++) {
    try {
      return (await page.evaluate(fn as string)) as R;
    } catch (e) {
      if (!NAVIGATED.test(String((e as Error)?.message ?? e))) throw e;
      if (i >= 2) throw new Error('navigated away: the page kept loading new documents by itself during the audit', { cause: e });
      await page.waitForLoadState('load');
    }
  }
}

const LOGIN_URL = /(^|[/._-])(login|log-in|signin|sign-in|connexion|se-connecter|authenticat\w*|authorize|oauth2?|openid|sso|cas|identification|auth)([/._?-]|$)/i;

/**
 * After the navigation: a page redirected to a sign-in page is not the page asked for. On another
 * origin, a sign-in page is one with a password field or whose URL says so (SSO); on the same
 * origin it needs both (a redirect to an account-creation step with a password field is audited).
 */
export async function loginWall(page: Page, requested: string): Promise<string | null> {
  let from: URL;
  let to: URL;
  try {
    from = new URL(requested);
    to = new URL(page.url());
  } catch {
    return null;
  }
  if (from.origin === to.origin && from.pathname === to.pathname && from.search === to.search) return null;
  const crossOrigin = from.origin !== to.origin;
  const password = await page
    .locator('input[type=password]')
    .count()
    .catch(() => 0);
  // Same origin: a form with a password field is often the procedure itself (account creation),
  // so only a sign-in URL with a password field counts; on another origin either one does (SSO).
  const loginUrl = LOGIN_URL.test(to.pathname);
  if (crossOrigin ? !password && !loginUrl : !(password && loginUrl)) return null;
  return `login wall: redirected to a sign-in page${crossOrigin ? ' on another origin' : ''} (${to.origin}${to.pathname})`;
}

/** Close a context, never waiting more than CLOSE_TIMEOUT (a wedged renderer must not stop the run). */
export async function closeContext(context: BrowserContext, ms = CLOSE_TIMEOUT): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([context.close().catch(() => undefined), new Promise<void>((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}
