/**
 * A bound on work in flight: at most `concurrency` pieces run at once, at most `queue` wait for a
 * slot, and none waits longer than `maxWaitMs`. Past either bound the caller is told at once, so it
 * can answer "busy" instead of piling work up: memory then stays flat under any load, because what
 * is held is bounded, not because a heap cap kills the process.
 */
export interface WorkLimitOptions {
  concurrency: number;
  queue: number;
  maxWaitMs: number;
}

interface Waiter {
  admit: (admitted: boolean) => void;
  timer: NodeJS.Timeout;
}

export class WorkLimit {
  private running = 0;
  private readonly waiters: Waiter[] = [];

  constructor(private readonly options: WorkLimitOptions) {}

  get inFlight(): number {
    return this.running;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /**
   * Resolves true with a slot held (the caller must `release()` it), or false when the wait queue
   * is full or the slot did not free up within `maxWaitMs`.
   */
  acquire(): Promise<boolean> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return Promise.resolve(true);
    }
    if (this.waiters.length >= this.options.queue) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        admit: resolve,
        timer: setTimeout(() => {
          const at = this.waiters.indexOf(waiter);
          if (at >= 0) this.waiters.splice(at, 1);
          resolve(false);
        }, this.options.maxWaitMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** Frees a slot: the longest waiter takes it over, else it is free. */
  release(): void {
    const next = this.waiters.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit(true);
      return;
    }
    this.running = Math.max(0, this.running - 1);
  }

  /** Runs `work` in a slot; the answer says whether it ran. */
  async run<T>(work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    if (!(await this.acquire())) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      this.release();
    }
  }
}
