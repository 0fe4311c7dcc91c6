import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, verifySlackRequest } from '@slack/bolt';
import {
  ErrorCode,
  WebClient,
  WebClientEvent,
  type WebAPIPlatformError,
  type WebAPIRateLimitedError,
} from '@slack/web-api';
import { startFakeSlackApi, type FakeSlackApi } from '../support/slack-api';
import {
  blockActions,
  eventCallback,
  messageAction,
  postToApp,
  signSlackRequest,
  slashCommand,
  viewSubmission,
} from '../support/slack-requests';

const SECRET = 'test-signing-secret';
const TOKEN = 'xoxb-test-token';

let api: FakeSlackApi;

beforeAll(async () => {
  api = await startFakeSlackApi({ users: { U0ANNA: { tz: 'Europe/Berlin', real_name: 'Anna Schmidt' } } });
});
afterEach(() => api.reset());
afterAll(() => api.close());

/** A real WebClient talking to the fake, as the app's will; no retries, so failures surface at once. */
function client(options: ConstructorParameters<typeof WebClient>[1] = {}): WebClient {
  return new WebClient(TOKEN, {
    slackApiUrl: `${api.url}/api/`,
    retryConfig: { retries: 0 },
    logLevel: LogLevel.ERROR,
    ...options,
  });
}

