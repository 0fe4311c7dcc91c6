import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { cappedBackoff } from './backoff';
import { PRODUCER_QUEUE_OPTIONS } from './connection';

export const DIGESTS_QUEUE = 'digests';
export const DIGEST_JOB = 'digest';

export interface DigestJobData {
  teamId: string;
  channelId: string;
}

export interface DigestSchedule {
  teamId: string;
  channelId: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 'HH:MM'. */
  postTime: string;
  timezone: string;
}

/** One scheduler per subscribed channel; BullMQ ids must not contain ':'. */
export function digestSchedulerId(teamId: string, channelId: string): string {
  return `digest-${teamId}-${channelId}`;
}

/** "Monday 09:00" → cron "0 9 * * 1" (cron counts Sunday as 0). */
export function digestCron(weekday: number, postTime: string): string {
  const [hh, mm] = postTime.split(':').map(Number);
  return `${mm} ${hh} * * ${weekday % 7}`;
}

/**
 * The producer side of the digests queue. Upserting a job scheduler is idempotent: subscribing twice,
 * restarts, deploys and several workers all leave one scheduler, so a week is never posted twice by
 * the queue (Postgres' digest_posts catches the rest).
 */
export class DigestQueue {
  readonly queue: Queue<DigestJobData>;

  constructor(connection: Redis, prefix: string) {
    this.queue = new Queue<DigestJobData>(DIGESTS_QUEUE, { connection, prefix, ...PRODUCER_QUEUE_OPTIONS });
    // A Queue re-emits its connection's errors and, with no listener, BullMQ prints each one as a
    // multi-line dump. The connection reports them to the dependency watch already (connection.ts).
    this.queue.on('error', () => undefined);
  }

  async upsert(s: DigestSchedule): Promise<void> {
    await this.queue.upsertJobScheduler(
      digestSchedulerId(s.teamId, s.channelId),
      { pattern: digestCron(s.weekday, s.postTime), tz: s.timezone },
      {
        name: DIGEST_JOB,
        data: { teamId: s.teamId, channelId: s.channelId },
        // 30 s doubling to a 10-minute ceiling: about an hour and a half of retries through an outage.
        opts: {
          removeOnComplete: true,
          removeOnFail: { age: 30 * 24 * 3600 },
          attempts: 12,
          backoff: cappedBackoff(30_000),
        },
      },
    );
  }

  /**
   * Upserts the scheduler only when it is missing or its schedule differs. An upsert of an unchanged
   * scheduler is not harmless: BullMQ replaces its pending run with one computed from now, so a run
   * that was due but not yet started would be skipped. True when it upserted.
   */
  async ensure(s: DigestSchedule): Promise<boolean> {
    const existing = await this.queue.getJobScheduler(digestSchedulerId(s.teamId, s.channelId));
    if (existing && existing.pattern === digestCron(s.weekday, s.postTime) && existing.tz === s.timezone) return false;
    await this.upsert(s);
    return true;
  }

  async remove(teamId: string, channelId: string): Promise<void> {
    await this.queue.removeJobScheduler(digestSchedulerId(teamId, channelId));
  }

  /** Every scheduler id the queue holds (for the reconciler). */
  async schedulerIds(): Promise<string[]> {
    const all = await this.queue.getJobSchedulers(0, -1);
    return all.map((s) => s.key);
  }

  /** Removes every scheduler of one workspace (after uninstall); returns how many went. */
  async removeTeam(teamId: string): Promise<number> {
    const prefix = `digest-${teamId}-`;
    let removed = 0;
    for (const id of await this.schedulerIds()) {
      if (!id.startsWith(prefix)) continue;
      if (await this.queue.removeJobScheduler(id)) removed++;
    }
    return removed;
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
