import { Worker } from 'bullmq';
import { producerConnection, ready, workerConnection } from '../../src/queue/connection';
import { FollowUpQueue, FOLLOWUPS_QUEUE, reminderJobId, REMIND_JOB } from '../../src/queue/followups';
import { silentLogger } from '../support/db';
import { shareQueuePrefix, TEST_REDIS_URL } from '../support/redis';

describe('FollowUpQueue.missing: what the reconciler re-adds', () => {
  const prefix = shareQueuePrefix();

  it('counts a job that failed for good (out of attempts after an outage) as missing, and clears it so it can be added again', async () => {
    const redis = producerConnection(TEST_REDIS_URL, silentLogger);
    await ready(redis);
    const queue = new FollowUpQueue(redis, prefix);
    const dueAt = new Date(Date.now() - 1000);
    const failedId = reminderJobId('1', dueAt);
    await queue.queue.add(
      REMIND_JOB,
      { teamId: 'T1', repId: 'U1', followUpId: '1', dueAt: dueAt.getTime() },
      { jobId: failedId, attempts: 1 },
    );
    const connection = workerConnection(TEST_REDIS_URL, silentLogger);
    const worker = new Worker(
      FOLLOWUPS_QUEUE,
      async () => {
        throw new Error('Slack unreachable');
      },
      { connection, prefix },
    );
    await new Promise<void>((resolve) => worker.once('failed', () => resolve()));
    await worker.close();
    connection.disconnect();
    expect(await queue.queue.getJobState(failedId)).toBe('failed');
    const later = new Date(Date.now() + 3600_000);
    await queue.schedule([{ teamId: 'T1', repId: 'U2', followUpId: '2', dueAt: later }]);

    const missing = await queue.missing([
      { followUpId: '1', dueAt },
      { followUpId: '2', dueAt: later },
      { followUpId: '3', dueAt: later },
    ]);
    expect([...missing].sort()).toEqual(['1', '3']);
    expect(await queue.queue.getJob(failedId)).toBeUndefined();
    await queue.schedule([{ teamId: 'T1', repId: 'U1', followUpId: '1', dueAt }]);
    expect(await queue.queue.getJobState(failedId)).toBe('waiting');
    await queue.close();
    redis.disconnect();
  });
});