describe('fake Slack Web API', () => {
  it('binds to the loopback interface only', () => {
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('records chat.postMessage from a real WebClient with blocks parsed back into objects', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Follow up* with Dana' } }];
    const result = await client().chat.postMessage({ channel: 'C0SALES', text: 'Follow up with Dana', blocks });

    expect(result.ok).toBe(true);
    expect(result.channel).toBe('C0SALES');
    expect(result.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(result.message?.blocks).toEqual(blocks);
    const [call] = api.callsTo('chat.postMessage');
    expect(call).toMatchObject({
      method: 'chat.postMessage',
      token: TOKEN,
      args: { channel: 'C0SALES', text: 'Follow up with Dana', blocks },
    });
    expect(call?.args).not.toHaveProperty('token');
  });

  it('gives every message its own, increasing ts, and answers a post to a user from their DM', async () => {
    const web = client();
    const first = await web.chat.postMessage({ channel: 'U0ANNA', text: 'one' });
    const second = await web.chat.postMessage({ channel: 'U0ANNA', text: 'two' });
    expect(first.channel).toBe('DU0ANNA');
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
  });

  it('answers auth.test as Bolt needs it at start-up', async () => {
    const result = await client({ teamId: 'T0ACME' }).auth.test();
    expect(result).toMatchObject({ ok: true, team: 'Acme', team_id: 'T0ACME', user_id: 'UBOT', bot_id: 'BBOT' });
    expect((await client().auth.test()).team_id).toBe('T000');
  });

  it('opens DMs, modals and the Home tab, and knows reps’ time zones', async () => {
    const web = client();
    expect((await web.conversations.open({ users: 'U0ANNA' })).channel?.id).toBe('DU0ANNA');

    const view = {
      type: 'modal' as const,
      callback_id: 'draft_outreach',
      title: { type: 'plain_text' as const, text: 'Draft outreach' },
      blocks: [],
    };
    const opened = await web.views.open({ trigger_id: '123.456.abc', view });
    expect(opened.view).toMatchObject({ id: expect.stringMatching(/^V/), callback_id: 'draft_outreach' });
    expect(api.callsTo('views.open')[0]?.args.view).toEqual(view);
    const updated = await web.views.update({ view_id: opened.view!.id!, view });
    expect(updated.view?.id).toBe(opened.view?.id);
    await web.views.publish({ user_id: 'U0ANNA', view: { type: 'home', blocks: [] } });
    expect(api.callsTo('views.publish')[0]?.args).toMatchObject({ user_id: 'U0ANNA', view: { type: 'home' } });

    const anna = await web.users.info({ user: 'U0ANNA' });
    expect(anna.user).toMatchObject({ id: 'U0ANNA', real_name: 'Anna Schmidt', tz: 'Europe/Berlin' });
    expect([3600, 7200]).toContain(anna.user?.tz_offset);
    const someone = await web.users.info({ user: 'U0BOB' });
    expect(someone.user).toMatchObject({ id: 'U0BOB', tz: 'America/New_York' });
    expect([-18000, -14400]).toContain(someone.user?.tz_offset);

    const ephemeral = await web.chat.postEphemeral({ channel: 'C0SALES', user: 'U0ANNA', text: 'only you' });
    expect(ephemeral.message_ts).toMatch(/^\d{10}\.\d{6}$/);
    expect((await web.apps.uninstall({ client_id: 'x', client_secret: 'y' })).ok).toBe(true);
  });

  it('accepts JSON bodies and a token field', async () => {
    const response = await fetch(`${api.url}/api/chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: 'xoxb-in-body', channel: 'C1', blocks: [{ type: 'divider' }] }),
    });
    expect(await response.json()).toMatchObject({ ok: true, channel: 'C1' });
    expect(api.calls[0]).toMatchObject({
      token: 'xoxb-in-body',
      args: { channel: 'C1', blocks: [{ type: 'divider' }] },
    });
  });

  it('lets a test rate-limit a method, and WebClient sees the 429', async () => {
    api.respondWith('chat.postMessage', () => ({
      status: 429,
      headers: { 'Retry-After': '7' },
      body: { ok: false, error: 'ratelimited' },
    }));
    const rateLimited = jest.fn();
    const web = client({ rejectRateLimitedCalls: true });
    web.on(WebClientEvent.RATE_LIMITED, rateLimited);

    const error = (await web.chat
      .postMessage({ channel: 'C1', text: 'hi' })
      .catch((e: unknown) => e)) as WebAPIRateLimitedError;
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(7);
    expect(rateLimited).toHaveBeenCalledWith(7, expect.anything());
  });

  it('falls back to the default answer when an override returns nothing (fail once, then succeed)', async () => {
    let seen = 0;
    api.respondWith('chat.postMessage', () =>
      ++seen === 1
        ? { status: 429, headers: { 'Retry-After': '0' }, body: { ok: false, error: 'ratelimited' } }
        : undefined,
    );
    const web = client({ retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 0 } });
    const result = await web.chat.postMessage({ channel: 'C1', text: 'hi' });
    expect(result.ok).toBe(true);
    expect(api.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('lets a test return a Slack error', async () => {
    api.respondWith('chat.postMessage', () => ({ body: { ok: false, error: 'channel_not_found' } }));
    const error = (await client()
      .chat.postMessage({ channel: 'C404', text: 'hi' })
      .catch((e: unknown) => e)) as WebAPIPlatformError;
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data.error).toBe('channel_not_found');
  });

  it('records posts to a response_url', async () => {
    const responseUrl = api.responseUrl('cmd-1');
    expect(responseUrl).toBe(`${api.url}/response/cmd-1`);
    const response = await fetch(responseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', text: 'Logged.' }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(api.calls).toEqual([
      {
        method: 'response_url',
        path: '/response/cmd-1',
        token: undefined,
        args: { response_type: 'ephemeral', text: 'Logged.' },
      },
    ]);
  });

  it('waits for calls that arrive later, and says what it saw when they do not', async () => {
    const waiting = api.waitFor('chat.postMessage', 2);
    const web = client();
    setTimeout(() => {
      void web.chat
        .postMessage({ channel: 'C1', text: 'a' })
        .then(() => web.chat.postMessage({ channel: 'C1', text: 'b' }));
    }, 20);
    const calls = await waiting;
    expect(calls.map((c) => c.args.text)).toEqual(['a', 'b']);

    await expect(api.waitFor('views.open', 1, 50)).rejects.toThrow(
      /waited 50 ms for 1 call\(s\) to views\.open, got 0; calls so far: chat\.postMessage, chat\.postMessage/,
    );
  });

  it('forgets calls and overrides on reset', async () => {
    api.respondWith('auth.test', () => ({ body: { ok: false, error: 'invalid_auth' } }));
    await client()
      .auth.test()
      .catch(() => undefined);
    const calls = api.calls;
    api.reset();
    expect(calls).toHaveLength(0);
    expect((await client().auth.test()).ok).toBe(true);
  });
});

describe('signed requests', () => {
  const body = slashCommand({ text: 'draft @dana', user_id: 'U0ANNA' });

  it('signs the way Bolt verifies', () => {
    const headers = signSlackRequest(body, SECRET);
    expect(headers['x-slack-signature']).toMatch(/^v0=[0-9a-f]{64}$/);
    const verify = (secret: string, raw: string, ts = Number(headers['x-slack-request-timestamp'])) =>
      verifySlackRequest({
        signingSecret: secret,
        body: raw,
        headers: { 'x-slack-signature': headers['x-slack-signature'], 'x-slack-request-timestamp': ts },
      });
    expect(() => verify(SECRET, body)).not.toThrow();
    expect(() => verify('another-secret', body)).toThrow(/signature mismatch/);
    expect(() => verify(SECRET, `${body}&x=1`)).toThrow(/signature mismatch/);
  });

  it('matches a signature computed independently, and Bolt refuses a stale timestamp', () => {
    // printf 'v0:1531420618:a=b' | openssl dgst -sha256 -hmac test-signing-secret
    expect(signSlackRequest('a=b', SECRET, 1531420618)).toEqual({
      'x-slack-signature': 'v0=8db670086a027c769075053c934e94a50760a1d1249f4f56067d49396f6f69d4',
      'x-slack-request-timestamp': '1531420618',
    });
    const stale = Math.floor(Date.now() / 1000) - 10 * 60;
    const headers = signSlackRequest('a=b', SECRET, stale);
    expect(() =>
      verifySlackRequest({
        signingSecret: SECRET,
        body: 'a=b',
        headers: { 'x-slack-signature': headers['x-slack-signature'], 'x-slack-request-timestamp': stale },
      }),
    ).toThrow(/stale/);
  });

  it('posts with the exact content type, the signature and the retry headers', async () => {
    const received: { headers: IncomingHttpHeaders; body: string; url?: string }[] = [];
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body: raw, url: req.url });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"response_action":"clear"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const form = await postToApp(base, {
        body,
        contentType: 'form',
        signingSecret: SECRET,
        retryNum: 1,
        retryReason: 'http_timeout',
      });
      expect(form).toEqual({ status: 200, text: '{"response_action":"clear"}', json: { response_action: 'clear' } });
      const json = await postToApp(`${base}/`, {
        body: '{}',
        contentType: 'json',
        signingSecret: SECRET,
        signature: 'v0=forged',
      });
      expect(json.status).toBe(200);

      const [first, second] = received;
      expect(first?.url).toBe('/slack/events');
      expect(first?.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(first?.headers['x-slack-retry-num']).toBe('1');
      expect(first?.headers['x-slack-retry-reason']).toBe('http_timeout');
      expect(first?.body).toBe(body);
      expect(
        verifySlackRequest({
          signingSecret: SECRET,
          body: first!.body,
          headers: {
            'x-slack-signature': String(first?.headers['x-slack-signature']),
            'x-slack-request-timestamp': Number(first?.headers['x-slack-request-timestamp']),
          },
        }),
      ).toBeUndefined();
      expect(second?.headers['content-type']).toBe('application/json');
      expect(second?.headers['x-slack-signature']).toBe('v0=forged');
      expect(second?.headers).not.toHaveProperty('x-slack-retry-num');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('payload builders', () => {
  const payloadOf = (form: string) => JSON.parse(new URLSearchParams(form).get('payload') ?? 'null');

  it('builds a slash command as form fields', () => {
    const fields = new URLSearchParams(
      slashCommand({
        text: 'log <@U0DANA|dana>',
        team_id: 'T0ACME',
        user_id: 'U0ANNA',
        response_url: api.responseUrl('r1'),
      }),
    );
    expect(Object.fromEntries(fields)).toMatchObject({
      command: '/outreach',
      text: 'log <@U0DANA|dana>',
      team_id: 'T0ACME',
      user_id: 'U0ANNA',
      channel_id: expect.any(String),
      trigger_id: expect.any(String),
      response_url: `${api.url}/response/r1`,
    });
  });

  it('builds block actions from a message and from a view', () => {
    const fromMessage = payloadOf(
      blockActions({ user_id: 'U0ANNA', actions: [{ action_id: 'mark_sent', value: '42' }] }),
    );
    expect(fromMessage).toMatchObject({
      type: 'block_actions',
      team: { id: 'T000' },
      user: { id: 'U0ANNA', team_id: 'T000' },
      actions: [{ action_id: 'mark_sent', value: '42', type: 'button' }],
      container: { type: 'message' },
      channel: { id: expect.any(String) },
      response_url: expect.any(String),
    });
    const fromHome = payloadOf(
      blockActions({
        user_id: 'U0ANNA',
        actions: [{ action_id: 'snooze', value: '7' }],
        view: { id: 'V1', type: 'home' },
      }),
    );
    expect(fromHome).toMatchObject({ container: { type: 'view', view_id: 'V1' }, view: { id: 'V1', type: 'home' } });
    expect(fromHome).not.toHaveProperty('response_url');
  });

  it('builds a view submission exactly as Slack sends it', () => {
    const values = { prospect: { prospect_name: { type: 'plain_text_input', value: 'Dana Lee' } } };
    const payload = payloadOf(
      viewSubmission({
        team_id: 'T0ACME',
        user_id: 'U0ANNA',
        callback_id: 'log_outreach',
        private_metadata: '{"id":1}',
        state_values: values,
        view_id: 'V9',
        hash: 'h1',
      }),
    );
    expect(payload).toMatchObject({
      type: 'view_submission',
      team: { id: 'T0ACME' },
      user: { id: 'U0ANNA', team_id: 'T0ACME' },
      view: {
        id: 'V9',
        callback_id: 'log_outreach',
        private_metadata: '{"id":1}',
        state: { values },
        hash: 'h1',
        type: 'modal',
      },
      trigger_id: expect.any(String),
      api_app_id: expect.any(String),
    });
  });

  it('builds a message shortcut and an event callback', () => {
    const shortcut = payloadOf(
      messageAction({
        user_id: 'U0ANNA',
        callback_id: 'check_and_log_outreach',
        message: { text: 'Hi Dana', user: 'U0ANNA', ts: '1.2' },
        channel_id: 'D0ANNA',
      }),
    );
    expect(shortcut).toMatchObject({
      type: 'message_action',
      callback_id: 'check_and_log_outreach',
      message: { text: 'Hi Dana', user: 'U0ANNA', ts: '1.2' },
      message_ts: '1.2',
      channel: { id: 'D0ANNA' },
    });
    const event = JSON.parse(
      eventCallback({ team_id: 'T0ACME', event: { type: 'app_home_opened', user: 'U0ANNA', tab: 'home' } }),
    );
    expect(event).toMatchObject({
      type: 'event_callback',
      team_id: 'T0ACME',
      api_app_id: expect.any(String),
      event_id: expect.stringMatching(/^Ev/),
      event_time: expect.any(Number),
      event: { type: 'app_home_opened', user: 'U0ANNA', tab: 'home', event_ts: expect.any(String) },
    });
  });
});

describe('together with a real Bolt app', () => {
  it('passes Bolt’s receiver and signature check, and Bolt’s client talks to the fake', async () => {
    const app = new App({
      token: TOKEN,
      signingSecret: SECRET,
      processBeforeResponse: true,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: `${api.url}/api/` },
    });
    app.command('/outreach', async ({ ack, command, respond, client: web }) => {
      await ack();
      await respond({ text: `You said: ${command.text}` });
      await web.chat.postMessage({ channel: command.user_id, text: 'Logged.' });
    });
    const server = await app.start(0);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const body = slashCommand({ text: 'list', user_id: 'U0ANNA', response_url: api.responseUrl('c1') });
      expect((await postToApp(base, { body, contentType: 'form', signingSecret: SECRET })).status).toBe(200);
      expect(api.callsTo('response_url')[0]?.args).toMatchObject({ text: 'You said: list' });
      expect(api.callsTo('chat.postMessage')[0]).toMatchObject({ token: TOKEN, args: { channel: 'U0ANNA' } });
      expect(api.callsTo('auth.test').length).toBeGreaterThanOrEqual(1);

      const forged = await postToApp(base, { body, contentType: 'form', signingSecret: 'wrong-secret' });
      expect(forged.status).toBe(401);
    } finally {
      await app.stop();
    }
  });
});
