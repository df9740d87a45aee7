/**
 * Batch input: a YAML file of procedures, or the observatory's CSV export. Every error names the
 * file, the line and the field, in one line (UsageError, exit code 2).
 */
import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode, type Document } from 'yaml';
import { UsageError } from '../model/errors.js';
import { checkUrl, urlProblem } from './urls.js';
import { parseObservatoryCsv } from './csv-input.js';
import { decodeInput, type Decoded } from './encoding.js';
import { attempt, fileProblems } from './problems.js';
import { VALIDITY_MODES } from '../judge/validity.js';
import type { BatchInput, IgnoreRule, InputOptions, LoginStep, ProcedureSpec, SiteConfig } from '../model/config.js';

export type { BatchInput, IgnoreRule, InputOptions, LoginStep, ProcedureSpec, SampleSettings, SiteConfig } from '../model/config.js';


class Located {
  constructor(
    readonly file: string,
    private readonly lc: LineCounter,
  ) {}
  line(node: YamlNode | null | undefined): string {
    const off = node?.range?.[0];
    if (off === undefined) return '';
    return `:${this.lc.linePos(off).line}`;
  }
  fail(node: YamlNode | null | undefined, field: string, msg: string): never {
    throw new UsageError(`${this.file}${this.line(node)}: ${field}: ${msg}`);
  }
}


export { allowedScheme, urlProblem } from './urls.js';
export { parseObservatoryCsv } from './csv-input.js';

const ID_RE = /^[A-Za-z0-9][\w.-]{0,99}$/;

/** Read a batch file: `.yaml`/`.yml` or `.csv`, in the encoding detected or given (`--encoding`). */
export function readBatchInput(file: string, o: InputOptions & { encoding?: string } = {}): BatchInput & { decoded: Omit<Decoded, 'text'> } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new UsageError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.yaml' && ext !== '.yml') throw new UsageError(`${file}: unknown input type (expected .yaml, .yml or .csv)`);
  const { text, ...decoded } = decodeInput(bytes, o.encoding);
  const input = ext === '.csv' ? parseObservatoryCsv(text, file, o) : parseBatchYaml(text, file, o);
  return { ...input, decoded };
}

function str(loc: Located, node: YamlNode | null | undefined, field: string, required: boolean): string | null {
  const v = node ? (node as { toJSON(): unknown }).toJSON() : undefined;
  if (v === undefined || v === null || v === '') {
    if (required) loc.fail(node, field, 'is required');
    return null;
  }
  if (typeof v !== 'string' && typeof v !== 'number') loc.fail(node, field, 'expected a string');
  return String(v).trim();
}

function urlList(loc: Located, node: YamlNode | null | undefined, field: string, o: InputOptions): string[] {
  if (!node) return [];
  const items = isSeq(node) ? (node.items as YamlNode[]) : [node];
  return items.map((n, i) => {
    const v = (n as { toJSON(): unknown }).toJSON();
    const problem = urlProblem(v, o);
    if (problem) loc.fail(n, `${field}[${i}]`, problem);
    return checkUrl(v, o)!;
  });
}

/** The first error of a YAML document, or an empty one, as one line naming the file and line. */
function yamlProblems(doc: Document, lc: LineCounter, file: string, text: string, expected: string): void {
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0]?.line ?? (e.pos ? lc.linePos(e.pos[0]).line : '?');
    throw new UsageError(`${file}:${line}: YAML syntax: ${e.message.split('\n')[0]}`);
  }
  if (doc.contents === null || doc.contents === undefined) {
    throw new UsageError(`${file}:1: ${text.trim() ? 'no content (only comments)' : 'empty file'}: expected ${expected}`);
  }
}

const PROC_KEYS = new Set(['id', 'name', 'administration', 'ministry', 'url', 'urls', 'pages', 'declarationUrl', 'process', 'login', 'storageState']);
const BATCH_KEYS = new Set(['procedures', 'options', 'ignore']);

/**
 * A batch YAML file. Pure but for `storageState`, whose file is read (relative to the batch
 * file's folder) so that a missing or broken one is an input error, not a failed procedure.
 */
