import { shareAppProcess } from '../support/app-process';
import { testTeamId } from '../support/db';
import { scheduleReminders, seedDueFollowUps } from '../support/due-followups';
import { TEST_REDIS_URL } from '../support/redis';

/** The outage: Slack unreachable for 30 s while reminders fall due. */
const DARK_MS = 30_000;
const REPS = 5;

describe('Slack unreachable for 30 s while reminders are due', () => {
  const { db, slack, prefix, start } = shareAppProcess();

  it('keeps running, logs the outage a few times (no stacks), and delivers every due reminder once Slack is back', async () => {
    const app = await start(TEST_REDIS_URL);
    // Bolt checks its token once at start (auth.test); the outage comes after that, while running.
    await slack.waitFor('auth.test', 1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    slack.goDark();
    const darkSince = app.lines.length;
    const team = testTeamId();
    const due = await seedDueFollowUps(db.pool(), team, REPS, new Date());
    await scheduleReminders(TEST_REDIS_URL, prefix, due);

    await new Promise((resolve) => setTimeout(resolve, DARK_MS / 2));
    // Slack is not this process's dependency for readiness: a load balancer must not take it out.
    if (app.child.exitCode !== null) throw new Error(`the app exited:\n${app.lines.join('\n')}`);
    const readyz = await fetch(`http://127.0.0.1:${app.port}/readyz`);
    expect(readyz.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, DARK_MS / 2));
    const duringDark = app.lines.slice(darkSince);
    slack.comeBack();

    // BullMQ retries with backoff (5, 10, 20 s …): the next attempt after the outage delivers.
    const posts = await slack.waitFor('chat.postMessage', REPS, 60_000);
    expect(app.child.exitCode).toBeNull();
    expect(posts.map((p) => p.args.channel).sort()).toEqual(due.map((d) => d.repId).sort());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slack.callsTo('chat.postMessage')).toHaveLength(REPS);
    const { rows } = await db
      .pool()
      .query('SELECT status, count(*)::int AS n FROM followups WHERE team_id = $1 AND step = 1 GROUP BY status', [
        team,
      ]);
    expect(rows).toEqual([{ status: 'reminded', n: REPS }]);

    // Every line JSON; the outage said a few times, never a stack trace per call.
    for (const line of duringDark) expect(() => JSON.parse(line)).not.toThrow();
    expect(duringDark.join('\n')).not.toMatch(/\n\s+at /);
    const slackLines = duringDark.filter((line) => /slack/i.test(line));
    expect(slackLines.length).toBeGreaterThanOrEqual(1);
    expect(slackLines.length).toBeLessThanOrEqual(3);
    expect(app.lines.slice(darkSince).some((line) => /slack is back/.test(line))).toBe(true);
  }, 120_000);
});
