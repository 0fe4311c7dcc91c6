import * as net from 'node:net';
import { checkBotToken } from '../../src/slack/auth';
import { BotIdentity, IDENTITY_RETRY_MS } from '../../src/slack/identity';
import { shareAcrossTests } from '../support/shared';
import { FAKE_BOT_ID, FAKE_BOT_USER_ID, startFakeSlackApi } from '../support/slack-api';

describe('the bot identity for Bolt (authorize): auth.test once, not once per request', () => {
  const slack = shareAcrossTests(startFakeSlackApi, (made) => made.close());
  let now: number;
  beforeEach(() => {
    slack.reset();
    now = 1_000_000;
  });

  const identityFor = (initial: { botId: string; botUserId: string } | 'unknown') =>
    new BotIdentity(
      'xoxb-identity-test',
      () => checkBotToken('xoxb-identity-test', `${slack.url}/api/`, true),
      initial,
      () => now,
    );

  it('known at start: never calls auth.test, and hands Bolt the token and identity', async () => {
    const identity = identityFor({ botId: 'B1', botUserId: 'U1' });
    for (let i = 0; i < 5; i++)
      expect(await identity.authorize()).toEqual({ botToken: 'xoxb-identity-test', botId: 'B1', botUserId: 'U1' });
    expect(slack.callsTo('auth.test')).toHaveLength(0);
  });

  it('unknown at start: asks on the first request, then keeps the answer', async () => {
    const identity = identityFor('unknown');
    const answers = await Promise.all([identity.authorize(), identity.authorize(), identity.authorize()]);
    for (let i = 0; i < 5; i++) answers.push(await identity.authorize());
    for (const a of answers)
      expect(a).toEqual({ botToken: 'xoxb-identity-test', botId: FAKE_BOT_ID, botUserId: FAKE_BOT_USER_ID });
    expect(slack.callsTo('auth.test')).toHaveLength(1);
  });

  it('while Slack does not answer: the token still works, and auth.test is asked at most once a minute', async () => {
    slack.respondWith('auth.test', () => ({ status: 503, body: 'upstream unavailable' }));
    const identity = identityFor('unknown');
    for (let i = 0; i < 10; i++) {
      expect(await identity.authorize()).toEqual({ botToken: 'xoxb-identity-test' });
      now += 1000;
    }
    expect(slack.callsTo('auth.test')).toHaveLength(1);
    now += IDENTITY_RETRY_MS;
    await identity.authorize();
    expect(slack.callsTo('auth.test')).toHaveLength(2);
    // Slack answers again: the next minute's try succeeds and is kept.
    slack.reset();
    now += IDENTITY_RETRY_MS;
    for (let i = 0; i < 5; i++)
      expect(await identity.authorize()).toEqual({
        botToken: 'xoxb-identity-test',
        botId: FAKE_BOT_ID,
        botUserId: FAKE_BOT_USER_ID,
      });
    now += 10 * IDENTITY_RETRY_MS;
    await identity.authorize();
    expect(slack.callsTo('auth.test')).toHaveLength(1);
  });

  it('Slack unreachable at start: "unreachable", and nothing written outside the JSON log', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as net.AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const written: unknown[] = [];
    const spies = (['debug', 'info', 'warn', 'error', 'log'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void written.push(args)),
    );
    try {
      const check = await checkBotToken('xoxb-identity-test', `http://127.0.0.1:${port}/api/`);
      expect(check.kind).toBe('unreachable');
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(written).toEqual([]);
  });
});
