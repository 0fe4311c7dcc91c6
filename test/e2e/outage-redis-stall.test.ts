import { setTimeout as sleep } from 'node:timers/promises';
import { withTimeout } from '../../src/timeout';
import { startTestApp, type TestApp } from '../support/app';
import { silentLogger, testTeamOfTwo } from '../support/db';
import { modalSubmission, visibleText } from '../support/modal';
import { PRODUCER_COMMAND_TIMEOUT_MS, producerConnection, ready } from '../../src/queue/connection';
import { FollowUpQueue } from '../../src/queue/followups';
import { dropPrefix, TEST_REDIS_URL, testQueuePrefix } from '../support/redis';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { captureLogs } from '../support/log-capture';

/**
 * Redis that hangs instead of going away (a frozen host, `DEBUG SLEEP`, packets dropped by a network
 * partition): the connection stays open and no answer comes, so nothing fails fast by itself. A rep's
 * request that schedules a follow-up must still finish, bounded, and leave the job to the reconciler.
 */

const MESSAGE =
  "Hi Jane, I'm Sam, I lead partnerships at Fernpath. Your talk at Fintech Forum on ID-scan drop-off stuck with me. We benchmarked 14 regional banks on it; happy to send the two pages on banks your size. Would that be useful?";

describe('Redis stalled (connected, never answering) while reps log outreach', () => {
  let proxy: TcpProxy | undefined;
  let app: TestApp | undefined;
  afterEach(async () => {
    proxy?.unstall();
    await app?.close();
    await proxy?.close();
    app = undefined;
    proxy = undefined;
  });

  it('finishes the request within seconds, confirms it to the rep, and the reconciler adds the job later', async () => {
    const { lines, logger } = captureLogs('info');
    const redis = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
    app = await startTestApp({ logger, redisUrl: proxy.url('redis') });
    const { team, repA } = testTeamOfTwo();

    proxy.stall();
    const submit = modalSubmission(
      team,
      repA,
      { callback_id: 'log_outreach', private_metadata: '{}' },
      { prospectName: 'Jane Stall', channel: 'linkedin_message', message: MESSAGE },
    );
    // processBeforeResponse: the HTTP answer waits for the whole handler, scheduling included.
    const response = await withTimeout(app.post(submit, 'form'), 8000);
    expect(response.status).toBe(200);
    const confirmations = app.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === repA && /Sent to/.test(visibleText(c.args.blocks)));
    expect(confirmations).toHaveLength(1);
    const pending = await app.db
      .pool()
      .query("SELECT f.id::text FROM followups f WHERE f.team_id = $1 AND f.status = 'pending'", [team]);
    expect(pending.rows).toHaveLength(1);
    // The request itself went through: nothing logged as a bug (an outage's failure carries its cause).
    expect(lines.filter((l) => l.level >= 50 && l.err && l.cause === undefined)).toEqual([]);

    // Redis answers again: nothing was lost, the reconciler adds the job the request could not.
    proxy.unstall();
    await sleep(100);
    // A command that timed out may still have run once Redis answered: the job is there either way.
    await app.services.followUps.reconcile();
    const [followUp] = pending.rows as Array<{ id: string }>;
    const jobs = await app.queue.queue.getDelayed();
    expect(jobs.some((j) => j.data.followUpId === followUp!.id)).toBe(true);
  });

  it('a queue made while Redis hangs fails its commands in bounded time, and works once Redis answers', async () => {
    const redis = new URL(TEST_REDIS_URL);
    proxy = await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
    const connection = producerConnection(proxy.url('redis'), silentLogger);
    await ready(connection);
    const prefix = testQueuePrefix();
    // As at start-up, when the bot's queues are made: here, with Redis hanging at that moment.
    proxy.stall();
    const queue = new FollowUpQueue(connection, prefix);
    const reminder = { teamId: 'T1', repId: 'U1', followUpId: '1', dueAt: new Date(Date.now() + 3_600_000) };
    try {
      const started = Date.now();
      await expect(queue.schedule([reminder])).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(PRODUCER_COMMAND_TIMEOUT_MS * 3);
      proxy.unstall();
      await sleep(100);
      // Not refused for good because its first command (BullMQ's version check) timed out.
      await queue.schedule([{ ...reminder, followUpId: '2' }]);
      expect((await queue.queue.getDelayed()).map((j) => j.data.followUpId)).toContain('2');
    } finally {
      await queue.close();
      connection.disconnect();
      await dropPrefix(prefix);
    }
  });
});
