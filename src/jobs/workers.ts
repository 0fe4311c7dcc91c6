/**
 * The queue edge's wiring: each BullMQ worker, the processor it runs (one file per job kind here in
 * jobs/), its settings, and the reconciler that rebuilds its jobs from Postgres.
 */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { DIGESTS_QUEUE, type DigestJobData } from '../queue/digests';
import { FOLLOWUPS_QUEUE, type ReminderJobData } from '../queue/followups';
import { RECORDS_QUEUE, type RecordsJobData, type RecordsQueue } from '../queue/records';
import { startReconciler } from '../queue/reconciler';
import type { DigestService } from '../services/digest';
import type { FollowUpService } from '../services/followups';
import { digestProcessor } from './digest';
import { followUpReminderProcessor } from './followup-reminder';
import { recordsProcessor, type RecordsServices } from './records';

/** Jobs in flight at once when not told otherwise (the bench's empty-job baseline uses it too). */
export const DEFAULT_CONCURRENCY = 50;

export interface WorkerOptions {
  connection: Redis;
  prefix: string;
  followUps: FollowUpService;
  logger: Logger;
  /** Jobs in flight at once; each mostly waits on Slack and Postgres. */
  concurrency?: number;
  /** How often the reconciler runs (ms); it also runs at start. */
  reconcileEveryMs?: number;
  /** BullMQ lock settings; tests shorten them to see a killed worker's job come back quickly. */
  lockDuration?: number;
  stalledInterval?: number;
}

/** A worker started here, with its reconciler. */
export interface RunningQueueWorker<T> {
  worker: Worker<T>;
  reconcileNow(): Promise<unknown>;
  /** Finishes the jobs in hand, then stops. */
  stop(): Promise<void>;
}

export type RunningWorker = RunningQueueWorker<ReminderJobData>;
export type RunningDigestWorker = RunningQueueWorker<DigestJobData>;
export type RunningRecordsWorker = RunningQueueWorker<RecordsJobData>;

/** What every worker gets: its failures logged, and a reconciler that runs at start and then every so often. */
async function supervise<T>(
  worker: Worker<T>,
  what: string,
  reconcile: () => Promise<unknown>,
  options: { logger: Logger; reconcileEveryMs?: number; afterClose?: () => Promise<unknown> },
): Promise<RunningQueueWorker<T>> {
  const { logger } = options;
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, err, attempts: job?.attemptsMade }, `${what} job failed`));
  worker.on('error', (err) => logger.warn({ err }, `${what} worker error`));
  const reconciler = await startReconciler(reconcile, { logger, what, everyMs: options.reconcileEveryMs });
  return {
    worker,
    reconcileNow: reconciler.now,
    async stop() {
      await reconciler.stop();
      await worker.close();
      await options.afterClose?.();
    },
  };
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { logger, followUps } = options;
  // Set once the worker exists; the processor only calls it while the worker runs.
  let pause: (ms: number) => Promise<void> = () => Promise.resolve();
  const worker = new Worker<ReminderJobData>(FOLLOWUPS_QUEUE, followUpReminderProcessor(followUps, logger, (ms) => pause(ms)), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    // BullMQ honours a pause after a 429 (see the processor) only with a limiter set; this ceiling is
    // far above what Slack lets one bot token post, so it never binds by itself.
    limiter: { max: 1000, duration: 1000 },
    ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
  });
  const limiter = new Queue(FOLLOWUPS_QUEUE, { connection: options.connection, prefix: options.prefix });
  pause = async (ms) => {
    logger.warn({ ms }, 'Slack rate limit: reminders pause');
    await limiter.rateLimit(ms);
  };
  const running = await supervise(worker, 'follow-up', () => followUps.reconcile(), { ...options, afterClose: () => limiter.close() });
  logger.info({ queue: FOLLOWUPS_QUEUE, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY }, 'worker started');
  return running;
}

export interface DigestWorkerOptions {
  connection: Redis;
  prefix: string;
  digests: DigestService;
  logger: Logger;
  clock?: () => Date;
  /** How often the schedulers are checked against Postgres (ms); also at start. */
  reconcileEveryMs?: number;
}

/** The `digests` queue: one job scheduler per subscribed channel, rebuilt from Postgres at start. */
export async function startDigestWorker(options: DigestWorkerOptions): Promise<RunningDigestWorker> {
  const { logger, digests } = options;
  const worker = new Worker<DigestJobData>(DIGESTS_QUEUE, digestProcessor(digests, logger, options.clock), {
    connection: options.connection,
    prefix: options.prefix,
    // A digest is a handful of queries and one post; a few at once keep Postgres and Slack calm.
    concurrency: 4,
  });
  return supervise(worker, 'digest', () => digests.reconcile(), options);
}

export interface RecordsWorkerOptions extends RecordsServices {
  connection: Redis;
  prefix: string;
  /** The producer side, for the daily scheduler and the purge jobs the reconciler restores. */
  queue: RecordsQueue;
  logger: Logger;
  reconcileEveryMs?: number;
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
  let first = true;
  const reconcile = async () => {
    await o.queue.ensureRetentionScheduler();
    if (first) {
      await o.retention.run('startup');
      first = false;
    }
    return o.erasure.reconcile();
  };
  return supervise(worker, 'records', reconcile, o);
}
