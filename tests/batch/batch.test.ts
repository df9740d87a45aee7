/**
 * `rgaa-audit batch` end to end, on the sites of tests/helpers/sites.ts (127.0.0.2, 127.0.0.3, …):
 * one full unsharded run (beforeAll) is the reference; the interruption, resume, shard and CSV
 * tests run a subset of its procedures and must give the same procedures (a procedure's result
 * does not depend on the other procedures of the batch). The crawling sampler is not wired yet
 * (src/batch/sampler.ts returns the given pages), so every run uses --no-sample.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { startSites, maxInFlight, type Sites, type SiteRequest } from '../helpers/sites.js';
import { FILE_FORMATS } from '../../src/report/formats.js';
import { SCHEMA_PATH } from '../../src/report/json.js';
import {
  BASE_ARGS,
  groupAlive,
  jsonlLines,
  killGroup,
  normalise,
  pick,
  readReport,
  renderInput,
  runCli,
  spawnCli,
  waitFor,
  type ReportLike,
} from './util.js';

type Proc = {
  id: string;
  error: string | null;
  pages: { url: string; finalUrl: string | null; httpStatus: number | null; error: string | null; title: string | null; reason?: string; timings: Record<string, number> }[];
  rate: { measured: number | null };
  declaration: {
    homeUrl: string | null;
    searched: { url: string; source: string; outcome: string }[];
    declaration: { url: string; state: string | null; rate: number | null; establishedOn: string | null } | null;
  } | null;
  verdict: { value: string; method: string } | null;
};

/** Procedures of the subset runs: fast ones, successes and failures, several hosts (full-file order). */
const SUBSET = ['gamma-etat-civil', 'delta-cantine', 'alpha-bourse', 'fail-retraite', 'beta-permis', 'down-chomage', 'blocked-passeport', 'footer-culture'];

const ajv = new Ajv({ allErrors: true, strict: false });
ajvFormats.default(ajv); // the CommonJS default export, typed and at run time
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

const byId = (procs: ReportLike['procedures']) => Object.fromEntries(procs.map((p) => [p.id, p]));

