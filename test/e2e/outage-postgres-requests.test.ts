import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { SOMETHING_WENT_WRONG } from '../../src/views/replies';
import { botPool } from '../../src/main';
import { DependencyWatch } from '../../src/outages';
import { createPool } from '../../src/store/pool';
import { withTimeout } from '../../src/timeout';
import { startTestApp, type TestApp } from '../support/app';
import { TEST_PG_URL, testTeamOfTwo, type TestDatabase } from '../support/db';
import { GOOD_ANSWERS, stateValues } from '../support/modal';
import { slashCommand, viewSubmission } from '../support/slack-requests';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { captureLogs } from '../support/log-capture';

/**
 * Issue 8: an outage is logged once per step or once a minute with a count, not once per call. During a
 * Postgres outage or stall every request used to write its own error line with a stack ("could not
 * list outreach", "draft failed", …): hundreds of lines in seconds. Now the first is logged in full and
 * the rest are counted into one line a minute per cause (written at the latest when the bot stops);
 * the rep is told "try again in a minute" every time, and /metrics counts every failure by cause.
 */

/** The test database's URL through a port of the test's own. */
function through(db: TestDatabase, port: number): string {
  const url = new URL(db.url);
  url.port = String(port);
  return url.toString();
}

async function failuresByCause(app: TestApp): Promise<Record<string, number>> {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  const counts: Record<string, number> = {};
  for (const match of text.matchAll(/^purposeful_request_failures_total\{cause="(\w+)"\} (\d+)$/gm))
    counts[match[1]!] = Number(match[2]);
  return counts;
}

const friendly = (response: { json?: unknown }) =>
  JSON.stringify(response.json ?? {}).includes('try again in a minute');

