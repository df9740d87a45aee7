import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { serveStatic, type StaticServer } from '../../src/serve.js';
import { FIXTURES } from '../helpers/harness.js';
import { SCHEMA_PATH } from '../../src/report/json.js';

const BIN = join(FIXTURES, '..', 'bin', 'rgaa-audit.js');

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** The summary line every run ends with (see src/report/summary.ts), as a pattern. */
function summaryPattern(rate: { measured: number | null; floor: number | null; ceiling: number | null; C: number; NC: number }, gate: string): RegExp {
  const p = (n: number | null) => (n == null ? '—' : n.toFixed(1)).replace('.', '\\.');
  return new RegExp(
    `^rgaa-audit: 1 procedure · 3/3 pages audited, 0 in error · measured rate ${p(rate.measured)} % \\(${rate.C} C / ${rate.C + rate.NC} decided\\) · official rate between ${p(rate.floor)} % and ${p(rate.ceiling)} % · verdict \\w+ \\(\\d+ method, declared rate\\) · ${gate}$`,
  );
}

const lastLine = (s: string) => s.trimEnd().split('\n').at(-1) ?? '';

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

describe('rgaa-audit CLI', () => {
  let server: StaticServer;
  const tmp = mkdtempSync(join(tmpdir(), 'rgaa-cli-'));
  beforeAll(async () => {
    server = await serveStatic(FIXTURES);
  });
  afterAll(async () => server?.close());

  it('demo writes a schema-valid JSON report and the gate follows the rate', async () => {
    const out = join(tmp, 'r.json');
    const r = await run(['demo', '--format', 'json', '--output', out, '--as-of', '2026-01-15']);
    expect(existsSync(out), r.stderr).toBe(true);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const ok = validate(report);
    expect(ok, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const proc = report.procedures[0];
    expect(proc.pages).toHaveLength(3);
    expect(proc.pages.every((p: { error: unknown }) => p.error === null)).toBe(true);
    expect(proc.criteria['1.1'].status).toBe('NC');
    expect(proc.criteria['11.1'].status).toBe('NC');
    expect(proc.declaration.declaration).toMatchObject({ state: 'partiellement', rate: 78.26 });
    expect(proc.declaration.declaration.rateReading.evidence.section).toBe('Résultats des tests');
    // What an accessibility lead checks: the plans, the sample, the mention on every page.
    expect(proc.declaration.plans).toMatchObject({ schema: 'current', schemaYears: [2024, 2026], thisYearPlan: false, year: 2026 });
    expect(proc.declaration.sample.missingKinds).toEqual(['contact', 'help', 'sitemap', 'login']);
    expect(proc.declaration.sample.audited.every((a: { item: string | null }) => a.item !== null)).toBe(true);
    expect(proc.declaration.mentionCoverage.withoutMention).toEqual([]);
    expect(proc.declaration.mentionCoverage.withoutDeclarationLink).toEqual([]);
    expect(proc.verdict).toMatchObject({ method: '2020', value: 'Oui' });
    expect(proc.verdict.reasons[0]).toMatchObject({ id: 'declarationValid', params: { basis: 'updated' } });
    // axe's whole fix summary and help page are kept on its findings.
    const img = proc.criteria['1.1'].findings.find((f: { source: string }) => f.source === 'axe:image-alt');
    expect(img.fix).toMatch(/^Fix any of the following:\n {2}Element does not have an alt attribute\n {2}aria-label attribute/);
    expect(img.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/image-alt\?application=axeAPI$/);
    expect(r.code).toBe(proc.rate.measured !== null && proc.rate.measured >= 75 ? 0 : 1);
    // Nothing on stdout but the summary line (the JSON went to the file).
    const op = r.code === 0 ? '≥' : '<';
    expect(r.stdout.split('\n')).toEqual([expect.stringMatching(summaryPattern(proc.rate, `gate: measured ${proc.rate.measured.toFixed(1)} % ${op} 75 % → exit ${r.code}`)), '']);
  });

  it('demo writes every format at once into a folder', async () => {
    const dir = join(tmp, 'all');
    const r = await run(['demo', '--format', 'console,html,junit,sarif,markdown,csv,grid,json', '--output', dir, '--as-of', '2026-01-15']);
    expect([0, 1]).toContain(r.code);
    for (const ext of ['.html', '.junit.xml', '.sarif', '.md', '.csv', '.grid.csv', '.json']) {
      const file = join(dir, `rgaa-audit${ext}`);
      expect(existsSync(file), `${file}\n${r.stderr}`).toBe(true);
    }
    const html = readFileSync(join(dir, 'rgaa-audit.html'), 'utf8');
    expect(html).toContain('data:image/png;base64,'); // screenshots of failing elements
    expect(readFileSync(join(dir, 'rgaa-audit.csv'), 'utf8').startsWith('\uFEFF')).toBe(true);
    expect(r.stdout).toContain('Measured rate (taux mesuré)');
    // The console report, then the summary line, last on stdout.
    expect(lastLine(r.stdout)).toMatch(/^rgaa-audit: 1 procedure · 3\/3 pages audited, 0 in error · measured rate .* · gate: measured [\d.]+ % [<≥] 75 % → exit [01]$/);
    expect(r.stderr).not.toContain('rgaa-audit: 1 procedure');
  });

  it('demo --gate ceiling --lang fr: JSON on stdout, the summary line in French on stderr, the exit code from the ceiling', async () => {
    const r = await run(['demo', '--format', 'json', '--gate', 'ceiling', '--lang', 'fr', '--as-of', '2026-01-15']);
    const proc = JSON.parse(r.stdout).procedures[0];
    const passed = proc.rate.ceiling >= 75;
    expect(r.code).toBe(passed ? 0 : 1);
    // axe-core's own French locale: its messages, its whole fix summary, its help page in French.
    const axeFindings = Object.values(proc.criteria as Record<string, { findings: { source: string; message: string; fix?: string; helpUrl?: string }[] }>)
      .flatMap((c) => c.findings)
      .filter((f) => f.source.startsWith('axe:'));
    expect(axeFindings.length).toBeGreaterThan(0);
    for (const f of axeFindings) {
      expect(f.fix).toMatch(/^Corriger (l’un des|tous les) éléments suivants/);
      expect(f.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/[a-z-]+\?application=axeAPI&lang=fr$/);
    }
    expect(axeFindings.find((f) => f.source === 'axe:image-alt')?.message).toBe('L’élément n’a pas d’attribut alt');
    const fr = (n: number) => n.toFixed(1).replace('.', ',');
    expect(lastLine(r.stderr)).toBe(
      `rgaa-audit : 1 démarche · 3/3 pages auditées, 0 en erreur · taux mesuré ${fr(proc.rate.measured)} % (${proc.rate.C} C / ${proc.rate.C + proc.rate.NC} évalués) · taux officiel entre ${fr(proc.rate.floor)} % et ${fr(proc.rate.ceiling)} % · verdict Oui (méthode 2020, taux déclaré) · seuil : plafond ${fr(proc.rate.ceiling)} % ${passed ? '≥' : '<'} 75 % → code de sortie ${r.code}`,
    );
  });

  it('--format json,html without --output is refused before the audit: exit 2, one line saying to add --output', async () => {
    for (const args of [['demo', '--format', 'json,html'], ['audit', 'http://127.0.0.1:9/', '--format', 'html,json,sarif']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^rgaa-audit: --format [a-z,]+: several formats cannot share stdout; add --output <folder>\n$/);
    }
  });

  it('demo --format ods,declaration writes the official grid and the declaration draft; technologies in the JSON', async () => {
    const dir = join(tmp, 'handover');
    const r = await run(['demo', '--format', 'ods,declaration,json', '--output', dir, '--as-of', '2026-01-15']);
    expect([0, 1], r.stderr).toContain(r.code);
    const ods = readFileSync(join(dir, 'rgaa-audit.ods'));
    expect(ods.subarray(30, 84).toString('latin1')).toBe('mimetypeapplication/vnd.oasis.opendocument.spreadsheet');
    const report = JSON.parse(readFileSync(join(dir, 'rgaa-audit.json'), 'utf8'));
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(report.procedures[0].pages[0].technologies).toEqual(expect.arrayContaining(['HTML5', 'CSS']));
    for (const ext of ['.declaration.html', '.declaration.md']) {
      const text = readFileSync(join(dir, `rgaa-audit${ext}`), 'utf8');
      expect(text).toContain('Pages du site ayant fait l’objet de la vérification de conformité');
      expect(text).toContain('À COMPLÉTER');
      for (const pg of report.procedures[0].pages) expect(text, ext).toContain(ext.endsWith('.md') ? pg.url.replace(/[:.]/g, (c: string) => `\\${c}`) : pg.url);
    }
  });

  it('--format ods or declaration without --output: one-line usage error, exit 2, before any audit', async () => {
    for (const f of ['ods', 'declaration', 'json,ods']) {
      const r = await run(['demo', '--format', f]);
      expect(r.code, f).toBe(2);
      expect(r.stderr.trim().split('\n'), f).toHaveLength(1);
      expect(r.stderr).toMatch(/^rgaa-audit: --format .*(ods|declaration).*: writes files only: give --output <folder>/);
      expect(r.stdout).toBe('');
    }
  });

  it('demo: --method 2023 and --as-of change the verdict', async () => {
    const r = await run(['demo', '--format', 'json', '--method', '2023', '--as-of', '2026-01-15']);
    const m2023 = JSON.parse(r.stdout);
    expect(m2023.procedures[0].verdict).toMatchObject({ method: '2023', value: 'Partiel' });
    // stdout is the JSON alone: the summary line goes to stderr.
    expect(lastLine(r.stderr)).toMatch(summaryPattern(m2023.procedures[0].rate, `gate: measured [\\d.]+ % [<≥] 75 % → exit ${r.code}`));
    expect(lastLine(r.stderr)).toContain('verdict Partiel (2023 method, declared rate)');
    const late = JSON.parse((await run(['demo', '--format', 'json', '--as-of', '2028-09-02'])).stdout);
    expect(late.procedures[0].declaration.validity.valid).toBe(false);
    expect(late.procedures[0].verdict.value).toBe('Non');
  });

  it('audit: image without alt, no lang, no title → 1.1, 8.3, 8.5 NC with evidence, exit 1', async () => {
    const r = await run(['audit', server.url + '/pages/bad-basic.html', '--no-declaration']);
    expect(r.code).toBe(1);
    for (const id of ['1.1', '8.3', '8.5']) expect(r.stdout).toMatch(new RegExp(`NC ${id.replace('.', '\\.')} `));
    expect(r.stdout).toContain('<img src="/logo.png">');
    expect(r.stdout).toMatch(/C \/ \d+ decided, \d+ not tested/);
    expect(r.stdout).toContain('a human must review them');
    expect(r.stdout).not.toContain('\x1b['); // NO_COLOR: plain
  });

  it('audit: a clean page exits 0', async () => {
    const r = await run(['audit', server.url + '/pages/clean.html', '--no-declaration']);
    expect(lastLine(r.stdout)).toMatch(/· gate: measured [\d.]+ % ≥ 75 % → exit 0$/);
    expect(r.code).toBe(0);
  });

  it('audit: an unreachable URL exits 3 with a one-line reason', async () => {
    const port = await closedPort();
    const r = await run(['audit', `http://127.0.0.1:${port}/`, '--no-declaration']);
    expect(r.code).toBe(3);
    const line = r.stderr.trim().split('\n').filter((l) => l.startsWith('rgaa-audit:'));
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(/unreachable: connection refused/);
  });

  it('audit --config: pages, threshold and ignored rules (with their reason) come from the file', async () => {
    const cfg = join(tmp, 'site.yaml');
    writeFileSync(
      cfg,
      `name: Site de test\npages:\n  - ${server.url}/pages/bad-basic.html\nthreshold: 0\ngate: ceiling\nignore:\n  - criterion: "1.1"\n    reason: images checked by hand\n`,
    );
    const r = await run(['audit', '--config', cfg, '--no-declaration', '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const proc = report.procedures[0];
    expect(proc.name).toBe('Site de test');
    expect(proc.criteria['1.1'].status).toBe('NT');
    expect(proc.criteria['8.5'].status).toBe('NC');
    expect(report.options.ignore).toEqual([{ criterion: '1.1', reason: 'images checked by hand' }]);
    expect(r.code).toBe(0); // threshold 0 from the file
    expect(lastLine(r.stderr)).toMatch(/· gate: ceiling [\d.]+ % ≥ 0 % → exit 0$/); // gate from the file
  });

  it('audit --config: an ignore without a reason is refused, naming the file and line', async () => {
    const cfg = join(tmp, 'bad.yaml');
    writeFileSync(cfg, `pages:\n  - ${server.url}/pages/clean.html\nignore:\n  - rule: color-contrast\n`);
    const r = await run(['audit', '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(new RegExp(`^rgaa-audit: ${cfg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: ignore\\[0\\]\\.reason: is required`));
  });

  it.each([
    [['audit', 'not a url']],
    [['audit', 'http://127.0.0.1/', '--threshold', 'abc']],
    [['audit', 'http://127.0.0.1/', '--format', 'xml']],
    [['audit', 'http://127.0.0.1/', '--as-of', '2024-02-30']],
    [['audit', 'http://127.0.0.1/', '--validity', 'lenient']],
    [['audit']],
    [['nope']],
  ])('bad usage %j exits 2 with a one-line message', async (args) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().length).toBeGreaterThan(0);
  });

  it('rules prints each criterion and the coverage totals', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\.1 /m);
    expect(r.stdout).toMatch(/^13\.12 /m);
    expect(r.stdout).toMatch(/106 criteria: the tool can return NC for \d+, C for \d+, NA for \d+/);
    // Under each criterion, what can make it NC, C or NA: region (a review rule) is no NC source of 9.2.
    const block = (id: string) => r.stdout.slice(r.stdout.search(new RegExp(`^${id.replace('.', '\\.')} `, 'm'))).split(/\n(?=\d+\.\d+ )/)[0];
    expect(block('9.2')).toMatch(/^ +NC +check:struct-landmarks \(9\.2\.1\)$/m);
    expect(block('9.2')).not.toContain('axe:region');
    expect(block('2.1')).toMatch(/^ +C +check:frame-title-attr \(2\.1\.1\), check:frame-title-nested \(2\.1\.1\)$/m);
    expect(block('1.1')).toMatch(/^ +NA +scope:img, /m);
    // Then every axe rule with its decision and reason.
    expect(r.stdout).toMatch(/^axe-core rules: 67 mapped, \d+ nc .*, \d+ review/m);
    expect(r.stdout).toMatch(/^9\.2\.1 +region +review +9\.2\.1 asks only that the header, navigation, main content and footer/m);
    expect(r.stdout).toMatch(/^7\.1\.1 +aria-command-name +nc +.*\[axe-core tags it 11\.9\.1\]$/m);
    const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout);
    expect(json.totals.criteria).toBe(106);
    expect(json.axeRules).toHaveLength(67);
    for (const a of json.axeRules) expect(['nc', 'review'], a.rule).toContain(a.decision);
    expect(json.totals.axe.nc + json.totals.axe.review).toBe(67);
    expect(json.rows.find((x: { id: string }) => x.id === '13.1').sources.NC).toEqual([{ source: 'check:consult-meta-refresh', tests: ['13.1.1', '13.1.2'] }]);
  });
});
