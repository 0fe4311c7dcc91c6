import { warmUp } from '../../src/domain/warm-up';
import { botPool } from '../../src/main';
import { withTimeout } from '../../src/timeout';
import { SOMETHING_WENT_WRONG } from '../../src/views/replies';
import { startTestApp, type TestApp } from '../support/app';
import { silentLogger, TEST_PG_URL, testTeamOfTwo, type TestDatabase } from '../support/db';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { visibleText } from '../support/modal';
import { messageAction } from '../support/slack-requests';

/**
 * Postgres that hangs instead of going away (a frozen host, dropped packets): a query on an open
 * connection gets no answer and no error, and the bot's statement timeout cannot fire because Postgres
 * never sees the statement. What needs no database must still work: the draft modal opens (its
 * remembered "who are you" is a nicety), while the trigger id still lives.
 */

/** Slack refuses a trigger id older than this (about 3 s after the command or click). */
const TRIGGER_LIFE_MS = 3000;

function through(db: TestDatabase, port: number): string {
  const url = new URL(db.url);
  url.port = String(port);
  return url.toString();
}

describe('Postgres stalled (connected, never answering)', () => {
  let proxy: TcpProxy | undefined;
  let app: TestApp | undefined;
  afterEach(async () => {
    proxy?.unstall();
    await app?.close();
    await proxy?.close();
    app = undefined;
    proxy = undefined;
  });

  async function start(): Promise<TestApp> {
    const pg = new URL(TEST_PG_URL);
    proxy = await startTcpProxy({ host: pg.hostname, port: Number(pg.port || 5432) });
    const port = proxy.port;
    app = await startTestApp({ pool: (db, watch) => botPool({ databaseUrl: through(db, port) }, silentLogger, watch) });
    return app;
  }

  /** views.open as Slack answers it: refused once the trigger id is older than TRIGGER_LIFE_MS. */
  function expireTriggersAfter(app: TestApp, sentAt: () => number): { refused: number } {
    const seen = { refused: 0 };
    app.slack.respondWith('views.open', () => {
      if (Date.now() - sentAt() <= TRIGGER_LIFE_MS) return undefined;
      seen.refused++;
      return { body: { ok: false, error: 'expired_trigger_id' } };
    });
    return seen;
  }

  it.each([
    ['/outreach draft', (a: TestApp, team: string, rep: string) => a.command(team, rep, 'draft Jane Doe')],
    [
      '"Draft a message" on the App Home',
      (a: TestApp, team: string, rep: string) => a.click(team, rep, { action_id: 'home_draft' }),
    ],
  ])('%s opens the draft modal in time, without the remembered "who are you"', async (_name, ask) => {
    const app = await start();
    const { team, repA } = testTeamOfTwo();
    // An open connection in the pool, as in a bot that has been serving.
    expect((await app.command(team, repA, 'list')).status).toBe(200);
    let sentAt = 0;
    const triggers = expireTriggersAfter(app, () => sentAt);
    proxy!.stall();
    sentAt = Date.now();
    // processBeforeResponse: the HTTP answer waits for the handler, views.open included.
    await withTimeout(ask(app, team, repA), 10_000);
    const opened = app.slack.callsTo('views.open');
    expect(opened).toHaveLength(1);
    expect(triggers.refused).toBe(0);
  });

  it('"Check & log outreach" opens its modal with the purpose check without waiting for the stalled look-alike search, which is left out', async () => {
    const app = await start();
    const { team, repA } = testTeamOfTwo();
    expect((await app.command(team, repA, 'list')).status).toBe(200);
    // As main.ts does before the bot listens: the check's first run builds its lexicons (~0.5 s).
    warmUp();
    // No clock here (timings belong in benchmarks): a handler that waited for the stalled look-alike search
    // would get the pool's query timeout and no modal at all, only a "try again".
    proxy!.stall();
    // Long enough for the look-alike search (40 characters and more), which asks Postgres.
    const text =
      "Hi, I'd like to add you to my professional network on LinkedIn. Looking forward to connecting with you soon.";
    const shortcut = messageAction({
      team_id: team,
      user_id: repA,
      callback_id: 'check_and_log_outreach',
      message: { text, user: repA, ts: '1700000001.000300' },
    });
    await withTimeout(app.post(shortcut, 'form'), 15_000);
    const opened = app.slack.callsTo('views.open');
    expect(opened).toHaveLength(1);
    expect(app.slack.callsTo('chat.postEphemeral')).toHaveLength(0);
    expect(app.slack.callsTo('response_url')).toHaveLength(0);
    expect(visibleText(opened[0]!.args.view.blocks)).toMatch(/Boilerplate/);
  });

  it('a request on a hanging connection gives up within seconds: the rep is told to try again and its work slot is free', async () => {
    const app = await start();
    const { team, repA } = testTeamOfTwo();
    expect((await app.command(team, repA, 'list')).status).toBe(200);
    app.slack.reset();
    proxy!.stall();
    // `list` answers in its ack when it can, else acks and answers by response_url. processBeforeResponse:
    // the HTTP answer comes when the handler is done, and with it the request's work slot.
    const answer = await withTimeout(app.command(team, repA, 'list', { respondTo: 'stalled-list' }), 20_000);
    expect(answer.status).toBe(200);
    const told = app.slack.callsTo('response_url').map((c) => c.args.text);
    expect(told).toEqual([SOMETHING_WENT_WRONG]);
  });
});
