/**
 * The one script evaluated in each page: axe-core and the bundle of our page code
 * (dist/page/audit.js, built from every *.page.ts by scripts/build-page.mjs), which runs the
 * checks, counts the scopes that decide NA and gathers the facts. One round trip per page; only
 * compact results cross back to Node. The gatherers call the bundle's probes on the same page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright';
import type { InPagePlan } from './inpage-api.js';

export type { CheckResult, InPagePlan, PageFacts, RawAxe, RawAxeNode, RawNode, RawPage } from './inpage-api.js';

const require = createRequire(import.meta.url);

/** axe-core's locale for `lang` (none for English, axe's own language). */
export function axeLocale(lang: string): unknown {
  return lang === 'en' ? undefined : JSON.parse(readFileSync(require.resolve(`axe-core/locales/${lang}.json`), 'utf8'));
}

/** Where `npm run build` writes the page scripts: dist/page/, beside the code from src/ or dist/. */
const PAGE_DIR = new URL('../../dist/page/', import.meta.url);

const bundles = new Map<string, string>();
/** A page script built by scripts/build-page.mjs: `audit` or `facts`. */
export function pageBundle(name: 'audit' | 'facts'): string {
  let text = bundles.get(name);
  if (text === undefined) {
    try {
      text = asciiOnly(readFileSync(new URL(`${name}.js`, PAGE_DIR), 'utf8'));
    } catch {
      throw new Error(`the in-page script dist/page/${name}.js is missing: run \`npm run build\``);
    }
    bundles.set(name, text);
  }
  return text;
}

/**
 * `source` with every non-ASCII character written as a `\uXXXX` escape: the same program (the
 * characters are in string literals, regular expressions, comments and identifiers, where an
 * escape means the character itself), as a one-byte string. A script with a single non-ASCII
 * character is a two-byte string end to end (V8, the protocol, the browser's copy for each new
 * document): for axe-core and our bundle, escaping cut ~75 ms of CPU a page
 * (bench/experiments/inject-cost.mjs).
 */
