import { shareAppProcess } from '../support/app-process';
import { TEST_PG_URL, testTeamOfTwo } from '../support/db';
import { TEST_REDIS_URL } from '../support/redis';
import { shareAcrossTests } from '../support/shared';
import { postToApp, slashCommand } from '../support/slack-requests';
import { startTcpProxy } from '../support/tcp-proxy';

/** Postgres unreachable for 15 s while reps keep typing `/outreach list`; the app sees it through a proxy the test cuts. */
const OUTAGE_MS = 15_000;
const REQUESTS = 40;

async function readyz(port: number): Promise<{ status: number; body: Record<string, string> }> {
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

/**
 * Issue 8, item 4, for Postgres (outage-redis.test.ts does Redis): a few lines for the whole outage,
 * however many requests fail meanwhile, every one JSON; /readyz 503 while it lasts; recovery without
 * a restart.
 */
describe('Postgres unreachable for 15 s', () => {
  const { db, start } = shareAppProcess();
  const proxy = shareAcrossTests(
    () => {
      const pg = new URL(TEST_PG_URL);
      return startTcpProxy({ host: pg.hostname, port: Number(pg.port || 5432) });
    },
    (made) => made.close(),
  );

  it('logs a few lines however many requests fail, answers /readyz 503 meanwhile, and recovers without a restart', async () => {
    const url = new URL(db.url);
    url.port = String(proxy.port);
    const app = await start(TEST_REDIS_URL, url.toString());
    const { team, repA } = testTeamOfTwo();
    const list = () =>
      postToApp(`http://127.0.0.1:${app.port}`, {
        body: slashCommand({ team_id: team, user_id: repA, text: 'list' }),
        contentType: 'form',
        signingSecret: 'outage-test-secret',
      });
    expect((await list()).status).toBe(200);
    expect((await readyz(app.port)).status).toBe(200);

    const before = app.lines.length;
    await proxy.down();
    const answers = [];
    for (let i = 0; i < REQUESTS; i++) {
      answers.push(await list());
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS / 2 / REQUESTS));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('try again in a minute');
    }
    const during = await readyz(app.port);
    expect(during).toEqual({ status: 503, body: { status: 'not ready', postgres: 'unavailable', redis: 'ok' } });
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS / 2));
    const outageLines = app.lines.slice(before);
    await proxy.up();

    expect(app.child.exitCode).toBeNull();
    for (const line of outageLines) expect(() => JSON.parse(line)).not.toThrow();
    // The watch's steps (1, 2, 4, 8 s …) and the first failed request in full; the other requests
    // are counted for a summary line a minute later.
    expect(outageLines.length).toBeGreaterThanOrEqual(2);
    expect(outageLines.length).toBeLessThan(12);
    // One failure in full, the rest counted: a list's, or the first list's check whether its workspace
    // came back (it runs after the answer, and on a loaded machine may still be in flight at the cut).
    const inFull = outageLines.filter((line) => /more like it are counted/.test(line));
    expect(inFull).toHaveLength(1);
    expect(inFull[0]).toMatch(/could not list outreach|could not check whether a workspace came back/);

    let after = await readyz(app.port);
    for (let i = 0; i < 60 && after.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await readyz(app.port);
    }
    expect(after).toEqual({ status: 200, body: { status: 'ready', postgres: 'ok', redis: 'ok' } });
    const back = await list();
    expect(back.text).not.toContain('try again');
    expect(app.lines.slice(before).some((line) => /postgres is back/.test(line))).toBe(true);
    const metrics = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text();
    // Each request, and perhaps the first request's check whether its workspace came back (it runs after
    // the answer, and on a loaded machine may still be in flight at the cut).
    expect(metrics).toMatch(
      new RegExp(
        `purposeful_request_failures_total\\{cause="postgres_unavailable"\\} (${REQUESTS}|${REQUESTS + 1})\\b`,
      ),
    );
    expect(app.child.exitCode).toBeNull();
  }, 120_000);
});
