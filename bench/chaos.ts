/**
 * `npm run bench -- chaos`: 1,000 reminders due now, two worker processes, and during delivery a
 * Redis restart (the bench's own redis-server), every app connection to Postgres terminated
 * (pg_terminate_backend), and one worker SIGKILLed. Every due reminder must reach the Slack stand-in
 * exactly once. Prints lost, duplicated and wall time, with the targets beside them.
 */
import { Client } from 'pg';
import { createTestDatabase, testTeamId } from '../test/support/db';
import { seedDueFollowUps } from '../test/support/due-followups';
import { startFakeSlackApi } from '../test/support/slack-api';
import {
  compileApp,
  mb,
  peakTracker,
  sleep,
  startApp,
  startPrivateRedis,
  stopApp,
  verdict,
  type AppChild,
} from './support';

const REMINDERS = 1000;
/** Slack's answer takes this long, so delivery lasts long enough for the chaos to land in the middle. */
const SLACK_LATENCY_MS = 150;
const DELIVERY_TIMEOUT_MS = 180_000;

export async function benchChaos(): Promise<{ lines: string[] }> {
  const compiled = compileApp();
  const db = await createTestDatabase();
  const slack = await startFakeSlackApi();
  const redis = await startPrivateRedis();
  const workers: AppChild[] = [];
  try {
    const firstPostAt = new Map<string, number>();
    slack.respondWith('chat.postMessage', async (call) => {
      const channel = String(call.args.channel);
      if (!firstPostAt.has(channel)) firstPostAt.set(channel, Date.now());
      await sleep(SLACK_LATENCY_MS);
      return undefined;
    });
    let killedAt = Infinity;
    const team = testTeamId();
    const due = await seedDueFollowUps(db.pool(), team, REMINDERS, new Date(Date.now() - 1000));
    const env = {
      ROLE: 'worker',
      SLACK_BOT_TOKEN: 'xoxb-chaos-bench',
      SLACK_SIGNING_SECRET: 'chaos-bench-secret',
      SLACK_API_URL: `${slack.url}/api/`,
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'chaos',
    };
    const started = Date.now();
    // Each worker's reconciler adds the 1,000 jobs at start (adding a job id twice is a no-op).
    workers.push(await startApp(compiled.dir, 'worker-1', env));
    workers.push(await startApp(compiled.dir, 'worker-2', env));
    const peaks = peakTracker(workers);
    const delivered = () => new Set(slack.callsTo('chat.postMessage').map((c) => String(c.args.channel))).size;
    const waitFor = async (n: number) => {
      while (delivered() < n && Date.now() - started < DELIVERY_TIMEOUT_MS) await sleep(20);
    };
    const events: string[] = [];
    const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

    await waitFor(REMINDERS * 0.1);
    events.push(`${at()} Redis restarted (${delivered()} delivered)`);
    await redis.restart();
    await waitFor(REMINDERS * 0.3);
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    const { rows } = await admin.query(
      'SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    await admin.end();
    events.push(`${at()} ${rows[0].n} Postgres connections terminated (${delivered()} delivered)`);
    await waitFor(REMINDERS * 0.5);
    workers[0]!.process.kill('SIGKILL');
    killedAt = Date.now();
    events.push(`${at()} worker-1 SIGKILLed (${delivered()} delivered)`);
    await waitFor(REMINDERS);
    // A duplicate would come from a retry after the last first delivery: give retries time to show.
    await sleep(3000);
    const wallS = (Date.now() - started) / 1000;
    const peak = peaks.stop();

    const posts = slack.callsTo('chat.postMessage').map((c) => String(c.args.channel));
    const counts = new Map<string, number>();
    for (const channel of posts) counts.set(channel, (counts.get(channel) ?? 0) + 1);
    // The worker posts a reminder to the rep's user id (Slack opens the DM).
    const lost = due.filter((d) => !counts.has(d.repId)).length;
    const duplicated = [...counts.values()].filter((n) => n > 1).reduce((sum, n) => sum + n - 1, 0);
    // A post the killed worker had sent but not yet recorded: Slack got it, the worker never knew.
    const inFlightAtKill = [...counts].filter(
      ([c, n]) => n > 1 && Math.abs(killedAt - (firstPostAt.get(c) ?? 0)) <= SLACK_LATENCY_MS + 500,
    ).length;
    const { rows: statuses } = await db
      .pool()
      .query(
        `SELECT status, count(*)::int AS n FROM followups WHERE team_id = $1 AND step = 1 GROUP BY status ORDER BY status`,
        [team],
      );
    const crashed = workers.filter((w) => w.exit && w !== workers[0]).map((w) => w.name);
    return {
      lines: [
        `${REMINDERS} reminders due now, 2 worker processes (ROLE=worker, code from ${compiled.root}), Slack stand-in answering in ${SLACK_LATENCY_MS} ms`,
        ...events,
        `delivered: ${counts.size} of ${REMINDERS} reps, ${posts.length} posts in ${wallS.toFixed(1)} s wall (from the workers' start)`,
        `target lost = 0: ${lost} ${verdict(lost === 0)}`,
        `target duplicated = 0: ${duplicated} ${verdict(duplicated === 0)} ` +
          `(${inFlightAtKill} of them first posted by the killed worker in the moment it died, unrecorded; ${duplicated - inFlightAtKill} other)`,
        `follow-ups in Postgres: ${statuses.map((r) => `${r.status} ${r.n}`).join(', ')}`,
        `worker crashes besides the one killed: ${crashed.length === 0 ? 'none' : crashed.join(', ')}; peak RSS ${[...peak].map(([n, b]) => `${n} ${mb(b)}`).join(', ')}`,
        `log lines: ${workers.map((w) => `${w.name} ${w.lineCount}`).join(', ')}`,
        ...workers
          .filter((w) => w.exit && w !== workers[0])
          .map(
            (w) =>
              `${w.name} exited ${JSON.stringify(w.exit)}; its last lines:\n    ${w.lines.slice(-8).join('\n    ')}`,
          ),
      ],
    };
  } finally {
    await Promise.all(workers.map((w) => stopApp(w)));
    await slack.close();
    await redis.stop();
    await db.drop().catch(() => undefined);
    compiled.cleanup();
  }
}
