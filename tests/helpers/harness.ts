/**
 * Browser test harness: serve fixtures/ on 127.0.0.1 (random port) and audit pages with the real
 * pipeline. Use `const h = useHarness()` at the top of a describe block.
 */
import { afterAll, beforeAll } from 'vitest';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuditSession, defaultAuditOptions, type AuditOptions } from '../../src/audit.js';
import { serveStatic, type StaticServer, type ServeOptions } from '../../src/serve.js';
import type { GatheredPage } from '../../src/gather/page.js';
import type { PageReport, ProcedureReport } from '../../src/model/types.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');

export interface Harness {
  server: StaticServer;
  session: AuditSession;
  /** URL of a path under fixtures/. */
  url(path: string): string;
  /** Gather and evaluate one fixture page. */
  page(path: string): Promise<{ report: PageReport; gathered: GatheredPage }>;
  /** Audit several fixture pages as one procedure. */
  procedure(paths: string[], id?: string): Promise<ProcedureReport>;
}

export function useHarness(options: Partial<AuditOptions> = {}, serve: ServeOptions = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    if (process.env.RGAA_AUDIT_NO_BROWSER) throw new Error(process.env.RGAA_AUDIT_NO_BROWSER);
    h.server = await serveStatic(FIXTURES, serve);
    h.session = new AuditSession({ ...defaultAuditOptions(), concurrency: 2, settle: 1000, timeout: 20_000, ...options });
    h.url = (p) => h.server.url + (p.startsWith('/') ? p : '/' + p);
    h.page = async (p) => {
      const gathered = await h.session.gather(h.url(p));
      h.session.applyCrossPage([gathered]);
      return { report: h.session.toPageReport(gathered), gathered };
    };
    h.procedure = async (paths, id = 'test') => (await h.session.auditProcedure({ id, name: id, urls: paths.map(h.url) })).report;
  });
  afterAll(async () => {
    await h.session?.close();
    await h.server?.close();
  });
  return h;
}
