/**
 * Bad input, everywhere the tool reads some: each is ONE line naming the file and line (or the
 * option and value), exit code 2, no stack trace (`--debug` adds it). Most cases call the pure
 * parsers (fast); a few run the real CLI as a child process. tests/batch/input-errors.test.ts
 * covers the first batch cases (missing url, bad URL, unknown field, duplicate id, CSV columns).
 */
import { describe, it, expect, afterAll, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseBatchYaml, parseObservatoryCsv, readBatchInput, readSiteConfig, type InputOptions } from '../../src/batch/input.js';
import { parseFormats, parseIntOption, parseThreshold, parseUrl } from '../../src/cli/options.js';
import { UsageError } from '../../src/model/errors.js';
import { main } from '../../src/cli/main.js';
import { FIXTURES } from '../helpers/harness.js';
import { runCli } from '../batch/util.js';

const tmp = mkdtempSync(join(tmpdir(), 'rgaa-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The UsageError `fn` throws: one line, no stack in the message. */
function usageError(fn: () => unknown): string {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  expect(err, 'expected a UsageError').toBeInstanceOf(UsageError);
  const msg = (err as Error).message;
  expect(msg.split('\n'), msg).toHaveLength(1);
  expect(msg).not.toMatch(/\n\s+at /);
  return msg;
}

/**
 * The first problem of a batch input: the error it throws (a problem of the whole file), or the
 * first problem of an invalid entry (listed with the others, exit 2 unless --skip-invalid).
 */
function firstProblem(fn: () => { procedures: { invalid?: string[] }[] }): string {
  let input: { procedures: { invalid?: string[] }[] };
  try {
    input = fn();
  } catch (e) {
    return usageError(() => {
      throw e;
    });
  }
  const problems = input.procedures.flatMap((p) => p.invalid ?? []);
  expect(problems.length, 'expected an error or an invalid entry').toBeGreaterThan(0);
  for (const p of problems) expect(p.split('\n')).toHaveLength(1);
  return problems[0];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lines = (text: string) => text.split('\n').filter((l) => l.trim());

interface FileCase {
  name: string;
  text: string;
  /** `file:line: field` the message starts with. */
  at: string;
  message: RegExp;
  options?: InputOptions;
}

const P = (body: string[]) => ['procedures:', ...body, ''].join('\n');
const OK = ['  - id: a', '    url: http://127.0.0.1/a'];

describe('batch YAML: one line naming the file, line and field', () => {
  // A storage state next to the batch file, and two broken ones.
  writeFileSync(join(tmp, 'state.json'), JSON.stringify({ cookies: [], origins: [] }));
  writeFileSync(join(tmp, 'not-json.json'), '{ cookies: ');
  writeFileSync(join(tmp, 'not-state.json'), JSON.stringify({ cookies: 'session=1' }));
  delete process.env.RGAA_TEST_UNSET_VARIABLE;
  const CASES: FileCase[] = [
    { name: 'malformed YAML (unclosed flow sequence)', text: P(['  - id: a', '    url: [http://127.0.0.1/a']), at: 'b.yaml:4', message: /YAML syntax: .*\]/ },
    { name: 'malformed YAML (bad indentation)', text: P(['  - id: a', '   url: http://127.0.0.1/a']), at: 'b.yaml:3', message: /YAML syntax/ },
    { name: 'a key given twice', text: P(['  - id: a', '    url: http://127.0.0.1/a', '    url: http://127.0.0.1/b']), at: 'b.yaml:4', message: /YAML syntax: Map keys must be unique/ },
    { name: 'an empty file', text: '', at: 'b.yaml:1', message: /empty file: expected a mapping with `procedures:`/ },
    { name: 'only comments', text: '# nothing yet\n', at: 'b.yaml:1', message: /no content/ },
    { name: 'an empty list of procedures', text: 'procedures: []\n', at: 'b.yaml:1: procedures', message: /the list is empty/ },
    { name: 'a list at the top', text: '- id: a\n', at: 'b.yaml:1: document', message: /expected a mapping/ },
    { name: 'an unknown top-level key (typo)', text: ['procedure:', ...OK, ''].join('\n'), at: 'b.yaml:1: procedure', message: /unknown field \(known: procedures, options, ignore\)/ },
    { name: 'an unknown top-level key next to procedures', text: P([...OK]) + 'threshold: 80\n', at: 'b.yaml:4: threshold', message: /unknown field/ },
    { name: 'an unknown option', text: 'options:\n  maxPage: 3\n' + P(OK), at: 'b.yaml:2: options.maxPage', message: /unknown option \(known: maxPages/ },
    { name: 'wrong type: process', text: P([...OK, '    process: "yes"']), at: 'b.yaml:4: procedures[0].process', message: /expected true or false/ },
    { name: 'wrong type: name is a list', text: P([...OK, '    name: [a, b]']), at: 'b.yaml:4: procedures[0].name', message: /expected a string/ },
    { name: 'wrong type: a procedure is a string', text: P(['  - http://127.0.0.1/a']), at: 'b.yaml:2: procedures[0]', message: /expected a mapping/ },
    { name: 'wrong type: maxPages', text: 'options:\n  maxPages: ten\n' + P(OK), at: 'b.yaml:2: options.maxPages', message: /expected a whole number/ },
    { name: 'wrong type: ignoreRobots', text: 'options:\n  ignoreRobots: 1\n' + P(OK), at: 'b.yaml:2: options.ignoreRobots', message: /expected true or false/ },
    { name: 'threshold above 100', text: 'options:\n  threshold: 120\n' + P(OK), at: 'b.yaml:2: options.threshold', message: /expected a percentage from 0 to 100/ },
    { name: 'threshold below 0', text: 'options:\n  threshold: -1\n' + P(OK), at: 'b.yaml:2: options.threshold', message: /expected a percentage from 0 to 100/ },
    { name: 'an id with spaces', text: P(['  - id: mon id', '    url: http://127.0.0.1/a']), at: 'b.yaml:2: procedures[0].id', message: /"mon id" must be letters, digits/ },
    { name: 'a duplicate id', text: P([...OK, ...OK]), at: 'b.yaml:4: procedures[1].id', message: /duplicate id "a" \(also procedures\[0\]\)/ },
    { name: 'an invalid URL among urls', text: P(['  - id: a', '    urls: [http://127.0.0.1/a, "http://"]']), at: 'b.yaml:3: procedures[0].urls[1]', message: /not a valid http\(s\) URL: "http:\/\/"/ },
    { name: 'a file: URL', text: P(['  - id: a', '    url: file:///etc/passwd']), at: 'b.yaml:3: procedures[0].url[0]', message: /file: URLs are refused unless --allow-file-urls is given: "file:\/\/\/etc\/passwd"/ },
    { name: 'a javascript: URL', text: P(['  - id: a', '    url: "javascript:alert(1)"']), at: 'b.yaml:3: procedures[0].url[0]', message: /"javascript:alert\(1\)" \(scheme javascript: refused; only http and https\)/ },
    { name: 'a data: URL among pages', text: P([...OK, '    pages: ["data:text/html,<h1>x</h1>"]']), at: 'b.yaml:4: procedures[0].pages[0]', message: /scheme data: refused/ },
    { name: 'an about: URL', text: P(['  - id: a', '    url: about:blank']), at: 'b.yaml:3: procedures[0].url[0]', message: /scheme about: refused/ },
    { name: 'an ftp: URL', text: P(['  - id: a', '    url: ftp://127.0.0.1/a']), at: 'b.yaml:3: procedures[0].url[0]', message: /scheme ftp: refused/ },
    { name: 'a javascript: declarationUrl', text: P([...OK, '    declarationUrl: "javascript:x"']), at: 'b.yaml:4: procedures[0].declarationUrl', message: /scheme javascript: refused/ },
    { name: 'a file: declarationUrl', text: P([...OK, '    declarationUrl: file:///tmp/d.html']), at: 'b.yaml:4: procedures[0].declarationUrl', message: /--allow-file-urls/ },
    { name: 'a login goto to a javascript: URL', text: P([...OK, '    login:', '      - goto: "javascript:x"']), at: 'b.yaml:5: procedures[0].login[0].goto', message: /scheme javascript: refused/ },
    { name: 'an unknown login step', text: P([...OK, '    login:', '      - type: "#user"']), at: 'b.yaml:5: procedures[0].login[0]', message: /unknown step "type"/ },
    { name: 'a login secret from an unset variable', text: P([...OK, '    login:', '      - fill: { selector: "#pw", value: "${env:RGAA_TEST_UNSET_VARIABLE}" }']), at: 'b.yaml:5: procedures[0].login[0].fill.value', message: /environment variable RGAA_TEST_UNSET_VARIABLE is not set/ },
    { name: 'a missing storageState file', text: P([...OK, '    storageState: nope.json']), at: 'b.yaml:4: procedures[0].storageState', message: /cannot read "nope.json" as a Playwright storage state \(ENOENT\)/ },
    { name: 'a storageState that is not JSON', text: P([...OK, '    storageState: not-json.json']), at: 'b.yaml:4: procedures[0].storageState', message: /\(not JSON\)/ },
    { name: 'a storageState of the wrong shape', text: P([...OK, '    storageState: not-state.json']), at: 'b.yaml:4: procedures[0].storageState', message: /is not a Playwright storage state/ },
    { name: 'an ignore without reason', text: P(OK) + 'ignore:\n  - criterion: "3.2"\n', at: 'b.yaml:5: ignore[0].reason', message: /is required/ },
  ];

  it.each(CASES)('$name', (c) => {
    const file = join(tmp, 'b.yaml');
    const msg = firstProblem(() => parseBatchYaml(c.text, file, c.options));
    expect(msg.startsWith(`${join(tmp, c.at)}`), msg).toBe(true);
    expect(msg).toMatch(c.message);
  });

  it('accepted: file: URLs with --allow-file-urls; storageState resolved next to the batch file', () => {
    const text = P(['  - id: a', '    url: file:///tmp/a.html', '    storageState: state.json']);
    const input = parseBatchYaml(text, join(tmp, 'b.yaml'), { allowFileUrls: true });
    expect(input.procedures[0].urls).toEqual(['file:///tmp/a.html']);
    expect(input.procedures[0].storageState).toBe(join(tmp, 'state.json'));
    // http and https, with or without a BOM, always pass.
    expect(parseBatchYaml('\uFEFF' + P(['  - id: a', '    urls: [http://127.0.0.1/a, https://127.0.0.1/b]']), 'x.yaml').procedures[0].urls).toHaveLength(2);
  });
});

describe('observatory CSV: one line naming the file, line and column', () => {
  const H = 'Ref_Demarche;Nom_Demarche;URL_Demarche;Nom_Administration;Nom_Ministere';
  const CASES: FileCase[] = [
    { name: 'an empty file', text: '', at: 'o.csv:1', message: /empty file: expected the header Ref_Demarche/ },
    { name: 'only a BOM and blank lines', text: '\uFEFF\r\n\r\n', at: 'o.csv:1', message: /empty file/ },
    { name: 'a header and no row', text: H + '\r\n', at: 'o.csv:2', message: /no procedures/ },
    { name: 'an unclosed quote', text: [H, '0;Démarche éèà;http://127.0.0.1/0;Adm;Min', '1;"Une;http://127.0.0.1/a;A;M', '2;Deux;http://127.0.0.1/b;A;M', ''].join('\r\n'), at: 'o.csv:3: CSV', message: /Quote Not Closed/ },
    { name: 'one column too many', text: [H, '1;Une;http://127.0.0.1/a;A;M;extra', ''].join('\r\n'), at: 'o.csv:2: row', message: /6 fields where the header has 5/ },
    { name: 'a missing Ref_Demarche', text: [H, ';Une;http://127.0.0.1/a;A;M', ''].join('\r\n'), at: 'o.csv:2: Ref_Demarche', message: /is required/ },
    { name: 'duplicate ids', text: [H, '7;Une;http://127.0.0.1/a;A;M', '7;Deux;http://127.0.0.1/b;A;M', ''].join('\r\n'), at: 'o.csv:3: Ref_Demarche', message: /duplicate id "7" \(also line 2\)/ },
    { name: 'a file: URL', text: [H, '1;Une;file:///etc/passwd;A;M', ''].join('\r\n'), at: 'o.csv:2: URL_Demarche', message: /--allow-file-urls/ },
    { name: 'a javascript: URL', text: [H, '1;Une;javascript:alert(1);A;M', ''].join('\r\n'), at: 'o.csv:2: URL_Demarche', message: /scheme javascript: refused/ },
    { name: 'a second URL that is not one', text: [H, '1;Une;http://127.0.0.1/a | mailto:x@y.fr;A;M', ''].join('\r\n'), at: 'o.csv:2: URL_Demarche', message: /scheme mailto: refused/ },
  ];
  it.each(CASES)('$name', (c) => {
    const file = join(tmp, 'o.csv');
    const msg = firstProblem(() => parseObservatoryCsv(c.text, file, c.options));
    expect(msg.startsWith(join(tmp, c.at)), msg).toBe(true);
    expect(msg).toMatch(c.message);
  });
});

describe('audit --config: one line naming the file, line and field', () => {
  const CASES: FileCase[] = [
    { name: 'an empty file', text: '', at: 's.yaml:1', message: /empty file/ },
    { name: 'malformed YAML', text: 'pages: [http://127.0.0.1/a\n', at: 's.yaml:2', message: /YAML syntax/ },
    { name: 'threshold out of range', text: 'threshold: 150\n', at: 's.yaml:1: threshold', message: /expected a percentage from 0 to 100/ },
    { name: 'threshold of the wrong type', text: 'threshold: high\n', at: 's.yaml:1: threshold', message: /expected a percentage/ },
    { name: 'an unknown key', text: 'seuil: 80\n', at: 's.yaml:1: seuil', message: /unknown field \(known: id, name, pages/ },
    { name: 'an unknown gate', text: 'threshold: 80\ngate: official\n', at: 's.yaml:2: gate', message: /expected measured or ceiling/ },
    { name: 'an unknown validity', text: 'validity: lax\n', at: 's.yaml:1: validity', message: /expected observatory or strict/ },
    { name: 'a file: page', text: 'pages:\n  - file:///etc/passwd\n', at: 's.yaml:2: pages[0]', message: /--allow-file-urls/ },
    { name: 'a javascript: declarationUrl', text: 'declarationUrl: "javascript:x"\n', at: 's.yaml:1: declarationUrl', message: /scheme javascript: refused/ },
  ];
  it.each(CASES)('$name', (c) => {
    const file = join(tmp, 's.yaml');
    writeFileSync(file, c.text);
    const msg = usageError(() => readSiteConfig(file, c.options));
    expect(msg.startsWith(join(tmp, c.at)), msg).toBe(true);
    expect(msg).toMatch(c.message);
  });

  it('gate: measured or ceiling is read', () => {
    const file = join(tmp, 'g.yaml');
    writeFileSync(file, 'pages:\n  - http://127.0.0.1/a\ngate: ceiling\n');
    expect(readSiteConfig(file).gate).toBe('ceiling');
    writeFileSync(file, 'pages:\n  - http://127.0.0.1/a\n');
    expect(readSiteConfig(file).gate).toBeNull();
  });

  it('validity: observatory or strict is read (as --validity)', () => {
    const file = join(tmp, 'v.yaml');
    writeFileSync(file, 'pages:\n  - http://127.0.0.1/a\nvalidity: strict\n');
    expect(readSiteConfig(file).validity).toBe('strict');
    writeFileSync(file, 'pages:\n  - http://127.0.0.1/a\n');
    expect(readSiteConfig(file).validity).toBeNull();
  });

  it('missing files name the path', () => {
    expect(usageError(() => readSiteConfig(join(tmp, 'none.yaml')))).toBe(`${join(tmp, 'none.yaml')}: cannot read: ENOENT`);
    expect(usageError(() => readBatchInput(join(tmp, 'none.csv')))).toBe(`${join(tmp, 'none.csv')}: cannot read: ENOENT`);
    expect(usageError(() => readBatchInput(tmp))).toBe(`${tmp}: cannot read: EISDIR`);
  });
});

describe('command-line values: one line naming the option and the value', () => {
  const CASES: [string, () => unknown, RegExp][] = [
    ['--threshold 101', () => parseThreshold('101'), /^--threshold: expected a percentage from 0 to 100, got "101"$/],
    ['--threshold -1', () => parseThreshold('-1'), /^--threshold: .*got "-1"$/],
    ['--threshold 75%', () => parseThreshold('75%'), /^--threshold: .*got "75%"$/],
    ['--threshold NaN', () => parseThreshold('NaN'), /^--threshold: .*got "NaN"$/],
    ['--concurrency 0', () => parseIntOption('--concurrency', 1, 64)('0'), /^--concurrency: expected a number from 1 to 64, got 0$/],
    ['--concurrency 65', () => parseIntOption('--concurrency', 1, 64)('65'), /^--concurrency: expected a number from 1 to 64, got 65$/],
    ['--concurrency two', () => parseIntOption('--concurrency', 1, 64)('two'), /^--concurrency: expected a whole number, got "two"$/],
    ['--timeout 1.5', () => parseIntOption('--timeout', 1000)('1.5'), /^--timeout: expected a whole number, got "1.5"$/],
    ['--timeout -5', () => parseIntOption('--timeout', 1000)('-5'), /^--timeout: expected a whole number, got "-5"$/],
    ['--timeout 10', () => parseIntOption('--timeout', 1000)('10'), /^--timeout: expected a number from 1000 to \d+, got 10$/],
    ['--timeout 1e9', () => parseIntOption('--timeout', 1000)('1e9'), /^--timeout: expected a whole number, got "1e9"$/],
    ['--format xml', () => parseFormats('json,xml'), /^--format: unknown format "xml" \(known: console, json/],
    ['--format ""', () => parseFormats(' , '), /^--format: give at least one of console/],
    ['a bare word', () => parseUrl('example.gouv.fr'), /^URL: not a valid URL: "example.gouv.fr": add http:\/\/ or https:\/\/ \(e\.g\. https:\/\/example\.gouv\.fr\)$/],
    ['a host and port without scheme', () => parseUrl('localhost:8702'), /^URL: not a valid URL: "localhost:8702": add http:\/\/ or https:\/\//],
    ['a file: URL', () => parseUrl('file:///etc/passwd'), /^URL: file: URLs are refused unless --allow-file-urls is given: "file:\/\/\/etc\/passwd"$/],
    ['a javascript: URL', () => parseUrl('javascript:alert(1)'), /^URL: unsupported URL scheme javascript: in "javascript:alert\(1\)" \(only http and https\)$/],
    ['a data: URL', () => parseUrl('data:text/html,x'), /^URL: unsupported URL scheme data:/],
    ['an about: URL', () => parseUrl('about:blank'), /^URL: unsupported URL scheme about:/],
    ['a chrome: URL', () => parseUrl('chrome://settings'), /^URL: unsupported URL scheme chrome:/],
    ['a ws: URL', () => parseUrl('ws://127.0.0.1/'), /^URL: unsupported URL scheme ws:/],
  ];
  it.each(CASES)('%s', (_, fn, re) => {
    expect(usageError(fn)).toMatch(re);
  });

  it('file: URLs pass with --allow-file-urls, http(s) always', () => {
    expect(parseUrl('file:///tmp/a.html', true)).toBe('file:///tmp/a.html');
    expect(parseUrl('https://127.0.0.1/x')).toBe('https://127.0.0.1/x');
    expect(usageError(() => parseUrl('javascript:x', true))).toMatch(/unsupported URL scheme javascript:/);
  });
});

/** Exactly one line on stderr, exit 2, nothing on stdout, no stack. */
function expectOneLine(r: { code: number | null; stdout: string; stderr: string }, re: RegExp): string {
  expect(r.code, r.stderr).toBe(2);
  const l = lines(r.stderr);
  expect(l, r.stderr).toHaveLength(1);
  expect(l[0]).toMatch(/^rgaa-audit: /);
  expect(l[0]).toMatch(re);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stdout).toBe('');
  return l[0];
}

/** `main()` in this process (for errors found before any browser starts): exit code, stdout, stderr. */
async function runMain(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const before = process.exitCode;
  try {
    await main(['node', 'rgaa-audit', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    err.mockRestore();
    out.mockRestore();
    process.exitCode = before;
  }
}

describe('the command line: exit 2, one line on stderr, no stack trace', () => {
  const yaml = join(tmp, 'cli-bad.yaml');
  writeFileSync(yaml, P(['  - id: a', '    url: [http://127.0.0.1/a']));
  const good = join(tmp, 'cli-good.yaml');
  writeFileSync(good, P(OK));
  const aFile = join(tmp, 'a-regular-file');
  writeFileSync(aFile, 'x');
  const aFolder = join(tmp, 'a-folder.json');
  mkdirSync(aFolder);

  // In this process: main() as bin/rgaa-audit.js calls it (fast; every error comes before a browser).
  it.each([
    ['malformed batch YAML', ['batch', yaml], new RegExp(`^rgaa-audit: ${esc(yaml)}:4: YAML syntax: `)],
    ['a missing batch file', ['batch', join(tmp, 'missing.csv')], new RegExp(`^rgaa-audit: ${esc(join(tmp, 'missing.csv'))}: cannot read: ENOENT$`)],
    ['an unknown option', ['audit', 'http://127.0.0.1/', '--concurrence', '2'], /^rgaa-audit: unknown option '--concurrence' \(Did you mean --concurrency\?\) \(run with --help for usage\)$/],
    ['an unknown command', ['audits', 'http://127.0.0.1/'], /^rgaa-audit: unknown command 'audits'/],
    ['a missing argument', ['batch'], /^rgaa-audit: missing required argument 'file'/],
    ['a bad choice', ['audit', 'http://127.0.0.1/', '--method', '2021'], /'2021' is invalid\. Allowed choices are 2020, 2023/],
    ['an unknown format', ['audit', 'http://127.0.0.1/', '--format', 'json,pdf'], /^rgaa-audit: --format: unknown format "pdf"/],
    ['a bad --concurrency', ['batch', good, '--concurrency', '0'], /^rgaa-audit: --concurrency: expected a number from 1 to 64, got 0$/],
    ['a bad --timeout', ['audit', 'http://127.0.0.1/', '--timeout', '30s'], /^rgaa-audit: --timeout: expected a whole number, got "30s"$/],
    ['a threshold out of range', ['audit', 'http://127.0.0.1/', '--threshold', '200'], /^rgaa-audit: --threshold: .*got "200"$/],
    ['a bad --shard', ['batch', good, '--shard', '3/2'], /^rgaa-audit: --shard: expected i\/n with 1 ≤ i ≤ n, got "3\/2"$/],
    ['a file: URL', ['audit', 'file:///etc/passwd'], /^rgaa-audit: URL: file: URLs are refused unless --allow-file-urls is given: "file:\/\/\/etc\/passwd"$/],
    ['a javascript: URL', ['audit', 'javascript:alert(document.cookie)'], /unsupported URL scheme javascript:/],
    ['a javascript: --declaration-url', ['audit', 'http://127.0.0.1/', '--declaration-url', 'javascript:x'], /^rgaa-audit: --declaration-url: unsupported URL scheme javascript:/],
    ['a --config with a file: page', ['audit', '--config', join(tmp, 'cfg-file.yaml')], new RegExp(`^rgaa-audit: ${esc(join(tmp, 'cfg-file.yaml'))}:2: pages\\[0\\]: file: URLs are refused`)],
    ['an output under a regular file', ['audit', 'http://127.0.0.1/', '--format', 'json', '--output', join(aFile, 'r.json')], new RegExp(`^rgaa-audit: cannot write ${esc(join(aFile, 'r.json'))}: ENOTDIR`)],
    ['an output file that is a folder', ['audit', 'http://127.0.0.1/', '--format', 'json', '--output', aFolder], new RegExp(`^rgaa-audit: cannot write ${esc(aFolder)}: it is a folder$`)],
    ['a batch output under a regular file', ['batch', good, '--output', join(aFile, 'out')], new RegExp(`^rgaa-audit: cannot write ${esc(join(aFile, 'out'))}/results\\.jsonl: ENOTDIR`)],
    ['a --results path under a regular file', ['batch', good, '--results', join(aFile, 'r.jsonl')], new RegExp(`^rgaa-audit: cannot write ${esc(join(aFile, 'r.jsonl'))}: ENOTDIR`)],
    ['merge of a missing file', ['merge', join(tmp, 'none.jsonl'), '--output', join(tmp, 'merged')], new RegExp(`^rgaa-audit: ${esc(join(tmp, 'none.jsonl'))}: cannot read: ENOENT$`)],
  ])('%s', async (_, args, re) => {
    writeFileSync(join(tmp, 'cfg-file.yaml'), 'pages:\n  - file:///etc/passwd\n');
    expectOneLine(await runMain(args as string[]), re as RegExp);
  });

  it('--debug adds the stack trace after the same line, for our errors and commander’s', async () => {
    const plain = await runMain(['batch', yaml]);
    const debug = await runMain(['batch', yaml, '--debug']);
    expect(debug.code).toBe(2);
    const l = lines(debug.stderr);
    expect(l[0]).toBe(lines(plain.stderr)[0]);
    expect(l.length).toBeGreaterThan(2);
    expect(debug.stderr).toMatch(/^\s+at .*input\.ts/m);
    const first = await runMain(['--debug', 'audit', 'http://127.0.0.1/', '--bogus']);
    expect(first.code).toBe(2);
    expect(lines(first.stderr)[0]).toMatch(/^rgaa-audit: unknown option '--bogus'/);
    expect(first.stderr).toMatch(/^\s+at /m);
  });

  // The real executable, as a child process: a few cases end to end.
  it.concurrent.each([
    ['malformed batch YAML', ['batch', yaml], new RegExp(`^rgaa-audit: ${esc(yaml)}:4: YAML syntax: `)],
    ['an unknown option', ['audit', 'http://127.0.0.1/', '--bogus'], /^rgaa-audit: unknown option '--bogus' \(run with --help for usage\)$/],
    ['a file: URL', ['audit', 'file:///etc/passwd'], /^rgaa-audit: URL: file: URLs are refused unless --allow-file-urls is given/],
  ])('bin/rgaa-audit.js: %s', async (_, args, re) => {
    expectOneLine(await runCli(args as string[]), re as RegExp);
  });

  it('bin/rgaa-audit.js: an unwritable output is refused before the audit: no browser, nothing written', async () => {
    const t0 = Date.now();
    const r = await runCli(['audit', 'http://127.0.0.1:9/', '--format', 'json,html', '--output', join(aFile, 'out')]);
    expectOneLine(r, /cannot write .*ENOTDIR/);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(readdirSync(tmp)).not.toContain('out');
  });
});

describe('--allow-file-urls', () => {
  it('lets a file: page be audited (refused without it, above)', async () => {
    const url = pathToFileURL(join(FIXTURES, 'pages', 'clean.html')).href;
    const r = await runCli(['audit', url, '--allow-file-urls', '--no-declaration', '--format', 'json', '--settle', '0', '--no-interactive', '--concurrency', '1']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { procedures: { pages: { url: string; error: string | null }[] }[] };
    expect(report.procedures[0].pages[0]).toMatchObject({ url, error: null });
  }, 60_000);
});
