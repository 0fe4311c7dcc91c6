/**
 * The queue edge's wiring: each BullMQ worker, the processor it runs (one file per job kind here in
 * jobs/), its settings, how its failures are reported, and the reconciler that rebuilds its jobs from
 * Postgres.
 */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { DependencyWatch, isConnectionError, RepeatedLines, unavailableDependency } from '../outages';
import { backoffStrategy } from '../queue/backoff';
import { DIGESTS_QUEUE, type DigestJobData } from '../queue/digests';
import { FOLLOWUPS_QUEUE, type ReminderJobData } from '../queue/followups';
import { RECORDS_QUEUE, type RecordsJobData, type RecordsQueue } from '../queue/records';
import { startReconciler } from '../queue/reconciler';
import type { DigestService } from '../services/digest';
import type { FollowUpService, ReminderOutcome } from '../services/followups';
import { digestProcessor } from './digest';
import { followUpReminderProcessor } from './follow-up-reminder';
import { recordsProcessor, type RecordsServices } from './records';

/** Jobs in flight at once when not told otherwise (the bench's empty-job baseline uses it too). */
export const DEFAULT_CONCURRENCY = 50;

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

/** How a worker reports: the process's dependency watch, and warnings that repeat only once in a while. */
interface Reporting {
  watch: DependencyWatch;
  warnings: RepeatedLines;
}

function reporting(logger: Logger, watch: DependencyWatch | undefined): Reporting {
  return { watch: watch ?? new DependencyWatch(logger), warnings: new RepeatedLines(logger) };
}

/**
 * What every worker gets: its connection's errors told to the watch (Postgres, Redis or Slack down) or
 * warned about, and a reconciler that runs at start and then every so often.
 */
async function supervise<T>(
  worker: Worker<T>,
  what: string,
  reconcile: () => Promise<unknown>,
  options: { logger: Logger; reconcileEveryMs?: number; afterClose?: () => Promise<unknown> },
  { watch, warnings }: Reporting,
): Promise<RunningQueueWorker<T>> {
  worker.on('error', (err) => {
    const dependency = unavailableDependency(err) ?? (isConnectionError(err) ? 'redis' : undefined);
    if (dependency) watch.failed(dependency, err);
    else warnings.warn(`error:${err.message}`, { err }, `${what} worker error`);
  });
  const reconciler = await startReconciler(reconcile, {
    logger: options.logger,
    what,
    everyMs: options.reconcileEveryMs,
  });
  return {
    worker,
    reconcileNow: reconciler.now,
    async stop() {
      await reconciler.stop();
      await worker.close();
      await options.afterClose?.();
      // What was counted since the last line is written before the process goes.
      warnings.flush();
    },
  };
}

/**
 * A failed job that will be retried, because a dependency is down, goes to the watch (logged once per
 * backoff step there); anything else is warned about, saying whether attempts are left.
 */
function reportFailure(
  what: string,
  job: { id?: string; attemptsMade: number; opts: { attempts?: number } } | undefined,
  err: Error,
  r: Reporting,
  outOfAttempts: string,
): boolean {
  const final = job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1);
  const dependency = unavailableDependency(err);
  if (dependency && !final) r.watch.failed(dependency, err);
  else
    r.warnings.warn(
      `failed:${err.message}`,
      { jobId: job?.id, err, attempts: job?.attemptsMade, final },
      final ? outOfAttempts : `${what} job failed; retrying with backoff`,
    );
  return final;
}

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