describe('rgaa-audit batch', () => {
  let s: Sites;
  let tmp: string;
  let fullYaml: string;
  let subsetYaml: string;
  let ids: string[];
  /** The reference: one full unsharded run. */
  let ref: { code: number | null; stdout: string; stderr: string; dir: string; report: ReportLike; norm: ReportLike; requests: SiteRequest[]; ms: number };
  const proc = (id: string) => ref.report.procedures.find((p) => p.id === id) as unknown as Proc;
  /** These procedures of the reference run, normalised, in file order. */
  const expected = (list: string[] = SUBSET) => ({ ...ref.norm, procedures: pick(ref.norm, list) });
  /** A YAML file with these procedures of the full file (same specs, file order). */
  const subsetFile = (name: string, list: string[]) => {
    const doc = parseYaml(readFileSync(fullYaml, 'utf8')) as { procedures: { id: string }[] };
    const path = join(tmp, name);
    writeFileSync(path, stringifyYaml({ procedures: doc.procedures.filter((p) => list.includes(p.id)) }));
    return path;
  };

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    s = await startSites();
    tmp = mkdtempSync(join(tmpdir(), 'rgaa-batch-'));
    fullYaml = renderInput('procedures.yaml.tpl', s.sites, tmp, 'procedures.yaml');
    const doc = parseYaml(readFileSync(fullYaml, 'utf8')) as { procedures: { id: string }[] };
    ids = doc.procedures.map((p) => p.id);
    subsetYaml = subsetFile('subset.yaml', SUBSET);
    const dir = join(tmp, 'ref');
    const from = s.requests.length;
    const t0 = Date.now();
    const r = await runCli(['batch', fullYaml, '--output', dir, ...BASE_ARGS]);
    const ms = Date.now() - t0;
    const requests = s.requests.slice(from);
    const reportPath = join(dir, 'rgaa-audit.json');
    if (!existsSync(reportPath)) throw new Error(`reference run wrote no report (exit ${r.code}):\n${r.stderr}`);
    const report = readReport(reportPath);
    ref = { code: r.code, stdout: r.stdout, stderr: r.stderr, dir, report, norm: normalise(report, s.sites), requests, ms };
  }, 240_000);

  afterAll(async () => {
    await s?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('fixture: 20+ procedures over 15 hosts, subset in file order', () => {
    expect(ids.length).toBeGreaterThanOrEqual(20);
    expect(new Set(Object.values(s.sites).map((u) => new URL(u).hostname)).size).toBe(Object.keys(s.sites).length);
    expect(ids.filter((id) => SUBSET.includes(id))).toEqual(SUBSET);
  });

  describe('a full run', () => {
    it('exits 0, plain [i/n] progress lines on stderr (not a TTY), one per procedure', () => {
      expect(ref.code, ref.stderr).toBe(0);
      const lines = ref.stderr.split('\n').filter((l) => /^\[\d+\/\d+\] /.test(l));
      expect(lines).toHaveLength(ids.length);
      lines.forEach((l, i) => expect(l.startsWith(`[${i + 1}/${ids.length}] `)).toBe(true));
      expect(lines.map((l) => /^\[\d+\/\d+\] (\S+):/.exec(l)![1]).sort()).toEqual([...ids].sort());
      // The first line says how many procedures and what sample each gets.
      expect(ref.stderr.split('\n')[0]).toBe(`batch: ${ids.length} procedures; sample: the given pages only (--no-sample)`);
      expect(ref.stderr).not.toContain('\x1b[');
      // One summary line on stdout (a batch writes its reports to files): counts, verdicts, no gate.
      const n = ref.report.procedures.length;
      expect(ref.stdout).toMatch(new RegExp(`^rgaa-audit: ${n} procedures · \\d+/\\d+ pages audited, \\d+ in error · measured rate ≥ 75 %: \\d+ of ${n} · ceiling below 75 % \\(certain failure\\): \\d+ · verdicts: Oui \\d+, Partiel \\d+, Non \\d+, not judged \\d+ · no gate \\(batch\\) → exit 0\\n$`));
      expect(ref.stderr).toContain(`(${ids.length} audited, 0 resumed)`);
    });

    it('writes one JSONL line per procedure, a schema-valid JSON report in input order, and the registered batch formats', () => {
      const lines = jsonlLines(join(ref.dir, 'results.jsonl')).map((l) => JSON.parse(l) as { v: number; id: string; index: number; config: string });
      expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());
      for (const l of lines) expect(l).toMatchObject({ v: 1, index: ids.indexOf(l.id), config: expect.stringMatching(/^[0-9a-f]{16}$/) });
      expect(ref.report.procedures.map((p) => p.id)).toEqual(ids);
      const ok = validate(ref.report);
      expect(ok, JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
      // Other batch formats: asserted only when registered.
      for (const f of ['batch-csv', 'dashboard'].filter((x) => x in FILE_FORMATS)) {
        const path = join(ref.dir, `rgaa-audit${FILE_FORMATS[f].ext}`);
        expect(existsSync(path), `${f}: ${path}`).toBe(true);
        const text = readFileSync(path, 'utf8');
        for (const id of ids) expect(text, `${f} names ${id}`).toContain(id);
      }
    });

    it('records each failing site with its kind and reason, distinct from a « Non » verdict', () => {
      const failed: Record<string, RegExp> = {
        'fail-retraite': /^error: HTTP 500\b/,
        'down-chomage': /^unreachable: connection refused \(ERR_CONNECTION_REFUSED\)$/,
        'blocked-passeport': /^blocked: HTTP 403\b/,
        'hang-sport': /^timeout: the page did not (finish|load) within \d+ s$/,
      };
      for (const [id, re] of Object.entries(failed)) {
        const p = proc(id);
        expect(p.error, id).toMatch(re);
        expect(p.error, `${id}: kind given once`).not.toMatch(/^(\w+): \1:/);
        // The 2020 method has no label for a procedure not evaluated: no verdict. The declaration
        // is still looked for when the site answers; none of these serves one.
        expect(p.verdict, id).toBeNull();
        expect(p.declaration?.declaration ?? null, id).toBeNull();
        expect(p.rate.measured, id).toBeNull();
        expect(p.pages.every((pg) => pg.error), id).toBe(true);
      }
      // Every other procedure was audited.
      for (const id of ids.filter((x) => !(x in failed))) {
        const p = proc(id);
        expect(p.error, id).toBeNull();
        expect(p.pages.every((pg) => pg.error === null && pg.httpStatus === 200), id).toBe(true);
        expect(p.rate.measured, id).not.toBeNull();
        expect(p.verdict, id).not.toBeNull();
      }
      // « Non » is a verdict on an audited site (expired declaration), not a failure.
      for (const id of ['gamma-etat-civil', 'gamma-urbanisme']) {
        expect(proc(id).verdict?.value).toBe('Non');
        expect(proc(id).declaration?.declaration).toMatchObject({ state: 'non', rate: 32, establishedOn: '2021-05-05' });
      }
      // The hanging page was tried twice (--retries 1).
      expect(ref.requests.filter((r) => r.site === 'hang')).toHaveLength(2);
    });

    it('reads each site’s declaration: states, rates, dates and verdicts vary', () => {
      expect(proc('alpha-logement').declaration?.declaration).toMatchObject({ state: 'partiellement', rate: 78.26, establishedOn: '2025-03-12' });
      expect(proc('alpha-logement').verdict).toMatchObject({ method: '2020', value: 'Oui' });
      expect(proc('beta-permis').declaration?.declaration).toMatchObject({ state: 'totalement', rate: 100, establishedOn: '2024-02-03' });
      expect(proc('beta-permis').verdict?.value).toBe('Oui');
      expect(proc('delta-cantine').declaration?.declaration).toMatchObject({ state: 'partiellement', rate: 61.5, establishedOn: '2024-10-02' });
      expect(proc('delta-cantine').verdict?.value).toBe('Partiel');
      expect(proc('slow-impots').declaration?.declaration).toMatchObject({ rate: 80, establishedOn: '2024-06-01' });
      // Declaration only behind a footer link named « Accessibilité » (no mention, /accessibilite is a 404).
      const footer = proc('footer-culture').declaration!;
      expect(footer.declaration?.url).toBe(`${s.sites.footer}/informations/engagements`);
      expect(footer.searched.find((x) => x.outcome === 'declaration')?.source).toBe('link');
      expect(footer.declaration).toMatchObject({ state: 'partiellement', rate: 70 });
      // Declaration only at the `declarationUrl` of the YAML: tried after the usual paths.
      const config = proc('config-eau').declaration!;
      expect(config.searched.at(-1)).toEqual({ url: `${s.sites.config}/documents/rgaa/declaration`, source: 'config', outcome: 'declaration' });
      expect(config.searched.slice(0, -1).every((x) => x.source === 'path' && /HTTP 404/.test(x.outcome))).toBe(true);
      expect(config.declaration).toMatchObject({ state: 'non', rate: 20 });
    });

    it('follows the 301 from / to /accueil', () => {
      const p = proc('redirect-sante');
      expect(p.pages[0]).toMatchObject({ url: `${s.sites.redirect}/`, finalUrl: `${s.sites.redirect}/accueil`, httpStatus: 200, error: null });
      expect(p.declaration?.declaration?.rate).toBe(90);
      expect(ref.requests.some((r) => r.site === 'redirect' && r.path === '/' && r.status === 301)).toBe(true);
    });

    it('login-walled procedure: the login steps run, then /demarche itself is audited (not /connexion)', () => {
      const p = proc('login-caf');
      expect(p.pages).toHaveLength(1);
      expect(p.pages[0]).toMatchObject({ url: `${s.sites.login}/demarche`, finalUrl: `${s.sites.login}/demarche`, httpStatus: 200, error: null });
      expect(p.pages[0].title).toMatch(/^Faire une demande/);
      const login = ref.requests.filter((r) => r.site === 'login');
      // The form was posted with the password taken from ${env:…} and accepted (302 + cookie).
      expect(login.some((r) => r.method === 'POST' && r.path === '/connexion' && r.status === 302)).toBe(true);
      expect(login.some((r) => r.method === 'POST' && r.status === 401)).toBe(false);
      // The audited page was not redirected to the login page.
      const postLogin = login.findIndex((r) => r.method === 'POST');
      expect(login.slice(postLogin).filter((r) => r.path === '/demarche').every((r) => r.status === 200)).toBe(true);
      // The cookie never reaches the report.
      expect(JSON.stringify(p)).not.toMatch(/session=ok|fixture-secret/);
    });

    it('429 with Retry-After: 1 → the page is retried after at least a second and succeeds', () => {
      const p = proc('ratelimit-jeunesse');
      expect(p.error).toBeNull();
      expect(p.pages.map((x) => [x.finalUrl, x.httpStatus])).toEqual([
        [`${s.sites.ratelimit}/`, 200],
        [`${s.sites.ratelimit}/demarche/jeunesse`, 200],
      ]);
      const rl = ref.requests.filter((r) => r.site === 'ratelimit');
      for (const path of ['/', '/demarche/jeunesse']) {
        const seq = rl.filter((r) => r.path === path);
        expect(seq[0].status, path).toBe(429);
        expect(seq[1].status, path).toBe(200);
        expect(seq[1].time - seq[0].end!, path).toBeGreaterThanOrEqual(950);
      }
    });

    it('slow site (1.5 s per response) is audited within the budget', () => {
      for (const id of ['slow-impots', 'slow-amendes']) {
        expect(proc(id).error).toBeNull();
        expect(proc(id).pages[0].timings.load).toBeGreaterThanOrEqual(1400);
      }
    });

    it('robots.txt Disallow: /demarche does not apply to the explicitly given pages of --no-sample (no crawl)', () => {
      // robots.txt governs the crawl (the sampler); with --no-sample the listed pages are audited.
      expect(proc('robots-vote').error).toBeNull();
      expect(proc('robots-vote').pages[0].httpStatus).toBe(200);
    });

    it('--per-host 1: never two requests in flight to one host (request log)', () => {
      const max = maxInFlight(ref.requests);
      expect(Object.keys(max).length).toBeGreaterThanOrEqual(12);
      expect(max).toEqual(Object.fromEntries(Object.keys(max).map((k) => [k, 1])));
      // The two slow-site procedures are adjacent in the file, so both were in flight together:
      // without the limit their 1.5 s responses would have overlapped.
      const slow = ref.requests.filter((r) => r.site === 'slow').map((r) => r.path);
      expect(slow).toEqual(expect.arrayContaining(['/demarche/impots', '/demarche/amendes']));
      // The site's home and declaration were rendered once for both procedures (judge pages are
      // shared in a run): no path of the site requested twice.
      expect(slow.length).toBeGreaterThanOrEqual(4);
      expect(new Set(slow).size, slow.join(' ')).toBe(slow.length);
    });

    it('every request names the tool in its user agent', () => {
      expect(ref.requests.length).toBeGreaterThan(50);
      for (const r of ref.requests) expect(r.userAgent, `${r.site} ${r.path}`).toMatch(/^rgaa-audit\/\S+ \(/);
    });
  });

  describe('interruptions', () => {
    it('kill -9 in the middle, then --resume: nothing lost, nothing twice, same procedures as an uninterrupted run', async () => {
      const dir = join(tmp, 'kill');
      const results = join(dir, 'results.jsonl');
      const run = spawnCli(['batch', subsetYaml, '--output', dir, ...BASE_ARGS]);
      let finished = false;
      void run.done.then(() => (finished = true));
      await waitFor(() => finished || jsonlLines(results).length >= 3, 120_000, '3 finished procedures');
      expect(finished, `the run finished before it could be killed:\n${run.stderr()}`).toBe(false);
      killGroup(run.child.pid!, 'SIGKILL'); // the CLI and its browser
      const killed = await run.done;
      expect(killed.signal).toBe('SIGKILL');
      await waitFor(() => !groupAlive(run.child.pid!), 10_000, 'the browser processes to go');
      const before = jsonlLines(results).length;
      expect(before).toBeGreaterThanOrEqual(3);
      expect(before).toBeLessThan(SUBSET.length);
      expect(existsSync(join(dir, 'rgaa-audit.json'))).toBe(false);

      const r = await runCli(['batch', subsetYaml, '--output', dir, '--resume', ...BASE_ARGS]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`already done \\(resume\\)`));
      const m = /\((\d+) audited, (\d+) resumed\)/.exec(r.stderr)!;
      expect(Number(m[1]) + Number(m[2])).toBe(SUBSET.length);
      expect(Number(m[2])).toBeGreaterThanOrEqual(3);
      const lines = jsonlLines(results).map((l) => (JSON.parse(l) as { id: string }).id);
      expect(new Set(lines)).toEqual(new Set(SUBSET)); // nothing lost
      const report = readReport(join(dir, 'rgaa-audit.json'));
      expect(report.procedures.map((p) => p.id)).toEqual(SUBSET); // each once, in input order
      expect(normalise(report, s.sites)).toEqual(expected());
    }, 180_000);

    it('SIGTERM: clean stop (exit 143, only complete lines, browser closed), then --resume finishes the rest', async () => {
      const dir = join(tmp, 'term');
      const results = join(dir, 'results.jsonl');
      const run = spawnCli(['batch', subsetYaml, '--output', dir, ...BASE_ARGS]);
      let finished = false;
      void run.done.then(() => (finished = true));
      await waitFor(() => finished || jsonlLines(results).length >= 2, 120_000, '2 finished procedures');
      expect(finished, `the run finished before it could be stopped:\n${run.stderr()}`).toBe(false);
      process.kill(run.child.pid!, 'SIGTERM'); // the CLI only: it must close its browser itself
      const r1 = await run.done;
      expect(r1.code, r1.stderr).toBe(143);
      expect(r1.stderr).toMatch(/SIGTERM: stopping; finished procedures are in .*results\.jsonl \(run again with --resume\)/);
      await waitFor(() => !groupAlive(run.child.pid!), 10_000, 'the browser to be closed');
      const text = readFileSync(results, 'utf8');
      expect(text.endsWith('\n')).toBe(true);
      const done = text.split('\n').slice(0, -1).map((l) => JSON.parse(l) as { v: number; id: string });
      expect(done.every((l) => l.v === 1 && SUBSET.includes(l.id))).toBe(true);
      expect(done.length).toBeLessThan(SUBSET.length);
      expect(new Set(done.map((l) => l.id)).size).toBe(done.length);
      // Procedures cut short by the stop are not recorded as failures.
      for (const l of text.split('\n').slice(0, -1).map((x) => JSON.parse(x) as { procedure: Proc })) {
        expect(l.procedure.error ?? '').not.toMatch(/browser crashed or closed|run was stopped/);
      }

      const r2 = await runCli(['batch', subsetYaml, '--output', dir, '--resume', ...BASE_ARGS]);
      expect(r2.code, r2.stderr).toBe(0);
      expect(r2.stderr).toContain(`(${SUBSET.length - done.length} audited, ${done.length} resumed)`);
      expect(normalise(readReport(join(dir, 'rgaa-audit.json')), s.sites)).toEqual(expected());
    }, 180_000);

    it('--deadline 1s leaves procedures pending and says so; --resume completes them', async () => {
      // More procedures than the batch keeps in flight (twice the concurrency of 2): some cannot start before the deadline.
      const list = SUBSET.slice(0, 6);
      const yaml = subsetFile('deadline.yaml', list);
      const dir = join(tmp, 'deadline');
      const r1 = await runCli(['batch', yaml, '--output', dir, '--deadline', '1s', ...BASE_ARGS]);
      const m = /\((\d+) audited, 0 resumed, (\d+) left for --resume\)/.exec(r1.stderr);
      expect(m, r1.stderr).not.toBeNull();
      const [audited, pending] = [Number(m![1]), Number(m![2])];
      expect(pending).toBeGreaterThanOrEqual(1);
      expect(audited + pending).toBe(list.length);
      expect(jsonlLines(join(dir, 'results.jsonl'))).toHaveLength(audited);
      expect(readReport(join(dir, 'rgaa-audit.json')).procedures).toHaveLength(audited);
      expect([0, 3]).toContain(r1.code);

      const r2 = await runCli(['batch', yaml, '--output', dir, '--resume', ...BASE_ARGS]);
      expect(r2.code, r2.stderr).toBe(0);
      expect(r2.stderr).toContain(`(${pending} audited, ${audited} resumed)`);
      expect(r2.stderr).not.toContain('left for --resume');
      expect(normalise(readReport(join(dir, 'rgaa-audit.json')), s.sites)).toEqual(expected(list));
    }, 180_000);
  });

  it('--shard 1/2 and 2/2 merged with `rgaa-audit merge` equal the unsharded run', async () => {
    const a = join(tmp, 'shard-a.jsonl');
    const b = join(tmp, 'shard-b.jsonl');
    const [r1, r2] = await Promise.all([
      runCli(['batch', subsetYaml, '--shard', '1/2', '--results', a, '--output', join(tmp, 'shard-1'), ...BASE_ARGS]),
      runCli(['batch', subsetYaml, '--shard', '2/2', '--results', b, '--output', join(tmp, 'shard-2'), ...BASE_ARGS]),
    ]);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r2.code, r2.stderr).toBe(0);
    const idsOf = (f: string) => jsonlLines(f).map((l) => (JSON.parse(l) as { id: string }).id).sort();
    // Deterministic halves: positions 0, 2, 4… then 1, 3, 5…
    expect(idsOf(a)).toEqual(SUBSET.filter((_, i) => i % 2 === 0).sort());
    expect(idsOf(b)).toEqual(SUBSET.filter((_, i) => i % 2 === 1).sort());
    const out = join(tmp, 'merged');
    const m = await runCli(['merge', a, b, '--output', out]);
    expect(m.code, m.stderr).toBe(0);
    expect(m.stderr).toContain(`merged ${SUBSET.length} procedures from 2 files`);
    // The summary line of a merge: counts over the procedures, no gate.
    expect(m.stdout).toMatch(new RegExp(`^rgaa-audit: ${SUBSET.length} procedures · merged from 2 files · \\d+/\\d+ pages audited, \\d+ in error · .* · no gate \\(merge\\) → exit 0\\n$`));
    const merged = readReport(join(out, 'rgaa-audit.json'));
    expect(merged.procedures.map((p) => p.id)).toEqual(SUBSET);
    expect(normalise(merged, s.sites)).toEqual(expected());
  }, 180_000);

  it('sampling (no --no-sample): the crawl respects robots.txt and keeps the start pages', async () => {
    const yaml = subsetFile('sample.yaml', ['alpha-bourse', 'robots-vote']);
    const dir = join(tmp, 'sample');
    const from = s.requests.length;
    const r = await runCli(['batch', yaml, '--output', dir, '--max-pages', '2', ...BASE_ARGS.filter((a) => a !== '--no-sample')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe('batch: 2 procedures; sample: crawl of up to 2 pages per procedure, depth 2 from the start URLs (--no-sample: only the given pages)');
    const requests = s.requests.slice(from);
    const report = readReport(join(dir, 'rgaa-audit.json'));
    const [alpha, robots] = report.procedures as unknown as Proc[];
    expect(alpha.id).toBe('alpha-bourse');
    expect(alpha.pages[0]).toMatchObject({ url: `${s.sites.alpha}/demarche/bourse`, reason: 'start' });
    expect(alpha.pages.length).toBeGreaterThan(1);
    expect(alpha.pages.length).toBeLessThanOrEqual(2);
    expect(alpha.pages.every((p) => p.error === null && typeof p.reason === 'string')).toBe(true);
    // robots.txt (Disallow: /demarche) was read, and nothing under /demarche was fetched or audited.
    expect(robots.id).toBe('robots-vote');
    expect(requests.some((q) => q.site === 'robots' && q.path === '/robots.txt')).toBe(true);
    expect(requests.filter((q) => q.site === 'robots' && q.path.startsWith('/demarche')).map((q) => q.path)).toEqual([]);
    expect(robots.pages.map((p) => new URL(p.url).pathname).filter((p) => p.startsWith('/demarche'))).toEqual([]);
  }, 120_000);

  it('observatory CSV (BOM, `;`) end to end: same procedures as the YAML run', async () => {
    const csv = renderInput('procedures.csv.tpl', s.sites, tmp, 'procedures.csv');
    expect(readFileSync(csv).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const dir = join(tmp, 'csv');
    const r = await runCli(['batch', csv, '--output', dir, ...BASE_ARGS]);
    expect(r.code, r.stderr).toBe(0);
    const report = normalise(readReport(join(dir, 'rgaa-audit.json')), s.sites);
    const csvIds = ['alpha-bourse', 'gamma-etat-civil', 'fail-retraite', 'down-chomage'];
    expect(report.procedures.map((p) => p.id)).toEqual(csvIds);
    expect(report.procedures.find((p) => p.id === 'gamma-etat-civil')).toMatchObject({ name: 'Acte d’état civil', administration: 'Caisse Gamma' });
    // Each procedure carries its row as given (the CSV names a ministry the YAML does not)…
    expect(report.procedures.find((p) => p.id === 'gamma-etat-civil')!.input).toEqual({
      ref: 'gamma-etat-civil',
      name: 'Acte d’état civil',
      url: 'site:gamma/demarche/etat-civil',
      administration: 'Caisse Gamma',
      ministry: 'Ministère des Solidarités',
    });
    // …and is otherwise the same as from the YAML.
    const withoutInput = (procs: ReportLike['procedures']) => byId(procs.map(({ input: _input, ...rest }) => rest));
    expect(withoutInput(report.procedures)).toEqual(withoutInput(pick(ref.norm, csvIds)));
  }, 120_000);
});
