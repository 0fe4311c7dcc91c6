import type { Logger } from '../logger';

export interface Reconciler {
  /** Runs a pass now, or joins the one already running. */
  now(): Promise<unknown>;
  /** No more passes; waits for the one running, if any. */
  stop(): Promise<void>;
}

/**
 * Postgres is the source of truth and Redis may lose what it holds: a reconciler rebuilds the queue
 * from Postgres at start and every few minutes. One pass at a time; a failed pass is logged and the
 * next one tries again.
 */
export async function startReconciler(
  pass: () => Promise<unknown>,
  o: { logger: Logger; what: string; everyMs?: number },
): Promise<Reconciler> {
  let running: Promise<unknown> | null = null;
  const now = () => {
    running ??= pass()
      .catch((err) => o.logger.warn({ err }, `${o.what} reconcile failed; will try again`))
      .finally(() => {
        running = null;
      });
    return running;
  };
  await now();
  const timer = setInterval(() => void now(), o.everyMs ?? 5 * 60 * 1000);
  timer.unref();
  return {
    now,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
