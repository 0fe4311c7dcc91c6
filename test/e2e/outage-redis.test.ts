import { shareAppProcess } from '../support/app-process';
import { testTeamId } from '../support/db';
import { scheduleReminders, seedDueFollowUps } from '../support/due-followups';
import { TEST_REDIS_URL } from '../support/redis';
import { shareAcrossTests } from '../support/shared';
import { startTcpProxy } from '../support/tcp-proxy';

/** The outage: Redis unreachable for 20 s; the app sees it through a proxy the test cuts. */
const OUTAGE_MS = 20_000;
const REPS = 3;

async function readyz(port: number): Promise<{ status: number; body: Record<string, string> }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe('Redis unreachable for 20 s', () => {
  const { db, slack, prefix, start } = shareAppProcess();
  // Declared after the app: closed once it has stopped.
  const proxy = shareAcrossTests(
    () => {
      const redis = new URL(TEST_REDIS_URL);
      return startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
    },
    (made) => made.close(),
  );

  it('logs fewer than 30 lines, answers /readyz 503 meanwhile, and recovers without a restart', async () => {
    const app = await start(proxy.url('redis'));
    expect((await readyz(app.port)).status).toBe(200);

    // Reminders that fall due in the middle of the outage (their jobs added beside the app, directly).
    const team = testTeamId();
    const due = await seedDueFollowUps(db.pool(), team, REPS, new Date(Date.now() + OUTAGE_MS / 2));
    await scheduleReminders(TEST_REDIS_URL, prefix, due);

    const before = app.lines.length;
    await proxy.down();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS / 2));
    const during = await readyz(app.port);
    expect(during).toEqual({ status: 503, body: { status: 'not ready', postgres: 'ok', redis: 'unavailable' } });
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS / 2));
    const outageLines = app.lines.slice(before);
    await proxy.up();

    expect(app.child.exitCode).toBeNull();
    expect(outageLines.length).toBeGreaterThanOrEqual(1);
    expect(outageLines.length).toBeLessThan(30);
    for (const line of outageLines) expect(() => JSON.parse(line)).not.toThrow();

    // Back without a restart: ready again, and the reminders that fell due meanwhile go out.
    let after = await readyz(app.port);
    for (let i = 0; i < 60 && after.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await readyz(app.port);
    }
    expect(after).toEqual({ status: 200, body: { status: 'ready', postgres: 'ok', redis: 'ok' } });
    const posts = await slack.waitFor('chat.postMessage', REPS, 30_000);
    expect(posts.map((p) => p.args.channel).sort()).toEqual(due.map((d) => d.repId).sort());
    expect(app.lines.slice(before).some((line) => /redis is back/.test(line))).toBe(true);
    expect(app.child.exitCode).toBeNull();
  }, 120_000);
});
