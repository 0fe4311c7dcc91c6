import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { PRODUCER_QUEUE_OPTIONS } from './connection';

/**
 * The `records` queue: what a team controls about its data. A daily job scheduler blanks old texts
 * (retention), a delayed job per uninstalled workspace purges it after the grace period, and exports
 * run here rather than in the bot, so a large CSV never holds up Slack's requests.
 */
export const RECORDS_QUEUE = 'records';
export const RETENTION_JOB = 'retention';
export const PURGE_JOB = 'purge';
export const EXPORT_JOB = 'export';
export const RETENTION_SCHEDULER_ID = 'retention-daily';
/** Every day at 03:17 UTC: a quiet hour, and not on the hour every other cron job picks. */
export const RETENTION_CRON = '17 3 * * *';

export interface ExportRequest {
  teamId: string;
  userId: string;
  /** Whole team (an admin or manager asked) or the requester's own rows. */
  scope: 'team' | 'own';
  /** ISO dates YYYY-MM-DD, inclusive, in UTC. */
  from: string;
  to: string;
}

export type RecordsJobData =
  | { kind: 'retention' }
  | { kind: 'purge'; teamId: string }
  | ({ kind: 'export' } & ExportRequest);

/** BullMQ job ids must not contain ':'. */
export const purgeJobId = (teamId: string) => `purge-${teamId}`;

export class RecordsQueue {
  readonly queue: Queue<RecordsJobData>;

  constructor(connection: Redis, prefix: string) {
    this.queue = new Queue<RecordsJobData>(RECORDS_QUEUE, { connection, prefix, ...PRODUCER_QUEUE_OPTIONS });
    // Its connection's errors are reported by the connection (connection.ts); unheard, BullMQ dumps each.
    this.queue.on('error', () => undefined);
  }

  /** Idempotent: restarts and several workers leave one daily scheduler. */
  async ensureRetentionScheduler(): Promise<void> {
    const existing = await this.queue.getJobScheduler(RETENTION_SCHEDULER_ID);
    if (existing && existing.pattern === RETENTION_CRON) return;
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULER_ID,
      { pattern: RETENTION_CRON, tz: 'UTC' },
      {
        name: RETENTION_JOB,
        data: { kind: 'retention' },
        opts: {
          removeOnComplete: true,
          removeOnFail: { age: 7 * 24 * 3600 },
          attempts: 3,
          backoff: { type: 'exponential', delay: 60_000 },
        },
      },
    );
  }

  /** One purge job per workspace; adding it again (a second uninstall event) is a no-op. */
  async schedulePurge(teamId: string, at: Date, now: number = Date.now()): Promise<void> {
    await this.queue.add(
      PURGE_JOB,
      { kind: 'purge', teamId },
      {
        jobId: purgeJobId(teamId),
        delay: Math.max(0, at.getTime() - now),
        removeOnComplete: true,
        removeOnFail: { age: 30 * 24 * 3600 },
        attempts: 8,
        backoff: { type: 'exponential', delay: 60_000 },
      },
    );
  }

  async cancelPurge(teamId: string): Promise<void> {
    await this.queue.remove(purgeJobId(teamId)).catch(() => 0);
  }

  async hasPurge(teamId: string): Promise<boolean> {
    return (await this.queue.getJob(purgeJobId(teamId))) !== undefined;
  }

  /** One export per request: Slack's retry of the same command finds the job already there. */
  async enqueueExport(request: ExportRequest, requestKey: string): Promise<void> {
    await this.queue.add(
      EXPORT_JOB,
      { kind: 'export', ...request },
      {
        jobId: `export-${requestKey.replace(/:/g, '_')}`,
        removeOnComplete: { age: 3600 },
        removeOnFail: { age: 7 * 24 * 3600 },
        attempts: 3,
        backoff: { type: 'exponential', delay: 10_000 },
      },
    );
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
