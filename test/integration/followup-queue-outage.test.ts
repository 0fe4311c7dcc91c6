import { createLogger } from '../../src/logger';
import { producerConnection, ready } from '../../src/queue/connection';
import { FollowUpQueue } from '../../src/queue/followups';
import { FollowUpService } from '../../src/services/followups';
import { createTestDatabase } from '../support/db';
import { shareQueuePrefix, TEST_REDIS_URL } from '../support/redis';
import { shareAcrossTests } from '../support/shared';
import { startTcpProxy } from '../support/tcp-proxy';
import { captureLogs } from '../support/log-capture';

/**
 * Logging a sent message plans its follow-up in Postgres and then tells the queue; with Redis down
 * the request still succeeds and the reconciler adds the job later. That used to write a warning with
 * a stack for every request; now once a minute with a count (issue 8: outages are not logged per call).
 */
describe('follow-up jobs while Redis is unreachable', () => {
  const db = shareAcrossTests(createTestDatabase, (made) => made.drop());
  const prefix = shareQueuePrefix();
  const proxy = shareAcrossTests(
    () => {
      const redis = new URL(TEST_REDIS_URL);
      return startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
    },
    (made) => made.close(),
  );

  it('are warned about once, however many requests could not add theirs', async () => {
    const { lines, logger } = captureLogs('info');
    const redis = producerConnection(proxy.url('redis'), createLogger('silent'));
    await ready(redis);
    const queue = new FollowUpQueue(redis, prefix);
    const service = new FollowUpService(db.pool(), { queue, slack: null, defaultTimezone: 'UTC', logger });
    await proxy.down();
    try {
      for (let i = 1; i <= 20; i++) {
        const reminder = { teamId: 'T1', repId: 'U1', followUpId: String(i), dueAt: new Date(Date.now() + 3600_000) };
        await expect(service.applyToQueue({ schedule: [reminder], unschedule: [] })).resolves.toBeUndefined();
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(lines.map((l) => l.msg)).toEqual(['could not schedule a follow-up job; the reconciler will']);
      expect(lines[0]!.err).toMatchObject({ message: expect.any(String) });
    } finally {
      await proxy.up();
      await ready(redis, 10_000).catch(() => undefined);
      await queue.close().catch(() => undefined);
      redis.disconnect();
    }
  });
});