describe('requests failing because Postgres or Slack is down or stalled', () => {
  let proxy: TcpProxy | undefined;
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    await proxy?.close();
    app = undefined;
    proxy = undefined;
  });

  it('Postgres unreachable: the first failure in full, the other 34 in one summary line, each rep told to try again', async () => {
    const { lines, logger } = captureLogs('info');
    const pg = new URL(TEST_PG_URL);
    proxy = await startTcpProxy({ host: pg.hostname, port: Number(pg.port || 5432) });
    const port = proxy.port;
    let pool: ReturnType<typeof createPool> | undefined;
    app = await startTestApp({
      logger,
      pool: (db, watch) => (pool = createPool(through(db, port), logger, {}, watch)),
    });
    const { team, repA } = testTeamOfTwo();
    expect(friendly(await app.command(team, repA, 'list'))).toBe(false); // up: the list itself
    // After its answer, the first request also checks whether the workspace came back. On a busy machine
    // that query can still be running at the cut, and would then be counted with the requests below.
    while (pool && (pool.idleCount < pool.totalCount || pool.waitingCount > 0)) await sleep(10);

    const before = lines.length;
    await proxy.down();
    const answers = [];
    for (let i = 0; i < 15; i++) answers.push(await app.command(team, repA, 'list'));
    for (let i = 0; i < 10; i++) answers.push(await app.command(team, repA, 'stats'));
    for (let i = 0; i < 10; i++) {
      const body = viewSubmission({
        team_id: team,
        user_id: repA,
        callback_id: 'draft_outreach',
        view_id: `VDRAFT${i}`,
        state_values: stateValues(GOOD_ANSWERS),
      });
      answers.push(await app.post(body, 'form'));
    }
    // Every rep is told, every time: the commands in their ack, the drafts in a DM.
    for (const answer of answers.slice(0, 25)) expect(friendly(answer)).toBe(true);
    const dms = app.slack.callsTo('chat.postMessage');
    expect(dms).toHaveLength(10);
    for (const dm of dms) expect(dm.args.text).toBe(SOMETHING_WENT_WRONG);

    expect(await failuresByCause(app)).toMatchObject({ postgres_unavailable: 35, error: 0 });

    await app.close(); // the bot's stop writes what it counted
    app = undefined;
    const outage = lines.slice(before);
    // The watch: Postgres is down (a request or the pool's idle connection found it first), then a line
    // per backoff step (1, 2, 4 s …) while the requests keep failing. It has no `err`: no stack.
    const watch = outage.filter((line) => line.dependency === 'postgres');
    expect(watch.map((line) => line.msg)[0]).toBe('postgres unavailable; retrying with backoff');
    expect(watch.filter((line) => line.msg === 'postgres still unavailable').length).toBeLessThanOrEqual(3);
    expect(watch.every((line) => line.err === undefined)).toBe(true);
    // The requests: one in full and one summary, however many failed.
    expect(outage.length - watch.length).toBe(2);
    const full = outage.filter((line) => line.err);
    expect(full).toHaveLength(1);
    // ECONNREFUSED, or the pool's idle connection that the cut reset, if a request found it first.
    expect(full[0]).toMatchObject({
      cause: 'postgres_unavailable',
      msg: expect.stringMatching(/^could not list outreach/),
    });
    expect(full[0]!.err).toMatchObject({ message: expect.any(String), stack: expect.stringMatching(/\n\s+at /) });
    const summaries = outage.filter((line) => /requests failed/.test(line.msg));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({
      msg: '34 more requests failed: postgres unavailable',
      cause: 'postgres_unavailable',
      failed: 34,
      total: 35,
      what: { 'could not list outreach': 14, 'stats failed': 10, 'draft failed': 10 },
    });
  }, 60_000);

  it('Postgres stalled by a lock: the pool waits that time out are summed up, and a bug is still logged on its own', async () => {
    const { lines, logger } = captureLogs('info');
    // Two connections, so that two stalled lists hold them all and the other ten wait for one (2 s).
    app = await startTestApp({ logger, pool: (db) => createPool(db.url, logger, { max: 2 }) });
    const { team, repA } = testTeamOfTwo();
    expect(friendly(await app.command(team, repA, 'list'))).toBe(false);

    const locker = new Client({ connectionString: app.db.url });
    await locker.connect();
    const before = lines.length;
    let answers: Array<Promise<unknown>> = [];
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE outreach IN ACCESS EXCLUSIVE MODE');
      answers = Array.from({ length: 12 }, (_, i) => app!.command(team, repA, 'list', { respondTo: `stalled-${i}` }));
      // The ten that found no connection are told by response_url once their 2 s wait runs out.
      const told = await app.slack.waitFor('response_url', 10, 30_000);
      for (const call of told) expect(call.args.text).toBe(SOMETHING_WENT_WRONG);
    } finally {
      await locker.query('COMMIT');
      await locker.end();
    }
    await Promise.all(answers);
    // The two that held the connections get their list once the lock is gone.
    const lists = await app.slack.waitFor('response_url', 12, 10_000);
    expect(lists.filter((call) => call.args.text !== SOMETHING_WENT_WRONG)).toHaveLength(2);

    // A bug is not an outage: logged in full each time (a check constraint Postgres refuses).
    const db = app.db.pool();
    for (let i = 0; i < 2; i++) {
      const err = await db
        .query(
          `INSERT INTO outreach (team_id, rep_id, prospect_name, channel, sent_text, source_key) VALUES ('T', 'U', 'x', 'pigeon', 'y', 'k')`,
        )
        .catch((e: unknown) => e);
      app.bot.failures.failed(err, 'log failed');
    }

    expect(await failuresByCause(app)).toMatchObject({ postgres_slow: 10, postgres_unavailable: 0, error: 2 });
    await app.close();
    app = undefined;
    const stall = lines.slice(before);
    const slow = stall.filter((line) => line.cause === 'postgres_slow');
    expect(slow).toHaveLength(2);
    expect(slow[0]).toMatchObject({ err: { message: 'timeout exceeded when trying to connect' } });
    expect(slow[1]).toMatchObject({ msg: '9 more requests failed: postgres too slow', failed: 9, total: 10 });
    const bugs = stall.filter((line) => line.msg === 'log failed');
    expect(bugs).toHaveLength(2);
    for (const bug of bugs) expect(bug.err).toMatchObject({ code: '23514' });
    expect(stall.length).toBeLessThanOrEqual(6);
  }, 60_000);
  it("Postgres stalled by a lock: Postgres cancels the bot's statement past its timeout, the rep is told at once and the connection is free while the lock still holds", async () => {
    const { lines, logger } = captureLogs('info');
    let pool: ReturnType<typeof createPool> | undefined;
    // The pool main.ts gives the bot (BOT_STATEMENT_TIMEOUT_MS), with a timeout well inside the list's 1 s ack budget.
    app = await startTestApp({
      logger,
      pool: (db, watch) => (pool = botPool({ databaseUrl: db.url, botStatementTimeoutMs: 300 }, logger, watch)),
    });
    const { team, repA } = testTeamOfTwo();
    expect(friendly(await app.command(team, repA, 'list'))).toBe(false);
    expect(
      (await pool!.query<{ statement_timeout: string }>('SHOW statement_timeout')).rows[0]!.statement_timeout,
    ).toBe('300ms');

    const locker = new Client({ connectionString: app.db.url });
    await locker.connect();
    const before = lines.length;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE outreach IN ACCESS EXCLUSIVE MODE');
      // Without the timeout the list waits on the lock past its ack budget (an empty ack, the answer
      // once the lock goes) and the draft's insert holds its connection until then.
      // (Bounded, so that without the timeout the test fails rather than waits for the lock.)
      const list = await withTimeout(app.command(team, repA, 'list', { respondTo: 'stalled-list' }), 5000);
      expect(friendly(list)).toBe(true);
      const draft = await withTimeout(
        app.post(
          viewSubmission({
            team_id: team,
            user_id: repA,
            callback_id: 'draft_outreach',
            view_id: 'VSTALLED',
            state_values: stateValues(GOOD_ANSWERS),
          }),
          'form',
        ),
        5000,
      );
      expect(draft.status).toBe(200);
      const [dm] = await app.slack.waitFor('chat.postMessage', 1, 5000);
      expect(dm!.args.text).toBe(SOMETHING_WENT_WRONG);
      // The lock still holds: nothing of the bot's waits on it, and its connections are free.
      const waiting = await locker.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
      );
      expect(waiting.rows[0].n).toBe(0);
      expect(pool!.idleCount).toBe(pool!.totalCount);
      expect(pool!.waitingCount).toBe(0);
    } finally {
      await locker.query('COMMIT');
      await locker.end();
    }
    expect(friendly(await app.command(team, repA, 'list'))).toBe(false); // the lock gone, all is well
    expect(await failuresByCause(app)).toMatchObject({ postgres_slow: 2, postgres_unavailable: 0, error: 0 });
    await app.close();
    app = undefined;
    const slow = lines.slice(before).filter((line) => line.cause === 'postgres_slow');
    expect(slow[0]).toMatchObject({ err: { code: '57014' } }); // canceling statement due to statement timeout
    expect(slow).toHaveLength(2); // the first in full, the other in the summary
  }, 60_000);

  it("a listener's error that nothing caught (app.error) is counted and reported like any failed request", async () => {
    const { lines, logger } = captureLogs('info');
    const watch = new DependencyWatch(logger);
    app = await startTestApp({ logger, watch });
    const { team, repA } = testTeamOfTwo();
    const body = Object.fromEntries(new URLSearchParams(slashCommand({ team_id: team, user_id: repA, text: 'list' })));
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
      port: 5432,
    });
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const before = lines.length;
    // The list's ack throws: the error leaves the listener, and Bolt hands it to app.error.
    for (const err of [refused, refused, bug]) await app.bot.app.processEvent({ body, ack: () => Promise.reject(err) });
    expect(await failuresByCause(app)).toMatchObject({ postgres_unavailable: 2, error: 1 });
    expect(watch.isDown('postgres')).toBe(true); // as /metrics' purposeful_dependency_up says
    await app.close();
    app = undefined;
    const logged = lines.slice(before);
    // Bolt wraps an error without a code of its own (UnknownError) and keeps it as `original`.
    const bugs = logged.filter((line) => line.err?.original?.type === 'TypeError');
    expect(bugs).toHaveLength(1);
    expect(bugs[0]).toMatchObject({ msg: 'unhandled error in a Slack listener' });
    expect(logged.filter((line) => line.cause === 'postgres_unavailable').map((line) => line.msg)).toEqual([
      'unhandled error in a Slack listener: postgres unavailable; more like it are counted and logged once a minute',
      '1 more requests failed: postgres unavailable',
    ]);
  }, 60_000);

  it('Slack unreachable: drafts that cannot be posted, and the notices that cannot reach the rep, are summed up too', async () => {
    const { lines, logger } = captureLogs('info');
    app = await startTestApp({ logger });
    const { team, repA } = testTeamOfTwo();
    expect(friendly(await app.command(team, repA, 'list'))).toBe(false);
    const before = lines.length;
    app.slack.goDark();
    const drafts = Array.from({ length: 8 }, (_, i) =>
      app!.post(
        viewSubmission({
          team_id: team,
          user_id: repA,
          callback_id: 'draft_outreach',
          view_id: `VDARK${i}`,
          state_values: stateValues(GOOD_ANSWERS),
        }),
        'form',
      ),
    );
    // And commands whose answer goes to the response URL (nothing to mark replied: they say so).
    const commands = Array.from({ length: 4 }, () => app!.command(team, repA, 'replied Nobody Known'));
    for (const answer of await Promise.all([...drafts, ...commands])) expect(answer.status).toBe(200);
    // Each draft: its DM failed ('draft failed'), then so did the word that it failed; the same for
    // each command's answer and its apology.
    expect(await failuresByCause(app)).toMatchObject({ slack_unavailable: 24, error: 0 });
    app.slack.comeBack();
    await app.close();
    app = undefined;
    const dark = lines.slice(before);
    expect(dark.filter((line) => line.err)).toHaveLength(1);
    expect(dark.find((line) => line.err)).toMatchObject({ cause: 'slack_unavailable' });
    const summaries = dark.filter((line) => /requests failed/.test(line.msg));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ msg: '23 more requests failed: slack unavailable', total: 24 });
    // The first one in full was a draft's or a command's; the apologies all come after one.
    const what = summaries[0]!.what as Record<string, number>;
    expect(what['could not tell the user']).toBe(12);
    expect((what['draft failed'] ?? 0) + (what['replied failed'] ?? 0)).toBe(11);
    expect(dark.length).toBeLessThanOrEqual(3);
  }, 60_000);
});