export function asciiOnly(source: string): string {
  // An odd run of backslashes before the character ends with an identity escape (`\é` is `é` in
  // a string or a regular expression): that backslash goes, the escape replaces it.
  return source.replace(/(\\*)([\u0080-\uffff])/g, (_, bs: string, c: string) => bs.slice(0, bs.length - (bs.length % 2)) + '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

let axeSource: string | undefined;
export function axeScript(): string {
  // Hide AMD/CommonJS globals some pages define, so axe always registers as window.axe.
  return (axeSource ??= `(function (define, module, exports) {\n${asciiOnly(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'))}\n}).call(window, undefined, undefined, undefined);`);
}

export function axeVersion(): string {
  return (require('axe-core/package.json') as { version: string }).version;
}

/** In-page source: `protoKeys`, the enumerable properties a page added to Object.prototype (every for…in meets them). */
const PROTO_KEYS = 'var protoKeys = []; for (var k in {}) protoKeys.push(k);';

/** What `call` returns in a document without the entry point. */
export const MISSING_ENTRY = '__rgaa_audit_missing_entry__';

/**
 * The in-page script of a run, in the forms gatherPage uses (gather/page.ts PageScript): `init`
 * only defines a function under a name the page cannot guess, in the top document; nothing of
 * axe-core or of our code runs before the audit calls it, and pages never see a global `axe`
 * before the audit. V8 compiles the init script once per renderer and reuses it for every page
 * that renderer shows. The function evaluates axe-core and the bundle on its first call in a
 * document and returns the bundle's API (the audit, the gatherers' probes). `full` is the same
 * script evaluated whole (documents the init script did not reach); it defines the function too.
 */
export class InPageScript {
  readonly init: string;
  readonly call: string;
  readonly full: string;
  /** `call` gives the audit's result as JSON (PageScript.json). */
  readonly json = true;
  private readonly key: string;
  private readonly define: string;

  constructor(readonly plan: InPagePlan) {
    this.key = JSON.stringify(`__rgaa_${randomBytes(8).toString('hex')}`);
    // A page that adds enumerable properties to Object.prototype breaks axe-core (its colour code
    // walks objects with for…in): it gets one clear error instead of a TypeError from inside axe-core.
    // `auditJson`: the audit's result as one JSON string (the native JSON.stringify, taken at
    // document start before any page script; a toJSON a page library adds to Array.prototype or
    // String.prototype, as Prototype.js does, is not called: the replacer gives back each raw value).
    this.define = `var api;\n  var stringify = JSON.stringify;\n  var json = function (v) { return stringify(v, function (k) { return this[k]; }); };\n  var entry = function () {\n    if (!api) {\n      ${PROTO_KEYS}\n      if (protoKeys.length) throw new Error('page not audited: it adds enumerable properties to Object.prototype (' + protoKeys.slice(0, 3).join(', ') + '), on which axe-core cannot run');\n${axeScript()}\n;\n${pageBundle('audit')}\n;\n      api = __rgaaPage.api;\n      api.auditJson = async function (plan) { return json(await api.audit(plan)); };\n    }\n    return api;\n  };\n  entry.site = function () {};\n  try { Object.defineProperty(window, ${this.key}, { value: entry, configurable: true, enumerable: false, writable: false }); } catch (e) {}`;
    this.init = `(function () {\n  if (window.top !== window) return;\n  ${this.define}\n})();`;
    // The plan holds axe-core's locale (French messages): sent escaped, as the scripts are (the
    // definition above is already ASCII: axe-core and the bundle are escaped when read).
    this.call = asciiOnly(this.probe('auditJson', [plan]));
    // Evaluated late (page scripts have run, JSON.stringify may be theirs): Playwright's transfer.
    this.full = `(function () {\n  ${this.define}\n  return entry().audit(${asciiOnly(JSON.stringify(plan))});\n})()`;
  }

  /** An expression calling the bundle's `name` (`auditJson`, or a probe) with `args`, or giving MISSING_ENTRY. */
  probe(name: string, args: unknown[] = []): string {
    const fn = name === 'auditJson' ? '.auditJson' : `.probes[${JSON.stringify(name)}]`;
    return `(typeof window[${this.key}] === 'function' ? window[${this.key}]()${fn}(${args.map((a) => JSON.stringify(a)).join(', ')}) : ${JSON.stringify(MISSING_ENTRY)})`;
  }

  /** The same call in a document without the entry point: the whole script is sent. */
  probeFull(name: string, args: unknown[] = []): string {
    return `(function () {\n  ${this.define}\n  return entry().probes[${JSON.stringify(name)}](${args.map((a) => JSON.stringify(a)).join(', ')});\n})()`;
  }

  /**
   * An expression giving an empty function compiled in the same script as the entry function (so
   * as axe-core): its location tells the tool's own listeners (axe-core's) from the page's. Not the
   * entry function itself: the protocol describes a function by its source text, and the entry's
   * is axe-core and our bundle (~800 KB a page through the protocol).
   */
  siteExpression(): string {
    return `(typeof window[${this.key}] === 'function' ? window[${this.key}].site : undefined)`;
  }

  /** A function declaration for CDP's Runtime.callFunctionOn that calls the probe `name` with its arguments. */
  probeDeclaration(name: string): string {
    return `function (...args) { return window[${this.key}]().probes[${JSON.stringify(name)}](...args); }`;
  }
}

/** Call a probe of the bundle in the page (the page part of a gatherer). */
export async function callProbe<T>(page: Page, script: InPageScript, name: string, ...args: unknown[]): Promise<T> {
  let r: unknown = await page.evaluate(script.probe(name, args));
  if (r === MISSING_ENTRY) r = await page.evaluate(script.probeFull(name, args));
  return r as T;
}

/** A light script: only the judge's facts and the rendered HTML (declaration pages, home page). */
export function factsScript(): string {
  // Enumerable properties a page adds to Object.prototype would break the bundle's module set-up
  // (esbuild's helpers walk objects with for…in): they are made non-enumerable while the facts are
  // read and restored before the page runs anything again (the reading is synchronous, so the page
  // cannot see the difference). The judge reads declarations this way, whatever their page does.
  return `(function () {\n  ${PROTO_KEYS}\n  var saved = protoKeys.map(function (k) { return [k, Object.getOwnPropertyDescriptor(Object.prototype, k)]; }).filter(function (e) { return e[1] && e[1].configurable; });\n  saved.forEach(function (e) { Object.defineProperty(Object.prototype, e[0], { enumerable: false }); });\n  try {\n${pageBundle('facts')}\n;\n    return __rgaaFacts.collect();\n  } finally {\n    saved.forEach(function (e) { Object.defineProperty(Object.prototype, e[0], e[1]); });\n  }\n})()`;
}