export function parseBatchYaml(text: string, file: string, o: InputOptions = {}): BatchInput {
  const lc = new LineCounter();
  const doc: Document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, prettyErrors: false });
  const loc: Located = new Located(file, lc);
  yamlProblems(doc, lc, file, text, 'a mapping with `procedures:`');
  const root = doc.contents;
  if (!isMap(root)) loc.fail(root as YamlNode, 'document', 'expected a mapping with `procedures:`');
  const unknown: string[] = [];
  for (const pair of root.items) {
    const key = String((pair.key as { toJSON(): unknown } | null)?.toJSON());
    if (!BATCH_KEYS.has(key)) attempt(unknown, () => loc.fail(pair.key as YamlNode, key, `unknown field (known: ${[...BATCH_KEYS].join(', ')})`), null);
  }
  if (unknown.length) throw fileProblems(unknown);
  const procsNode = root.get('procedures', true) as YamlNode | undefined;
  if (!procsNode || !isSeq(procsNode)) loc.fail((procsNode ?? root) as YamlNode, 'procedures', 'expected a list of procedures');
  if (!procsNode.items.length) loc.fail(procsNode, 'procedures', 'the list is empty: give at least one procedure');
  const seen = new Map<string, number>();
  const ids = new Set<string>();
  // Each field of each procedure is checked even after a bad one: every problem is listed at once.
  const procedures: ProcedureSpec[] = (procsNode.items as YamlNode[]).map((item, index) => {
    const at = `procedures[${index}]`;
    const line = Number(loc.line(item).slice(1)) || 1;
    if (!isMap(item)) {
      return invalidEntry(index, line, [`${file}:${line}: ${at}: expected a mapping (id, name, url…)`]);
    }
    const bad: string[] = [];
    for (const pair of item.items) {
      const key = String((pair.key as { toJSON(): unknown }).toJSON());
      if (!PROC_KEYS.has(key)) attempt(bad, () => loc.fail(pair.key as YamlNode, `${at}.${key}`, `unknown field (known: ${[...PROC_KEYS].join(', ')})`), null);
    }
    const g = (k: string) => item.get(k, true) as YamlNode | undefined;
    const field = <T>(fn: () => T, fallback: T) => attempt(bad, fn, fallback);
    let id = field(() => str(loc, g('id'), `${at}.id`, true)!, '');
    if (id && !ID_RE.test(id)) field(() => loc.fail(g('id'), `${at}.id`, `"${id}" must be letters, digits, '.', '_' or '-' (at most 100)`), null);
    else if (id && seen.has(id)) field(() => loc.fail(g('id'), `${at}.id`, `duplicate id "${id}" (also procedures[${seen.get(id)}])`), null);
    else if (id) seen.set(id, index);
    const urls = [...field(() => urlList(loc, g('url'), `${at}.url`, o), []), ...field(() => urlList(loc, g('urls'), `${at}.urls`, o), [])];
    if (!g('url') && !g('urls')) field(() => loc.fail(item, `${at}.url`, 'is required (a start URL)'), null);
    const declarationUrl = field(() => {
      const declNode = g('declarationUrl');
      if (!declNode) return null;
      const v = (declNode as { toJSON(): unknown }).toJSON();
      const problem = urlProblem(v, o);
      if (problem) loc.fail(declNode, `${at}.declarationUrl`, problem);
      return checkUrl(v, o);
    }, null);
    const isProcess = field(() => {
      const processNode = g('process');
      const v: unknown = processNode ? (processNode as { toJSON(): unknown }).toJSON() : false;
      if (typeof v !== 'boolean') loc.fail(processNode, `${at}.process`, 'expected true or false');
      return v;
    }, false);
    const name = field(() => str(loc, g('name'), `${at}.name`, false), null);
    const administration = field(() => str(loc, g('administration'), `${at}.administration`, false), null);
    const ministry = field(() => str(loc, g('ministry'), `${at}.ministry`, false), null);
    const pages = field(() => urlList(loc, g('pages'), `${at}.pages`, o), []);
    const login = field(() => parseLogin(loc, g('login'), `${at}.login`, o), null);
    const storageState = field(() => storageStateFile(loc, g('storageState'), `${at}.storageState`), null);
    const ref = id;
    // An invalid entry keeps a unique id of its own, so that --skip-invalid can report it.
    if (!id || !ID_RE.test(id) || ids.has(id)) id = `${ID_RE.test(id) ? id : 'entry'}.line-${line}`;
    ids.add(id);
    const rawUrl = [g('url'), g('urls')].flatMap((n) => (n ? [(n as { toJSON(): unknown }).toJSON()].flat() : [])).map(String).join(' ');
    return {
      id,
      name: name ?? (ref || id),
      administration,
      ministry,
      urls,
      pages,
      declarationUrl,
      process: isProcess,
      login,
      storageState,
      index,
      input: { ref, name, url: rawUrl, administration, ministry },
      ...(bad.length ? { invalid: bad } : {}),
    };
  });
  const optNode = root.get('options', true) as YamlNode | undefined;
  const options: BatchInput['options'] = {};
  const fatal: string[] = [];
  if (optNode && !isMap(optNode)) attempt(fatal, () => loc.fail(optNode, 'options', 'expected a mapping'), null);
  else if (optNode) {
    const known: Record<string, 'int' | 'bool' | 'pct'> = { maxPages: 'int', depth: 'int', seed: 'int', ignoreRobots: 'bool', threshold: 'pct', concurrency: 'int', perHost: 'int' };
    for (const pair of optNode.items) {
      const key = String((pair.key as { toJSON(): unknown }).toJSON());
      const v = (pair.value as { toJSON(): unknown } | null)?.toJSON();
      const kind = known[key];
      attempt(
        fatal,
        () => {
          if (!kind) loc.fail(pair.key as YamlNode, `options.${key}`, `unknown option (known: ${Object.keys(known).join(', ')})`);
          if (kind === 'bool' && typeof v !== 'boolean') loc.fail(pair.value as YamlNode, `options.${key}`, 'expected true or false');
          if (kind === 'int' && !(Number.isInteger(v) && (v as number) >= 0)) loc.fail(pair.value as YamlNode, `options.${key}`, 'expected a whole number');
          if (kind === 'pct' && !(typeof v === 'number' && v >= 0 && v <= 100)) loc.fail(pair.value as YamlNode, `options.${key}`, 'expected a percentage from 0 to 100');
          (options as Record<string, unknown>)[key] = v;
        },
        null,
      );
    }
  }
  const ignore = attempt(fatal, () => parseIgnore(loc, root.get('ignore', true) as YamlNode | undefined), []);
  // Options and ignore rules apply to every procedure: their problems stop the run, with the procedures' ones.
  if (fatal.length) throw fileProblems([...fatal, ...procedures.flatMap((p) => p.invalid ?? [])]);
  return { file, procedures, options, ignore };
}

