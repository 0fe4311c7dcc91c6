import { AppTokenRefusedError } from '../../src/slack/socket-mode';
import { startTestApp, type TestApp } from '../support/app';
import { testTeamOfTwo } from '../support/db';
import { type FakeSocketModeServer, startFakeSocketModeServer } from '../support/socket-mode-server';
import { slashCommand } from '../support/slack-requests';
import { captureLogs } from '../support/log-capture';

/**
 * Socket Mode through @slack/socket-mode's real client and Bolt's real receiver: the Web API stand-in
 * answers apps.connections.open with the URL of a local WebSocket stand-in, which greets with Slack's
 * hello, carries envelopes and records the app's acks. Slack's servers are the only thing replaced.
 */

const APP_TOKEN = 'xapp-1-A0PURPOSE-1234-socketsecret';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Socket Mode: connecting, reconnecting, and Slack or the token failing', () => {
  let ws: FakeSocketModeServer;
  let app: TestApp | undefined;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(reason);
  beforeAll(() => {
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled);
  });
  beforeEach(async () => {
    ws = await startFakeSocketModeServer();
    unhandled.length = 0;
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    await ws.close();
  });

  /** `/outreach help` over the socket; resolves with the ack's visible text. */
  async function help(team: string, user: string): Promise<string> {
    const body = Object.fromEntries(new URLSearchParams(slashCommand({ team_id: team, user_id: user, text: 'help' })));
    const ack = await ws.send('slash_commands', body);
    return JSON.stringify(ack.payload);
  }

  async function start(lines = captureLogs('info')) {
    app = await startTestApp({
      logger: lines.logger,
      slack: { socketModeUrl: ws.url },
      socketMode: { appToken: APP_TOKEN, backoff: { firstDelayMs: 100, maxDelayMs: 400 } },
    });
    return { app, lines: lines.lines };
  }

  it('answers a command over the socket, and reconnects when Slack asks it to or closes the socket', async () => {
    const { app } = await start();
    const { team, repA } = testTeamOfTwo();
    await ws.waitForConnections(1);
    expect(await help(team, repA)).toMatch(/outreach draft/);

    ws.askToReconnect();
    await ws.waitForConnections(2);
    expect(await help(team, repA)).toMatch(/outreach draft/);

    ws.closeAll();
    await ws.waitForConnections(3);
    expect(await help(team, repA)).toMatch(/outreach draft/);
    expect(app.slack.callsTo('apps.connections.open')).toHaveLength(3);
    // The app-level token goes to apps.connections.open, and nowhere else.
    expect(app.slack.callsTo('apps.connections.open').every((c) => c.token === APP_TOKEN)).toBe(true);
    expect(unhandled).toEqual([]);
  });

  it('Slack unreachable while it reconnects: keeps trying with backoff, says so once, connects when Slack is back', async () => {
    const { app, lines } = await start();
    const { team, repA } = testTeamOfTwo();
    await ws.waitForConnections(1);
    const before = lines.length;
    app.slack.respondWith('apps.connections.open', () => ({ status: 503, body: 'upstream unavailable' }));
    ws.closeAll();
    // 100, 200, 400, 400 … ms: several attempts in two seconds.
    await wait(2000);
    const tries = app.slack.callsTo('apps.connections.open').length;
    expect(tries).toBeGreaterThanOrEqual(4);
    const during = lines.slice(before);
    expect(during.filter((l) => /Socket Mode could not connect/.test(String(l.msg)))).toHaveLength(1);
    expect(during.filter((l) => (l.level as number) >= 40)).toHaveLength(1);

    app.slack.reset();
    await ws.waitForConnections(2, 5000);
    await wait(50);
    expect(await help(team, repA)).toMatch(/outreach draft/);
    expect(lines.slice(before).some((l) => l.msg === 'Socket Mode connected again')).toBe(true);
    expect(unhandled).toEqual([]);
  });

  it('the app token revoked while running: one error line naming SLACK_APP_TOKEN, no crash, and it connects once Slack takes it again', async () => {
    const { app, lines } = await start();
    await ws.waitForConnections(1);
    const before = lines.length;
    app.slack.respondWith('apps.connections.open', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    ws.closeAll();
    await app.slack.waitFor('apps.connections.open', 2, 5000);
    await wait(1000);
    const during = lines.slice(before);
    expect(during.filter((l) => (l.level as number) >= 40)).toEqual([
      expect.objectContaining({
        level: 50,
        msg: expect.stringMatching(/^SLACK_APP_TOKEN was refused by Slack \(invalid_auth\)/),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('socketsecret');
    expect(JSON.stringify(lines)).not.toContain('fake-ticket');

    app.slack.reset();
    await ws.waitForConnections(2, 5000);
    const { team, repA } = testTeamOfTwo();
    expect(await help(team, repA)).toMatch(/outreach draft/);
    expect(unhandled).toEqual([]);
  });

  it('a refused app token stops start-up with AppTokenRefusedError', async () => {
    // No socketModeUrl: the stand-in answers apps.connections.open with invalid_auth.
    const { logger } = captureLogs('info');
    await expect(
      startTestApp({ logger, socketMode: { appToken: APP_TOKEN, backoff: { firstDelayMs: 100, maxDelayMs: 400 } } }),
    ).rejects.toBeInstanceOf(AppTokenRefusedError);
  });

  it('a connection dropped once at start-up does not hide a token Slack then refuses: start-up still stops', async () => {
    let opens = 0;
    const { logger } = captureLogs('info');
    // The first apps.connections.open loses its answer (the socket closes); the second is refused.
    const dropFirst = () => (++opens === 1 ? { hangUp: true, body: {} } : undefined);
    await expect(
      startTestApp({
        logger,
        slack: { answers: { 'apps.connections.open': dropFirst } },
        socketMode: { appToken: APP_TOKEN, backoff: { firstDelayMs: 100, maxDelayMs: 400 } },
      }),
    ).rejects.toBeInstanceOf(AppTokenRefusedError);
    expect(opens).toBe(2);
  });

  it("starts when Slack's WebSocket end does not answer, keeps trying, and connects once it does", async () => {
    ws.refuse(true);
    const { app, lines } = await start();
    const { team, repA } = testTeamOfTwo();
    await wait(1500);
    expect(ws.refused).toBeGreaterThanOrEqual(3);
    expect(lines.filter((l) => (l.level as number) >= 40)).toEqual([
      expect.objectContaining({ msg: 'Socket Mode could not connect to Slack; retrying with backoff' }),
    ]);
    ws.refuse(false);
    await ws.waitForConnections(1, 5000);
    await wait(50);
    expect(await help(team, repA)).toMatch(/outreach draft/);
    expect(app.slack.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(4);
    expect(unhandled).toEqual([]);
  });
});
