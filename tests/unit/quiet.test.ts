import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkQuiet } from '../../src/gather/quiet.js';

/** Waits on a NetworkQuiet with a fake clock; `settled()` says whether the wait has ended. */
function track(p: Promise<number>) {
  let ms: number | null = null;
  void p.then((v) => (ms = v));
  return { settled: () => ms !== null, ms: () => ms };
}

describe('NetworkQuiet: the settle wait after load', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const quiet = () => new NetworkQuiet(() => Date.now());

  it('ends 250 ms after the last request ended, to the millisecond', async () => {
    const q = quiet();
    const req = {};
    q.started(req);
    const w = track(q.wait(250, 3000));
    await vi.advanceTimersByTimeAsync(400);
    q.ended(req);
    await vi.advanceTimersByTimeAsync(249);
    expect(w.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.settled()).toBe(true);
    expect(w.ms()).toBe(650);
  });

  it('counts the quiet from the last activity before the wait began', async () => {
    const q = quiet();
    const req = {};
    q.started(req);
    q.ended(req);
    await vi.advanceTimersByTimeAsync(200);
    const w = track(q.wait(250, 3000));
    await vi.advanceTimersByTimeAsync(50);
    expect(w.ms()).toBe(50);
  });

  it('a request started during the quiet period starts it again', async () => {
    const q = quiet();
    const w = track(q.wait(250, 3000));
    await vi.advanceTimersByTimeAsync(200);
    const late = {};
    q.started(late);
    await vi.advanceTimersByTimeAsync(300);
    expect(w.settled()).toBe(false);
    q.ended(late);
    await vi.advanceTimersByTimeAsync(250);
    expect(w.ms()).toBe(750);
  });

  it('waits for every request in flight, not only the first to end', async () => {
    const q = quiet();
    const [a, b] = [{}, {}];
    q.started(a);
    q.started(b);
    const w = track(q.wait(250, 3000));
    await vi.advanceTimersByTimeAsync(100);
    q.ended(a);
    await vi.advanceTimersByTimeAsync(500);
    expect(w.settled()).toBe(false);
    expect(q.pending).toBe(1);
    q.ended(b);
    await vi.advanceTimersByTimeAsync(250);
    expect(w.ms()).toBe(850);
  });

  it('stops at the cap when a request never ends (long polling)', async () => {
    const q = quiet();
    q.started({});
    const w = track(q.wait(250, 3000));
    await vi.advanceTimersByTimeAsync(2999);
    expect(w.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.ms()).toBe(3000);
  });

  it('does not wait with a cap of 0 (--settle 0)', async () => {
    const q = quiet();
    q.started({});
    const none = track(q.wait(250, 0));
    await vi.advanceTimersByTimeAsync(0);
    expect(none.ms()).toBe(0);
  });

  it('ends at once when the page goes away (closed, crashed), requests still in flight', async () => {
    const q = quiet();
    q.started({});
    const w = track(q.wait(250, 3000));
    await vi.advanceTimersByTimeAsync(100);
    expect(w.settled()).toBe(false);
    q.interrupt();
    await vi.advanceTimersByTimeAsync(0);
    expect(w.ms()).toBe(100);
    const later = track(q.wait(250, 3000));
    await vi.advanceTimersByTimeAsync(0);
    expect(later.ms()).toBe(0);
  });
});
