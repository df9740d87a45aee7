/**
 * Configuration, in one place: what a user writes (a batch file, a site's config file) and the
 * options each stage takes. Types only, so that every layer can name them.
 */
import type { Browser } from 'playwright';
import type { Method, RateSource, ValidityMode } from './declaration.js';
import type { ProcedureInput } from './types.js';

/* ---------- files written by the user (parsed in batch/input.ts) ---------- */

export type LoginStep =
  | { goto: string }
  | { fill: { selector: string; value: string } }
  | { click: string }
  | { waitFor: string };

export interface ProcedureSpec {
  id: string;
  name: string;
  administration: string | null;
  ministry: string | null;
  /** Start URL(s): the first pages of the sample. */
  urls: string[];
  /** Extra pages always in the sample. */
  pages: string[];
  declarationUrl: string | null;
  /** The pages are the steps of one process. */
  process: boolean;
  login: LoginStep[] | null;
  /** Playwright storage-state file (cookies, localStorage). Never copied into reports. */
  storageState: string | null;
  /** Position in the input file: the order of every report. */
  index: number;
  /** The entry as written in the input (for the reports). */
  input?: ProcedureInput;
  /** Problems of an entry that cannot be audited (`--skip-invalid` reports it as in error): `file:line: field: problem`. */
  invalid?: string[];
}

export interface IgnoreRule {
  criterion?: string;
  test?: string;
  rule?: string;
  reason: string;
}

export interface SampleSettings {
  maxPages?: number;
  depth?: number;
  seed?: number;
  ignoreRobots?: boolean;
}

export interface BatchInput {
  file: string;
  procedures: ProcedureSpec[];
  /** Options set in the file (YAML `options:`), overridden by the command line. */
  options: SampleSettings & { threshold?: number; concurrency?: number; perHost?: number };
  ignore: IgnoreRule[];
}

/** What the input may contain beyond http and https pages. */
export interface InputOptions {
  /** Accept `file:` URLs (`--allow-file-urls`); refused by default, like every other scheme. */
  allowFileUrls?: boolean;
}

/** One site's configuration, kept in its repository: `rgaa-audit audit --config <file>`. */
export interface SiteConfig {
  file: string;
  id: string | null;
  name: string | null;
  pages: string[];
  threshold: number | null;
  /** The rate the CI gate compares with the threshold (`--gate`). */
  gate: 'measured' | 'ceiling' | null;
  /** Which rules decide the declaration's validity (`--validity`). */
  validity: ValidityMode | null;
  process: boolean | null;
  declarationUrl: string | null;
  ignore: IgnoreRule[];
}

/* ---------- options of each stage ---------- */

/** Playwright storage state (cookies, localStorage) for pages behind a login. Never reported. */
export type StorageState = Exclude<Parameters<Browser['newContext']>[0], undefined>['storageState'];

export interface GatherOptions {
  /** Whole-page budget in ms: navigation, settling and evaluation. */
  timeout: number;
  /** Max ms to wait after `load` for the network and the DOM to go quiet. */
  settle: number;
  viewport: { width: number; height: number };
  userAgent?: string;
  /** Resource types never fetched because they cannot change a result (e.g. media). */
  block: string[];
  /** Playwright storage state (file or object: cookies, localStorage) for pages behind a login. Never reported. */
  storageState?: string | StorageState;
  /** Go on with pages whose TLS certificate is invalid (self-signed, expired, wrong host). */
  ignoreHttpsErrors?: boolean;
}

export interface JudgeOptions {
  asOf: string;
  method: Method;
  rateSource: RateSource;
  declarationUrl?: string;
  /** Max candidate pages fetched while looking for the declaration. */
  maxTries?: number;
  /** Which rules decide validity (default: the observatory's 3-year rule; see src/judge/validity.ts). */
  validity?: ValidityMode;
}

export interface AuditOptions extends GatherOptions {
  concurrency: number;
  /** At most this many pages of one host at once. */
  perHost?: number;
  /** Retries of a page on network errors, timeouts, 429 and 503 (with backoff). */
  retries?: number;
  /** First backoff delay in ms (doubled at each retry; Retry-After wins when given). */
  backoff?: number;
  /** Run the checks that drive the live page (reflow, keyboard walk, popups…); default true. */
  interactive?: boolean;
  /** Screenshots of failing elements per page (0: none). */
  screenshots?: number;
  /** Findings and criteria to leave out, each with its reason (from a config file). */
  ignore?: IgnoreRule[];
  browserPath?: string;
  /** Treat the pages as the steps of one process (NC on one step is NC on all). */
  process?: boolean;
  /** Language of axe-core's messages and fix summaries (its own locale); English by default. */
  lang?: 'en' | 'fr';
  /** Look for the mention and declaration and give the verdict; off when undefined. */
  judge?: JudgeOptions;
  /**
   * The caller handles SIGINT and SIGTERM itself (the CLI: a batch writes what finished, then
   * exits 130 or 143): the browser is launched without Playwright's own handlers, which on SIGINT
   * close the browser and exit 130 at once, racing the batch's last writes.
   */
  ownSignals?: boolean;
}
