/** Progress of a batch: a bar on a terminal, plain lines otherwise (CI logs). */
import cliProgress from 'cli-progress';
import type { ProcedureReport } from '../model/types.js';
import { pct, termSafe } from '../report/text.js';

export interface Progress {
  start(total: number, skipped: number): void;
  done(p: ProcedureReport, resumed: boolean): void;
  note(msg: string): void;
  stop(): void;
}

/** `about`: the run's first line (procedures, what is already done, the sample), before the bar or the lines. */
function firstLine(total: number, skipped: number): string {
  return `batch: ${total} procedures${skipped ? `, ${skipped} already done (resume)` : ''}`;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false, about?: (total: number, skipped: number) => string): Progress {
  let total = 0;
  let finished = 0;
  let pages = 0;
  let errors = 0;
  if (quiet) return { start() {}, done() {}, note() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: '{bar} {value}/{total} procedures | {pages} pages | {errors} errors | ETA {eta_formatted}', stream, hideCursor: true, etaBuffer: 20, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    return {
      start(t, skipped) {
        total = t;
        stream.write(`${(about ?? firstLine)(total, skipped)}\n`);
        bar.start(total, finished, { pages, errors });
      },
      done(p) {
        finished++;
        pages += p.pages.length;
        errors += p.pages.filter((x) => x.error).length;
        bar.update(finished, { pages, errors });
      },
      note(msg) {
        bar.stop();
        stream.write(msg + '\n');
        bar.start(total, finished, { pages, errors });
      },
      stop() {
        bar.stop();
      },
    };
  }
  const t0 = Date.now();
  return {
    start(t, skipped) {
      total = t;
      stream.write(`${(about ?? firstLine)(total, skipped)}\n`);
    },
    done(p, resumed) {
      finished++;
      if (resumed) return;
      const bad = p.pages.filter((x) => x.error).length;
      pages += p.pages.length;
      errors += bad;
      const rate = p.rate.measured == null ? 'no rate' : `${pct(p.rate.measured)} (${p.rate.C}/${p.rate.C + p.rate.NC})`;
      const elapsed = (Date.now() - t0) / 1000;
      stream.write(`[${finished}/${total}] ${termSafe(p.id, 60)}: ${p.error ? 'failed: ' + termSafe(p.error, 120) : rate}, ${p.pages.length} pages, ${bad} errors${p.verdict ? `, verdict ${p.verdict.value}` : ''} (${elapsed.toFixed(0)} s)\n`);
    },
    note(msg) {
      stream.write(msg + '\n');
    },
    stop() {},
  };
}
