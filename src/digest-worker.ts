import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { digestProcessor } from './jobs/digest';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import { DependencyWatch, isConnectionError, RepeatedWarnings, unavailableDependency } from './outages';
import { backoffStrategy } from './queue/backoff';
import { DIGESTS_QUEUE, type DigestJobData } from './queue/digests';
import { startReconciler } from './queue/reconciler';
import type { DigestService } from './services/digest';

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

export interface RunningDigestWorker {
  worker: Worker<DigestJobData>;
  reconcileNow(): Promise<unknown>;
  stop(): Promise<void>;
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
  const watch = options.watch ?? new DependencyWatch(logger);
  const warnings = new RepeatedWarnings(logger);
  worker.on('completed', (_job, result) => {
    watch.ok('postgres');
    options.metrics?.digests.inc({ outcome: (result as { result?: string } | undefined)?.result === 'posted' ? 'posted' : 'skipped' });
  });
  worker.on('failed', (job, err) => {
    const final = job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1);
    options.metrics?.digests.inc({ outcome: final ? 'failed' : 'retrying' });
    const dependency = unavailableDependency(err);
    if (dependency && !final) watch.failed(dependency, err);
    else warnings.warn(`failed:${err.message}`, { jobId: job?.id, err, attempts: job?.attemptsMade, final }, final ? 'digest job out of attempts' : 'digest job failed; retrying with backoff');
  });
  worker.on('error', (err) => {
    const dependency = unavailableDependency(err) ?? (isConnectionError(err) ? 'redis' : undefined);
    if (dependency) watch.failed(dependency, err);
    else warnings.warn(`error:${err.message}`, { err }, 'digest worker error');
  });
  const reconciler = await startReconciler(() => digests.reconcile(), { logger, what: 'digest', everyMs: options.reconcileEveryMs });
  return {
    worker,
    reconcileNow: reconciler.now,
    async stop() {
      await reconciler.stop();
      await worker.close();
    },
  };
}
