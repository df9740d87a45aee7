import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../../src/serve.js';
import { FIXTURES } from '../helpers/harness.js';

const BIN = join(FIXTURES, '..', 'bin', 'rgaa-audit.js');
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('--baseline gate', () => {
  const site = mkdtempSync(join(tmpdir(), 'rgaa-site-'));
  const out = mkdtempSync(join(tmpdir(), 'rgaa-baseline-'));
  let server: StaticServer;
  const page = join(site, 'page.html');
  beforeAll(async () => {
    // A page below the threshold (an image without alt): without a baseline the gate fails.
    copyFileSync(join(FIXTURES, 'pages', 'clean.html'), page);
    writeFileSync(page, readFileSync(page, 'utf8').replace('<p>Du texte.</p>', '<p>Du texte.</p><img src="/a.png">'));
    server = await serveStatic(site);
  });
  afterAll(async () => server?.close());

  const saved = join(out, 'baseline.json');
  const last = (s: string) => s.trimEnd().split('\n').at(-1);

  it('passes on an unchanged site', async () => {
    const first = await run(['audit', `${server.url}/page.html`, '--no-declaration', '--format', 'json', '--output', saved, '--threshold', '100']);
    expect(first.code).toBe(1); // below 100 % without a baseline
    const same = await run(['audit', `${server.url}/page.html`, '--no-declaration', '--threshold', '100', '--baseline', saved]);
    expect(same.code, same.stderr).toBe(0);
    // The rate gate is not applied with --baseline unless --gate is given; the summary says so.
    expect(last(same.stdout)).toMatch(/· gate: baseline: nothing new; measured [\d.]+ % < 100 % not applied with --baseline \(give --gate to apply it\) → exit 0$/);
  }, 120_000);

  it('with --gate given, the rate gate applies too: nothing new but below the threshold fails', async () => {
    const both = await run(['audit', `${server.url}/page.html`, '--no-declaration', '--threshold', '100', '--baseline', saved, '--gate', 'measured']);
    expect(both.code).toBe(1);
    expect(last(both.stdout)).toMatch(/· gate: baseline: nothing new; measured [\d.]+ % < 100 % → exit 1$/);
  }, 120_000);

  it('fails when one NC is added, and says what is new', async () => {
    // One more NC: a frame without a title (criterion 2.1).
    writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<iframe src="/x.html"></iframe></main>'));
    const worse = await run(['audit', `${server.url}/page.html`, '--no-declaration', '--threshold', '100', '--baseline', saved]);
    expect(worse.code).toBe(1);
    expect(worse.stderr).toMatch(/2\.1/);
    expect(last(worse.stdout)).toMatch(/· gate: baseline: 1 new NC criterion, \d+ new findings?; measured [\d.]+ % < 100 % not applied with --baseline \(give --gate to apply it\) → exit 1$/);
  }, 120_000);

  it('reports what improved', async () => {
    const saved = join(out, 'baseline2.json');
    await run(['audit', `${server.url}/page.html`, '--no-declaration', '--format', 'json', '--output', saved]);
    writeFileSync(page, readFileSync(page, 'utf8').replace('<img src="/a.png">', '<img src="/a.png" alt="Schéma">'));
    const better = await run(['audit', `${server.url}/page.html`, '--no-declaration', '--baseline', saved]);
    expect(better.code).toBe(0);
    expect(better.stderr).toMatch(/1\.1/);
  });

  it('refuses a baseline that is not a report, naming the file', async () => {
    const bad = join(out, 'bad.json');
    writeFileSync(bad, '{"hello":1}');
    const r = await run(['audit', `${server.url}/page.html`, '--baseline', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
  });
});