/** An entry that is not even a mapping: reported as it is, with an id of its own. */
function invalidEntry(index: number, line: number, problems: string[]): ProcedureSpec {
  const id = `entry.line-${line}`;
  return { id, name: id, administration: null, ministry: null, urls: [], pages: [], declarationUrl: null, process: false, login: null, storageState: null, index, input: { ref: '', name: null, url: '', administration: null, ministry: null }, invalid: problems };
}

export function parseIgnore(loc: Located, node: YamlNode | undefined): IgnoreRule[] {
  if (!node) return [];
  if (!isSeq(node)) loc.fail(node, 'ignore', 'expected a list of { criterion | test | rule, reason }');
  return (node.items as YamlNode[]).map((item, i) => {
    const at = `ignore[${i}]`;
    if (!isMap(item)) loc.fail(item, at, 'expected { criterion | test | rule, reason }');
    const v = item.toJSON() as Record<string, unknown>;
    const rule: IgnoreRule = { reason: typeof v.reason === 'string' ? v.reason.trim() : '' };
    if (!rule.reason) loc.fail(item, `${at}.reason`, 'is required: say why it is ignored');
    if (v.criterion !== undefined) {
      if (!/^\d{1,2}\.\d{1,2}$/.test(String(v.criterion))) loc.fail(item.get('criterion', true) as YamlNode, `${at}.criterion`, 'expected a criterion id such as "3.2" (quote it)');
      rule.criterion = String(v.criterion);
    }
    if (v.test !== undefined) {
      if (!/^\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(String(v.test))) loc.fail(item.get('test', true) as YamlNode, `${at}.test`, 'expected a test id such as 3.2.1');
      rule.test = String(v.test);
    }
    if (v.rule !== undefined) rule.rule = String(v.rule);
    if (!rule.criterion && !rule.test && !rule.rule) loc.fail(item, at, 'give one of criterion, test or rule');
    return rule;
  });
}

/** A Playwright storage-state file, relative to the batch file's folder: read and checked now. */
function storageStateFile(loc: Located, node: YamlNode | undefined, at: string): string | null {
  const name = str(loc, node, at, false);
  if (name === null) return null;
  const path = resolve(dirname(loc.file), name);
  let state: unknown;
  try {
    state = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? 'not JSON';
    loc.fail(node, at, `cannot read ${JSON.stringify(name)} as a Playwright storage state (${why})`);
  }
  const s = state as { cookies?: unknown; origins?: unknown } | null;
  if (!s || typeof s !== 'object' || (s.cookies !== undefined && !Array.isArray(s.cookies)) || (s.origins !== undefined && !Array.isArray(s.origins))) {
    loc.fail(node, at, `${JSON.stringify(name)} is not a Playwright storage state ({ cookies: [...], origins: [...] })`);
  }
  return path;
}

