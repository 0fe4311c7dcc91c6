import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { recordsProcessor, type RecordsServices } from './jobs/records';
import type { Logger } from './logger';
import { DependencyWatch, isConnectionError, RepeatedWarnings, unavailableDependency } from './outages';
import { RECORDS_QUEUE, type RecordsJobData, type RecordsQueue } from './queue/records';
import { startReconciler } from './queue/reconciler';

export interface RecordsWorkerOptions extends RecordsServices {
  connection: Redis;
  prefix: string;
  /** The producer side, for the daily scheduler and the purge jobs the reconciler restores. */
  queue: RecordsQueue;
  logger: Logger;
  reconcileEveryMs?: number;
  /** The process's watch: failures because Postgres, Redis or Slack is down are told there. */
  watch?: DependencyWatch;
}

export interface RunningRecordsWorker {
  worker: Worker<RecordsJobData>;
  reconcileNow(): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * The `records` queue. Its reconciler's first pass, at start, upserts the daily retention scheduler,
 * runs a retention pass (a worker that was down at 03:17 still blanks what is due), and runs or
 * re-schedules removed workspaces' purges; later passes keep the scheduler and the purge jobs there.
 */
export async function startRecordsWorker(o: RecordsWorkerOptions): Promise<RunningRecordsWorker> {
  const worker = new Worker<RecordsJobData>(RECORDS_QUEUE, recordsProcessor(o, o.logger), {
    connection: o.connection,
    prefix: o.prefix,
    // An export streams a whole team's history; two at a time keep Postgres and the disk calm.
    concurrency: 2,
  });
  const watch = o.watch ?? new DependencyWatch(o.logger);
  const warnings = new RepeatedWarnings(o.logger);
  worker.on('failed', (job, err) => {
    const dependency = unavailableDependency(err);
    if (dependency) watch.failed(dependency, err);
    else warnings.warn(`failed:${err.message}`, { jobId: job?.id, err, attempts: job?.attemptsMade }, 'records job failed');
  });
  worker.on('error', (err) => {
    const dependency = unavailableDependency(err) ?? (isConnectionError(err) ? 'redis' : undefined);
    if (dependency) watch.failed(dependency, err);
    else warnings.warn(`error:${err.message}`, { err }, 'records worker error');
  });
  let first = true;
  const reconciler = await startReconciler(
    async () => {
      await o.queue.ensureRetentionScheduler();
      if (first) {
        await o.retention.run('startup');
        first = false;
      }
      return o.erasure.reconcile();
    },
    { logger: o.logger, what: 'records', everyMs: o.reconcileEveryMs },
  );
  return {
    worker,
    reconcileNow: reconciler.now,
    async stop() {
      await reconciler.stop();
      await worker.close();
    },
  };
}
