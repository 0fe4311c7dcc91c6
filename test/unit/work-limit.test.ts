import { WorkLimit } from '../../src/work-limit';

/** A piece of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { open, done };
}

describe('WorkLimit', () => {
  it('runs up to `concurrency` at once, queues up to `queue`, and refuses the rest at once', async () => {
    const limit = new WorkLimit({ concurrency: 2, queue: 1, maxWaitMs: 60_000 });
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      limit.run(async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await Promise.resolve();
    expect(limit.inFlight).toBe(2);
    expect(limit.waiting).toBe(1);
    expect(await limit.run(async () => 'never')).toEqual({ ran: false });
    expect(started).toEqual([0, 1]);

    gates[0]!.open();
    expect(await runs[0]).toEqual({ ran: true, value: 0 });
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]); // the waiter took over the freed slot
    expect(limit.waiting).toBe(0);
    gates[1]!.open();
    gates[2]!.open();
    expect(await Promise.all(runs.slice(1))).toEqual([
      { ran: true, value: 1 },
      { ran: true, value: 2 },
    ]);
    expect(limit.inFlight).toBe(0);
  });

  it('gives a slot back when the work fails', async () => {
    const limit = new WorkLimit({ concurrency: 1, queue: 0, maxWaitMs: 60_000 });
    await expect(limit.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(limit.inFlight).toBe(0);
    expect(await limit.run(async () => 'ok')).toEqual({ ran: true, value: 'ok' });
  });

  it('stops a waiter at maxWaitMs and does not hand it a slot afterwards', async () => {
    jest.useFakeTimers();
    try {
      const limit = new WorkLimit({ concurrency: 1, queue: 5, maxWaitMs: 1000 });
      const g = gate();
      const first = limit.run(() => g.done);
      const waiting = limit.acquire();
      expect(limit.waiting).toBe(1);
      jest.advanceTimersByTime(1000);
      expect(await waiting).toBe(false);
      expect(limit.waiting).toBe(0);
      g.open();
      await first;
      expect(limit.inFlight).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
