import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { followUpReminderProcessor } from './jobs/followup-reminder';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { DependencyWatch, isConnectionError, RepeatedWarnings, unavailableDependency } from './outages';
import { backoffStrategy } from './queue/backoff';
import { FOLLOWUPS_QUEUE, type ReminderJobData } from './queue/followups';
import { startReconciler } from './queue/reconciler';
import type { FollowUpService, ReminderOutcome } from './services/followups';

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
  /** Reminders sent, skipped and failed, and their lag. */
  metrics?: Metrics;
  /** The process's watch: a job failing because Postgres, Redis or Slack is down is told there, not logged per job. */
  watch?: DependencyWatch;
}

export interface RunningWorker {
  worker: Worker<ReminderJobData>;
  reconcileNow(): Promise<unknown>;
  /** Finishes the jobs in hand, then stops. */
  stop(): Promise<void>;
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
    settings: { backoffStrategy },
    ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
  });
  const limiter = new Queue(FOLLOWUPS_QUEUE, { connection: options.connection, prefix: options.prefix });
  // Its connection's errors are the worker's, reported below; without a listener BullMQ prints each.
  limiter.on('error', () => undefined);
  pause = async (ms) => {
    logger.warn({ ms }, 'Slack rate limit: reminders pause');
    await limiter.rateLimit(ms);
  };
  const watch = options.watch ?? new DependencyWatch(logger);
  const warnings = new RepeatedWarnings(logger);
  worker.on('completed', (job, result) => {
    // A job done means Postgres answered: the pool reuses idle connections, so 'connect' alone may never say it.
    watch.ok('postgres');
    const outcome = result as ReminderOutcome | undefined;
    const sent = outcome?.reminded ?? 0;
    if (outcome?.foundPosted) options.metrics?.reminderRechecks.inc({ outcome: 'posted' }, outcome.foundPosted);
    if (outcome?.unverified) {
      options.metrics?.reminderRechecks.inc({ outcome: 'unverified' });
      warnings.warn('reminder-unverified', { jobId: job.id }, 'could not ask Slack whether a dead run had posted a reminder; posted it again (it may have arrived twice)');
    }
    options.metrics?.reminders.inc({ outcome: sent > 0 ? 'sent' : 'skipped' });
    if (sent > 0 && typeof job.data?.dueAt === 'number') options.metrics?.reminderLagSeconds.observe(Math.max(0, Date.now() - job.data.dueAt) / 1000);
  });
  worker.on('failed', (job, err) => {
    const final = job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1);
    options.metrics?.reminders.inc({ outcome: final ? 'failed' : 'retrying' });
    const dependency = unavailableDependency(err);
    if (dependency && !final) watch.failed(dependency, err);
    else warnings.warn(`failed:${err.message}`, { jobId: job?.id, err, attempts: job?.attemptsMade, final }, final ? 'follow-up job out of attempts; the reconciler re-adds it' : 'follow-up job failed; retrying with backoff');
  });
  worker.on('error', (err) => {
    const dependency = unavailableDependency(err) ?? (isConnectionError(err) ? 'redis' : undefined);
    if (dependency) watch.failed(dependency, err);
    else warnings.warn(`error:${err.message}`, { err }, 'follow-up worker error');
  });

  const reconciler = await startReconciler(() => followUps.reconcile(), { logger, what: 'follow-up', everyMs: options.reconcileEveryMs });
  logger.info({ queue: FOLLOWUPS_QUEUE, concurrency: options.concurrency ?? DEFAULT_CONCURRENCY }, 'worker started');
  return {
    worker,
    reconcileNow: reconciler.now,
    async stop() {
      await reconciler.stop();
      await worker.close();
      await limiter.close();
    },
  };
}
