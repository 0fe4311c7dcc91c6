import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { cappedBackoff } from './backoff';
import { PRODUCER_QUEUE_OPTIONS } from './connection';

export const FOLLOWUPS_QUEUE = 'followups';
export const REMIND_JOB = 'remind';

export interface ReminderJobData {
  teamId: string;
  repId: string;
  followUpId: string;
  /** The due time this job was made for (ms); a job for a due time since moved is stale. */
  dueAt: number;
}

/**
 * One job per follow-up and due time: adding it twice is a no-op, and a snoozed follow-up gets a new
 * job while the old one finds nothing to do. BullMQ job ids must not contain ':'.
 */
export function reminderJobId(followUpId: string, dueAt: Date | number): string {
  return `fu-${followUpId}-${typeof dueAt === 'number' ? dueAt : dueAt.getTime()}`;
}

const JOB_OPTIONS: JobsOptions = {
  // Completed jobs go at once, so that the reconciler may add a job with the same id again.
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
  // 5 s doubling to a 10-minute ceiling: about four hours of retries, through a Slack or Postgres outage.
  attempts: 30,
  backoff: cappedBackoff(5000),
};

export interface PlannedReminder {
  teamId: string;
  repId: string;
  followUpId: string;
  dueAt: Date;
}

/** The producer side of the follow-ups queue: what services use to (re)schedule reminders. */
export class FollowUpQueue {
  readonly queue: Queue<ReminderJobData>;

  constructor(
    private readonly connection: Redis,
    prefix: string,
  ) {
    this.queue = new Queue<ReminderJobData>(FOLLOWUPS_QUEUE, { connection, prefix, ...PRODUCER_QUEUE_OPTIONS });
    // A Queue re-emits its connection's errors and, with no listener, BullMQ prints each one as a
    // multi-line dump. The connection reports them to the dependency watch already (connection.ts).
    this.queue.on('error', () => undefined);
  }

  async schedule(reminders: PlannedReminder[], now: number = Date.now()): Promise<void> {
    if (reminders.length === 0) return;
    await this.queue.addBulk(
      reminders.map((r) => ({
        name: REMIND_JOB,
        data: { teamId: r.teamId, repId: r.repId, followUpId: r.followUpId, dueAt: r.dueAt.getTime() },
        opts: {
          ...JOB_OPTIONS,
          jobId: reminderJobId(r.followUpId, r.dueAt),
          delay: Math.max(0, r.dueAt.getTime() - now),
        },
      })),
    );
  }

  /**
   * Removes the jobs of follow-ups that no longer need a reminder (a reply, a close, a new plan). A
   * job that is running right now cannot be removed; it will find its follow-up closed and do nothing.
   */
  async unschedule(items: Array<{ followUpId: string; dueAt: Date }>): Promise<void> {
    await Promise.all(items.map((i) => this.queue.remove(reminderJobId(i.followUpId, i.dueAt)).catch(() => 0)));
  }

  /**
   * Which of these follow-ups have no live job in Redis: lost to a flush or a restart without
   * persistence, or failed for good (out of attempts after a long outage; the follow-up is still
   * pending in Postgres). A failed job is removed here so that its id can be added again.
   */
  async missing(items: Array<{ followUpId: string; dueAt: Date }>): Promise<Set<string>> {
    if (items.length === 0) return new Set();
    const pipeline = this.connection.pipeline();
    // Completed jobs are removed at once, so a job hash with `finishedOn` is a failed one.
    for (const i of items) pipeline.hexists(this.queue.toKey(reminderJobId(i.followUpId, i.dueAt)), 'finishedOn');
    for (const i of items) pipeline.exists(this.queue.toKey(reminderJobId(i.followUpId, i.dueAt)));
    const results = (await pipeline.exec()) ?? [];
    const failed = items.filter((_, n) => results[n]?.[1] === 1);
    await Promise.all(failed.map((i) => this.queue.remove(reminderJobId(i.followUpId, i.dueAt)).catch(() => 0)));
    const gone = items.filter((_, n) => results[items.length + n]?.[1] === 0);
    return new Set([...failed, ...gone].map((i) => i.followUpId));
  }

  /** The delayed jobs, a page at a time. */
  async *delayedPages(size: number): AsyncGenerator<Array<{ id: string; data: ReminderJobData }>> {
    for (let start = 0; ; start += size) {
      const jobs = await this.queue.getDelayed(start, start + size - 1);
      const page = jobs.filter((j) => j?.id && j.data).map((j) => ({ id: j.id!, data: j.data }));
      if (page.length > 0) yield page;
      if (jobs.length < size) return;
    }
  }

  /**
   * Removes every job not yet running whose data matches (a workspace's or an erased prospect's
   * reminders, including old jobs of snoozed follow-ups). Ids are collected a page at a time first,
   * then removed, so removing never shifts a page being read. Returns how many went.
   */
  async removeWhere(match: (data: ReminderJobData) => boolean, pageSize = 1000): Promise<number> {
    const ids: string[] = [];
    for (const state of ['delayed', 'waiting', 'prioritized'] as const) {
      for (let start = 0; ; start += pageSize) {
        const jobs = await this.queue.getJobs([state], start, start + pageSize - 1, true);
        for (const job of jobs) if (job?.id && job.data && match(job.data)) ids.push(job.id);
        if (jobs.length < pageSize) break;
      }
    }
    let removed = 0;
    for (const id of ids) removed += await this.queue.remove(id).catch(() => 0);
    return removed;
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}