/** The `followups` queue: one delayed job per due follow-up. */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { logger, followUps } = options;
  // Set once the worker exists; the processor only calls it while the worker runs.
  let pause: (ms: number) => Promise<void> = () => Promise.resolve();
  const worker = new Worker<ReminderJobData>(
    FOLLOWUPS_QUEUE,
    followUpReminderProcessor(followUps, logger, (ms) => pause(ms)),
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      // BullMQ honours a pause after a 429 (see the processor) only with a limiter set; this ceiling is
      // far above what Slack lets one bot token post, so it never binds by itself.
      limiter: { max: 1000, duration: 1000 },
      settings: { backoffStrategy },
      ...(options.lockDuration ? { lockDuration: options.lockDuration } : {}),
      ...(options.stalledInterval ? { stalledInterval: options.stalledInterval } : {}),
    },
  );
  const limiter = new Queue(FOLLOWUPS_QUEUE, { connection: options.connection, prefix: options.prefix });
  // Its connection's errors are the worker's, reported below; without a listener BullMQ prints each.
  limiter.on('error', () => undefined);
  pause = async (ms) => {
    logger.warn({ ms }, 'Slack rate limit: reminders pause');
    await limiter.rateLimit(ms);
  };
  const r = reporting(logger, options.watch);
  worker.on('completed', (job, result) => {
    // A job done means Postgres answered: the pool reuses idle connections, so 'connect' alone may never say it.
    r.watch.ok('postgres');
    const outcome = result as ReminderOutcome | undefined;
    const sent = outcome?.reminded ?? 0;
    if (outcome?.foundPosted) options.metrics?.reminderRechecks.inc({ outcome: 'posted' }, outcome.foundPosted);
    if (outcome?.unverified) {
      options.metrics?.reminderRechecks.inc({ outcome: 'unverified' });
      r.warnings.warn(
        'reminder-unverified',
        { jobId: job.id },
        'could not ask Slack whether a dead run had posted a reminder; posted it again (it may have arrived twice)',
      );
    }
    if (outcome?.refused)
      r.warnings.warn(
        `refused:${outcome.refused}`,
        { jobId: job.id, teamId: job.data?.teamId, repId: job.data?.repId, slackError: outcome.refused },
        "Slack refused the rep's reminder DM (account deactivated or DM closed); their due follow-ups were closed",
      );
    options.metrics?.reminders.inc({ outcome: sent > 0 ? 'sent' : outcome?.refused ? 'refused' : 'skipped' });
    if (sent > 0 && typeof job.data?.dueAt === 'number')
      options.metrics?.reminderLagSeconds.observe(Math.max(0, Date.now() - job.data.dueAt) / 1000);
  });
  worker.on('failed', (job, err) => {
    const final = reportFailure('follow-up', job, err, r, 'follow-up job out of attempts; the reconciler re-adds it');
    options.metrics?.reminders.inc({ outcome: final ? 'failed' : 'retrying' });
  });
  const running = await supervise(
    worker,
    'follow-up',
    () => followUps.reconcile(),
    { ...options, afterClose: () => limiter.close() },
    r,
  );
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
  metrics?: Metrics;
  watch?: DependencyWatch;
}

/** The `digests` queue: one job scheduler per subscribed channel, rebuilt from Postgres at start. */
export async function startDigestWorker(options: DigestWorkerOptions): Promise<RunningDigestWorker> {
  const { logger, digests } = options;
  const worker = new Worker<DigestJobData>(DIGESTS_QUEUE, digestProcessor(digests, logger, options.clock), {
    connection: options.connection,
    prefix: options.prefix,
    // A digest is a handful of queries and one post; a few at once keep Postgres and Slack calm.
    concurrency: 4,
    settings: { backoffStrategy },
  });
  const r = reporting(logger, options.watch);
  worker.on('completed', (_job, result) => {
    r.watch.ok('postgres');
    options.metrics?.digests.inc({
      outcome: (result as { result?: string } | undefined)?.result === 'posted' ? 'posted' : 'skipped',
    });
  });
  worker.on('failed', (job, err) => {
    const final = reportFailure('digest', job, err, r, 'digest job out of attempts');
    options.metrics?.digests.inc({ outcome: final ? 'failed' : 'retrying' });
  });
  return supervise(worker, 'digest', () => digests.reconcile(), options, r);
}

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
  const r = reporting(o.logger, o.watch);
  worker.on('failed', (job, err) => {
    const dependency = unavailableDependency(err);
    if (dependency) r.watch.failed(dependency, err);
    else
      r.warnings.warn(
        `failed:${err.message}`,
        { jobId: job?.id, err, attempts: job?.attemptsMade },
        'records job failed',
      );
  });
  let first = true;
  const reconcile = async () => {
    await o.queue.ensureRetentionScheduler();
    if (first) {
      await o.exports.removeLeftovers();
      await o.retention.run('startup');
      first = false;
    }
    return o.erasure.reconcile();
  };
  return supervise(worker, 'records', reconcile, o, r);
}