function parseLogin(loc: Located, node: YamlNode | undefined, at: string, o: InputOptions): LoginStep[] | null {
  if (!node) return null;
  const steps = isMap(node) ? (node.get('steps', true) as YamlNode | undefined) : node;
  if (!steps || !isSeq(steps)) loc.fail(node, at, 'expected a list of steps (goto, fill, click, waitFor)');
  return (steps.items as YamlNode[]).map((s, i) => {
    const v = (s as { toJSON(): unknown }).toJSON() as Record<string, unknown>;
    const where = `${at}[${i}]`;
    if (!v || typeof v !== 'object' || Object.keys(v).length !== 1) loc.fail(s, where, 'expected one of goto, fill, click, waitFor');
    const [k, val] = Object.entries(v)[0];
    if (k === 'goto') {
      const problem = urlProblem(val, o);
      if (problem) loc.fail(s, `${where}.goto`, problem);
      return { goto: checkUrl(val, o)! };
    }
    if (k === 'click' || k === 'waitFor') {
      if (typeof val !== 'string' || !val) loc.fail(s, `${where}.${k}`, 'expected a CSS selector');
      return k === 'click' ? { click: val } : { waitFor: val };
    }
    if (k === 'fill') {
      const f = val as { selector?: unknown; value?: unknown };
      if (!f || typeof f.selector !== 'string' || typeof f.value !== 'string') loc.fail(s, `${where}.fill`, 'expected { selector, value } (value may be ${env:NAME})');
      for (const m of f.value.matchAll(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
        // Checked before the run (the value itself is read only when the step runs, never stored).
        if (process.env[m[1]] === undefined) loc.fail(s, `${where}.fill.value`, `environment variable ${m[1]} is not set`);
      }
      return { fill: { selector: f.selector, value: f.value } };
    }
    return loc.fail(s, where, `unknown step "${k}" (goto, fill, click, waitFor)`);
  });
}

/** Values like `${env:NAME}` in login steps are read from the environment at run time. */
export function expandEnv(value: string, where: string): string {
  return value.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const v = process.env[name];
    if (v === undefined) throw new UsageError(`${where}: environment variable ${name} is not set`);
    return v;
  });
}

export { parseShard, shardOf } from './shard.js';

const SITE_KEYS = new Set(['id', 'name', 'pages', 'threshold', 'gate', 'validity', 'process', 'declarationUrl', 'ignore']);

export function readSiteConfig(file: string, o: InputOptions = {}): SiteConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const lc = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, prettyErrors: false });
  const loc: Located = new Located(file, lc);
  yamlProblems(doc, lc, file, text, 'a mapping (pages, threshold, ignore…)');
  const root = doc.contents;
  if (!isMap(root)) return loc.fail(root as YamlNode, 'document', 'expected a mapping (pages, threshold, ignore…)');
  for (const pair of root.items) {
    const key = String((pair.key as { toJSON(): unknown }).toJSON());
    if (!SITE_KEYS.has(key)) loc.fail(pair.key as YamlNode, key, `unknown field (known: ${[...SITE_KEYS].join(', ')})`);
  }
  const g = (k: string) => root.get(k, true) as YamlNode | undefined;
  const thr = g('threshold') ? (g('threshold') as { toJSON(): unknown }).toJSON() : null;
  if (thr !== null && !(typeof thr === 'number' && thr >= 0 && thr <= 100)) loc.fail(g('threshold'), 'threshold', 'expected a percentage from 0 to 100');
  const gate = g('gate') ? (g('gate') as { toJSON(): unknown }).toJSON() : null;
  if (gate !== null && gate !== 'measured' && gate !== 'ceiling') loc.fail(g('gate'), 'gate', 'expected measured or ceiling');
  const validity = g('validity') ? (g('validity') as { toJSON(): unknown }).toJSON() : null;
  if (validity !== null && !(VALIDITY_MODES as readonly unknown[]).includes(validity)) loc.fail(g('validity'), 'validity', `expected ${VALIDITY_MODES.join(' or ')}`);
  const proc = g('process') ? (g('process') as { toJSON(): unknown }).toJSON() : null;
  if (proc !== null && typeof proc !== 'boolean') loc.fail(g('process'), 'process', 'expected true or false');
  const decl = g('declarationUrl');
  const declValue = decl ? (decl as { toJSON(): unknown }).toJSON() : null;
  const declProblem = decl ? urlProblem(declValue, o) : null;
  if (declProblem) loc.fail(decl, 'declarationUrl', declProblem);
  const declarationUrl = decl ? checkUrl(declValue, o) : null;
  return {
    file,
    id: str(loc, g('id'), 'id', false),
    name: str(loc, g('name'), 'name', false),
    pages: urlList(loc, g('pages'), 'pages', o),
    threshold: thr as number | null,
    gate: gate as SiteConfig['gate'],
    validity: validity as SiteConfig['validity'],
    process: proc as boolean | null,
    declarationUrl,
    ignore: parseIgnore(loc, g('ignore')),
  };
}
