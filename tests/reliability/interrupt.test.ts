/**
 * Interruptions. SIGINT (Ctrl-C: sent to the whole process group, as a terminal does) and SIGTERM
 * (CI cancelling a job: sent to the CLI only) during a batch: every procedure finished before the
 * signal is in results.jsonl AND in the reports written on the way out, the browser is closed,
 * exit 130 for SIGINT and 143 for SIGTERM. kill -9 then --resume, and SIGTERM then --resume, are
 * in tests/batch/batch.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSites, SITE_DEFS, type Sites } from '../helpers/sites.js';
import { BASE_ARGS, groupAlive, jsonlLines, killGroup, readReport, spawnCli, waitFor } from '../batch/util.js';

/** Two normal sites and the slow one (1.5 s a response): pages are in flight when the signal comes. */
const DEFS = SITE_DEFS.filter((d) => ['alpha', 'beta', 'slow', 'hang'].includes(d.name));

// The three runs are independent processes: run them at once.
describe.concurrent('interruptions', () => {
  let s: Sites;
  let tmp: string;
  let yaml: string;
  const ids: string[] = [];

  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    s = await startSites(DEFS);
    tmp = mkdtempSync(join(tmpdir(), 'rgaa-interrupt-'));
    const procs: string[] = [];
    for (let i = 0; i < 4; i++) {
      for (const site of ['alpha', 'slow', 'beta']) {
        const id = `${site}-${i}`;
        ids.push(id);
        procs.push(`  - id: ${id}\n    url: ${s.sites[site]}/demarche/${id}`);
      }
    }
    yaml = join(tmp, 'procedures.yaml');
    writeFileSync(yaml, `procedures:\n${procs.join('\n')}\n`);
  });

  afterAll(async () => {
    await s?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.each([
    { signal: 'SIGINT' as const, code: 130, toGroup: true },
    { signal: 'SIGTERM' as const, code: 143, toGroup: false },
  ])('$signal during a batch → every finished procedure in results.jsonl and in the reports, browser closed, exit $code', async ({ signal, code, toGroup }) => {
    const dir = join(tmp, signal);
    const results = join(dir, 'results.jsonl');
    const run = spawnCli(['batch', yaml, '--output', dir, '--no-declaration', ...BASE_ARGS]);
    let finished = false;
    void run.done.then(() => (finished = true));
    await waitFor(() => finished || jsonlLines(results).length >= 1, 90_000, 'a finished procedure');
    expect(finished, `the run finished before the signal:\n${run.stderr()}`).toBe(false);
    if (toGroup) killGroup(run.child.pid!, signal);
    else process.kill(run.child.pid!, signal);
    const r = await run.done;
    expect(r.code, r.stderr).toBe(code);
    expect(r.signal).toBeNull(); // exited by itself, not killed by the signal
    expect(r.stderr).toContain(`${signal}: stopping; finished procedures are in ${results} (run again with --resume)`);
    await waitFor(() => !groupAlive(run.child.pid!), 10_000, 'the browser to be closed');

    const text = readFileSync(results, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const done = text.split('\n').slice(0, -1).map((l) => JSON.parse(l) as { id: string; procedure: { error: string | null } });
    expect(done.length).toBeGreaterThanOrEqual(1);
    expect(done.length).toBeLessThan(ids.length);
    // Cut short by the stop is not a failure: those procedures are left for --resume.
    for (const l of done) expect(l.procedure.error ?? '', l.id).not.toMatch(/browser crashed or closed|run was stopped/);
    const m = /\((\d+) audited, 0 resumed, (\d+) left for --resume\)/.exec(r.stderr);
    expect(m, r.stderr).not.toBeNull();
    expect(Number(m![1])).toBe(done.length);
    expect(Number(m![1]) + Number(m![2])).toBe(ids.length);
    // The reports written on the way out hold exactly the finished procedures, in input order.
    const reportPath = join(dir, 'rgaa-audit.json');
    expect(existsSync(reportPath), r.stderr).toBe(true);
    const doneIds = new Set(done.map((l) => l.id));
    expect(readReport(reportPath).procedures.map((p) => p.id)).toEqual(ids.filter((id) => doneIds.has(id)));
    const csv = readFileSync(join(dir, 'rgaa-audit.batch.csv'), 'utf8');
    for (const id of ids) expect(csv.includes(`\r\n${id};`), id).toBe(doneIds.has(id));
  }, 120_000);

  it('SIGTERM during `audit` → browser closed, exit 143', async () => {
    // The hanging site never answers: the audit is still running when the signal comes.
    const run = spawnCli(['audit', `${s.sites.hang}/`, '--no-declaration', '--timeout', '30000']);
    await waitFor(() => s.requests.some((q) => q.site === 'hang'), 30_000, 'the page to be requested');
    process.kill(run.child.pid!, 'SIGTERM');
    const r = await run.done;
    expect(r.code, r.stderr).toBe(143);
    expect(r.stderr).toMatch(/^SIGTERM: stopping$/m);
    await waitFor(() => !groupAlive(run.child.pid!), 10_000, 'the browser to be closed');
  }, 60_000);
});
