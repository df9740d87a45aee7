/**
 * When a page's network goes quiet: no request in flight for a while. The page's request events
 * feed it; the wait runs on this process's timers and wakes when the last request ends, so it
 * ends when the quiet period does, without asking the browser anything (the earlier loop polled
 * every 50 ms through `page.waitForTimeout`: a Playwright call and a round trip each time, and up
 * to 50 ms late).
 */
export class NetworkQuiet {
  private readonly inflight = new Set<unknown>();
  private last: number;
  private wake: (() => void) | undefined;
  private stopped = false;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.last = now();
  }

  readonly started = (request: unknown): void => {
    this.inflight.add(request);
    this.last = this.now();
  };

  readonly ended = (request: unknown): void => {
    this.inflight.delete(request);
    this.last = this.now();
    if (this.inflight.size === 0) this.wake?.();
  };

  /** The page is gone (closed, crashed): a wait ends at once, and any later one too. */
  readonly interrupt = (): void => {
    this.stopped = true;
    this.wake?.();
  };

  /** Requests in flight now. */
  get pending(): number {
    return this.inflight.size;
  }

  /**
   * Resolves once no request has been in flight for `quiet` ms (counted from the last request
   * that started or ended, even before this call), or `cap` ms after this call, whichever comes
   * first, or at `interrupt()`. Gives the ms waited.
   */
  async wait(quiet: number, cap: number): Promise<number> {
    const start = this.now();
    const end = start + cap;
    for (;;) {
      const t = this.now();
      if (t >= end || this.stopped) break;
      const idleLeft = this.inflight.size === 0 ? quiet - (t - this.last) : Infinity;
      if (idleLeft <= 0) break;
      // Asleep until the quiet period would end, the cap, the last request in flight ends, or an interrupt.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, Math.min(idleLeft, end - t));
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.wake = done;
      });
      this.wake = undefined;
    }
    return this.now() - start;
  }
}
