import { Metrics } from '../../src/metrics';
import { DIGEST_JOB } from '../../src/queue/digests';
import { REMIND_JOB, reminderJobId } from '../../src/queue/followups';
import { shareTestApp } from '../support/app';
import { testTeamId, testTeamOfTwo } from '../support/db';
import { scheduleReminders, seedDueFollowUps } from '../support/due-followups';
import { TEST_REDIS_URL } from '../support/redis';

/** The value of one sample in Prometheus text (0 when the series is absent). */
async function sample(metrics: Metrics, series: string): Promise<number> {
  const text = await metrics.registry.metrics();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

/**
 * Polls until every series has at least its value (the worker counts a job just after it settles),
 * then expects them: exactly, or at least for `atLeast` (a job that retries with backoff counts each try).
 * It waits up to a minute: on a loaded machine a worker can take most of 20 s to start and settle.
 */
async function eventually(
  metrics: Metrics,
  expected: Record<string, number>,
  atLeast: string[] = [],
  ms = 60_000,
): Promise<void> {
  const read = async () =>
    Object.fromEntries(await Promise.all(Object.keys(expected).map(async (s) => [s, await sample(metrics, s)])));
  const started = Date.now();
  let got = await read();
  while (Object.entries(expected).some(([s, n]) => got[s] < n) && Date.now() - started < ms) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    got = await read();
  }
  for (const s of atLeast) if (got[s] >= expected[s]!) got[s] = expected[s];
  expect(got).toEqual(expected);
}

/**
 * Issue 8, item 7: the job metrics an operator alerts on (reminders sent, skipped, retrying and
 * failed, their lag; digests posted, skipped and failed) are counted by the workers as jobs settle.
 */
describe('job metrics', () => {
  const app = shareTestApp();
  afterEach(async () => {
    await app.stopWorkers();
  });

  it('counts reminders sent (and their lag from due to sent), skipped, retrying and failed', async () => {
    const team = testTeamId();
    const dueAt = new Date(Date.now() - 120_000); // due two minutes ago: a lag of at least 120 s
    const due = await seedDueFollowUps(app.db.pool(), team, 5, dueAt);
    const [, , broken, closed, lastTry] = due;
    // One closed before its job runs (nothing to remind: skipped).
    await app.db.pool().query(`UPDATE followups SET status = 'done' WHERE id = $1`, [closed!.followUpId]);
    // Slack fails the DMs to two reps: one job retries with backoff, the other has no attempt left.
    app.slack.respondWith('chat.postMessage', (call) =>
      call.args.channel === broken!.repId || call.args.channel === lastTry!.repId
        ? { status: 400, body: { ok: false, error: 'fatal_error' } }
        : undefined,
    );
    await scheduleReminders(TEST_REDIS_URL, app.prefix, due.slice(0, 4));
    await app.queue.queue.add(
      REMIND_JOB,
      { teamId: team, repId: lastTry!.repId, followUpId: lastTry!.followUpId, dueAt: dueAt.getTime() },
      // The id the queue gives this reminder, so the reconciler at the worker's start sees it is there.
      // (With an id of its own, the reconciler added a second job for the follow-up; when that one ran
      // first, this one found the follow-up taken and was counted skipped, not failed.)
      { jobId: reminderJobId(lastTry!.followUpId, dueAt), attempts: 1 },
    );

    const metrics = new Metrics({ defaults: false });
    await app.startWorker({ metrics });
    await eventually(
      metrics,
      {
        'purposeful_reminders_total{outcome="sent"}': 2,
        'purposeful_reminders_total{outcome="skipped"}': 1,
        'purposeful_reminders_total{outcome="retrying"}': 1,
        'purposeful_reminders_total{outcome="failed"}': 1,
        purposeful_reminder_lag_seconds_count: 2,
      },
      [
        // The failing job tries again after 5, 10 s …, and once the one-try job has failed the
        // reconciler may add a job of its own for that follow-up (it finds it taken, or retries too).
        'purposeful_reminders_total{outcome="retrying"}',
        'purposeful_reminders_total{outcome="skipped"}',
      ],
    );
    expect(await sample(metrics, 'purposeful_reminder_lag_seconds_sum')).toBeGreaterThanOrEqual(240);
    expect(await sample(metrics, 'purposeful_reminder_lag_seconds_bucket{le="60"}')).toBe(0);
  }, 90_000);

  it('counts digests posted, skipped (already posted, unsubscribed) and failed', async () => {
    const { team, repA } = testTeamOfTwo();
    const channel = 'C0METRICS';
    expect((await app.command(team, repA, 'digest here', { channel })).status).toBe(200);
    const run = (channelId: string, jobId: string) =>
      app.digestQueue.queue.add(DIGEST_JOB, { teamId: team, channelId }, { jobId, attempts: 1 });
    const metrics = new Metrics({ defaults: false });
    await app.startDigestWorker({ metrics });

    await run(channel, 'metrics-first');
    await eventually(metrics, { 'purposeful_digests_total{outcome="posted"}': 1 });
    await run(channel, 'metrics-again'); // the same week: already posted
    await run('C0NOTSUBSCRIBED', 'metrics-nobody'); // no subscription
    await eventually(metrics, { 'purposeful_digests_total{outcome="skipped"}': 2 });
    // Slack failing with no attempt left (a channel of its own, subscribed while Slack still answers).
    const other = 'C0METRICS2';
    expect((await app.command(team, repA, 'digest here', { channel: other })).status).toBe(200);
    app.slack.respondWith('chat.postMessage', () => ({ status: 400, body: { ok: false, error: 'fatal_error' } }));
    await run(other, 'metrics-fails');
    await eventually(metrics, {
      'purposeful_digests_total{outcome="posted"}': 1,
      'purposeful_digests_total{outcome="skipped"}': 2,
      'purposeful_digests_total{outcome="failed"}': 1,
    });
  }, 90_000);
});
