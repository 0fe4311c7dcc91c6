import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { digestProcessor } from './jobs/digest';
import type { Logger } from './logger';
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
  });
  worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, err, attempts: job?.attemptsMade }, 'digest job failed'));
  worker.on('error', (err) => logger.warn({ err }, 'digest worker error'));
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
