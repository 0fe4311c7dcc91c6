import { actions, events, slashCommand, view } from '@slack-wrench/fixtures';
import { ACTION_IDS } from '../../src/slack-ids';
import { shareTestApp } from '../support/app';
import { testTeamId } from '../support/db';
import {
  BOT_USER_ID,
  interactionBody,
  slashCommand as ourSlashCommand,
  viewSubmission,
} from '../support/slack-requests';

/**
 * Requests that are signed but not what this app expects: third-party shapes of Slack's payloads
 * (@slack-wrench/fixtures), bodies that are not a Slack request at all, and oversized ones. Each gets
 * an HTTP answer (2xx or 4xx), and the app is still alive at the end.
 */
describe('hostile and third-party requests through the real receiver', () => {
  const app = shareTestApp();
  let team: string;
  const rep = 'U0HOSTILE1';
  beforeEach(() => {
    team = testTeamId();
  });

  const ours = () => ({
    team: { id: team, domain: 'acme' },
    user: { id: rep, username: 'rep', name: 'rep', team_id: team },
  });
  const responseUrl = () => app.slack.responseUrl(`r${Math.random().toString(36).slice(2)}`);

  /** A click on a fixture button carrying `action` (its id and value), by our rep. */
  const ourClick = (action: Parameters<typeof actions.blockButtonAction>[0]): [string, 'form'] => [
    interactionBody(actions.blockButtonAction(action, { ...ours(), response_url: responseUrl() })),
    'form',
  ];

  /** The fixtures' shapes, adapted to our ids and with a response URL that reaches the stand-in. */
  const replays: Array<[string, () => [string, 'form' | 'json']]> = [
    [
      'slash command /outreach list',
      () => [
        form(slashCommand('/outreach', { text: 'list', team_id: team, user_id: rep, response_url: responseUrl() })),
        'form',
      ],
    ],
    [
      'slash command /outreach with no text',
      () => [form(slashCommand('/outreach', { team_id: team, user_id: rep, response_url: responseUrl() })), 'form'],
    ],
    [
      'slash command of another app',
      () => [
        form(slashCommand('/weather', { text: 'berlin', team_id: team, user_id: rep, response_url: responseUrl() })),
        'form',
      ],
    ],
    [
      'block_actions: Mark as sent on an outreach that does not exist',
      () => ourClick({ action_id: ACTION_IDS.markSent, value: '999999' }),
    ],
    [
      'block_actions: a button value that is not an outreach id',
      () => ourClick({ action_id: ACTION_IDS.followUpSnooze, value: 'VALUE' }),
    ],
    ['block_actions: an action id nobody listens to', () => ourClick({})],
    [
      'block_actions: a static select, fixture ids as they are',
      () => [interactionBody(actions.blockStaticSelectAction({}, { response_url: responseUrl() })), 'form'],
    ],
    [
      'view_submission: the draft modal with no answers',
      () => [
        interactionBody(view.viewSubmitAction({ callback_id: 'draft_outreach', id: 'VHOSTILE1' }, ours())),
        'form',
      ],
    ],
    [
      'view_submission: the log modal with no answers',
      () => [interactionBody(view.viewSubmitAction({ callback_id: 'log_outreach', id: 'VHOSTILE2' }, ours())), 'form'],
    ],
    [
      'view_submission: Mark as sent with no metadata',
      () => [interactionBody(view.viewSubmitAction({ callback_id: 'mark_sent', id: 'VHOSTILE3' }, ours())), 'form'],
    ],
    ['view_submission: an unknown callback id', () => [interactionBody(view.viewSubmitAction()), 'form']],
    [
      'event: a message (not subscribed)',
      () => [JSON.stringify({ ...events.message('hello'), team_id: team }), 'json'],
    ],
    [
      'event: app_mention',
      () => [JSON.stringify({ ...events.appMention(`<@${BOT_USER_ID}> hi`), team_id: team }), 'json'],
    ],
    [
      'event: member_joined_channel',
      () => [JSON.stringify({ ...events.memberJoinedChannel(), team_id: team }), 'json'],
    ],
    [
      'event: app_home_opened with no tab or channel',
      () => [
        JSON.stringify(events.apiEvent({ type: 'app_home_opened', user: rep } as never)).replace(
          '"TTEAMID"',
          JSON.stringify(team),
        ),
        'json',
      ],
    ],
  ];

  it.each(replays)('answers %s with 2xx/4xx', async (_name, build) => {
    const [body, type] = build();
    const response = await app.post(body, type);
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(500);
  });

  it.each([
    ['null', 'json', 400],
    ['[]', 'json', 400],
    ['123', 'json', 400],
    ['', 'json', 400],
    ['', 'form', 400],
    ['payload=null', 'form', 400],
    ['payload=%5B1%2C2%5D', 'form', 400],
    ['payload=%22text%22', 'form', 400],
    ['{"type":', 'json', 400],
  ] as const)('refuses the signed body %j (%s) with %i', async (body, type, status) => {
    const response = await app.post(body, type);
    expect(response.status).toBe(status);
  });

  it('answers a 1 MB slash command (inside the limit) with help, and refuses 5 MB with 413', async () => {
    const big = ourSlashCommand({ team_id: team, user_id: rep, text: `draft ${'x'.repeat(1_000_000)}` });
    expect(big.length).toBeLessThan(1024 * 1024);
    const answered = await app.post(big, 'form');
    expect(answered.status).toBe(200);
    expect(JSON.stringify(answered.json)).toContain("couldn't read that command");

    const huge = ourSlashCommand({ team_id: team, user_id: rep, text: 'x'.repeat(5 * 1024 * 1024) });
    const refused = await app.post(huge, 'form');
    expect(refused.status).toBe(413);
    const hugeJson = JSON.stringify({
      type: 'event_callback',
      team_id: team,
      event: { type: 'message', text: 'y'.repeat(5 * 1024 * 1024) },
    });
    expect((await app.post(hugeJson, 'json')).status).toBe(413);
  });

  /** A modal's state values, as Slack sends them. */
  function state(answers: Record<string, string>) {
    return Object.fromEntries(
      Object.entries(answers).map(([block, value]) => [
        block,
        {
          value:
            block === 'channel'
              ? { type: 'static_select', selected_option: { value } }
              : { type: 'plain_text_input', value },
        },
      ]),
    );
  }
  const submit = (callback_id: string, answers: Record<string, string>) =>
    app.post(viewSubmission({ team_id: team, user_id: rep, callback_id, state_values: state(answers) }), 'form');

  it('logs a message with NUL and other control characters without them, instead of a database error', async () => {
    const response = await submit('log_outreach', {
      prospectName: 'Jane\u0000 Doe',
      company: 'Acme\u0007',
      channel: 'linkedin_message',
      message: 'Hi Jane,\u0000 I read your post on onboarding.\u001b\nWould a short call help?',
    });
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    const { rows } = await app.db
      .pool()
      .query('SELECT prospect_name, prospect_company AS company, sent_text FROM outreach WHERE team_id = $1', [team]);
    expect(rows).toEqual([
      {
        prospect_name: 'Jane Doe',
        company: 'Acme',
        sent_text: 'Hi Jane, I read your post on onboarding.\nWould a short call help?',
      },
    ]);
    await app.slack.waitFor('chat.postMessage');
  });

  it.each([
    [
      'log_outreach',
      { prospectName: 'J'.repeat(10_000), channel: 'linkedin_message', message: 'Hi there, a short note.' },
      'prospectName',
      'Keep it under 100 characters (now 10,000).',
    ],
    [
      'log_outreach',
      { prospectName: 'Jane Doe', channel: 'linkedin_message', message: 'm'.repeat(5000) },
      'message',
      'Keep it under 3,000 characters (now 5,000).',
    ],
    ['mark_sent', { message: 'm'.repeat(3001) }, 'message', 'Keep it under 3,000 characters (now 3,001).'],
  ])(
    'answers an over-long %s answer with a field error, and stores nothing',
    async (callbackId, answers, field, error) => {
      const response = await app.post(
        viewSubmission({
          team_id: team,
          user_id: rep,
          callback_id: callbackId,
          private_metadata: JSON.stringify({ outreachId: '1' }),
          state_values: state(answers),
        }),
        'form',
      );
      expect(response.json).toEqual({ response_action: 'errors', errors: { [field]: error } });
      const { rows } = await app.db.pool().query('SELECT count(*)::int AS n FROM outreach WHERE team_id = $1', [team]);
      expect(rows[0].n).toBe(0);
    },
  );

  it('answers a 10,000-character name in the draft modal with a field error', async () => {
    const response = await submit('draft_outreach', {
      prospectName: 'J'.repeat(10_000),
      channel: 'linkedin_message',
      whoIAm: "I'm Ravi, an AE at Questmoor",
      whyYou: 'Your talk on the Lantern Festival event and its 9% D7 lift',
      whatsInIt: 'Event data from 20 studios on what brings lapsed players back',
      ask: 'Would it help if I sent the 3 charts?',
    });
    expect(response.json).toMatchObject({
      response_action: 'errors',
      errors: { prospectName: expect.stringContaining('under 100 characters') },
    });
  });

  describe('a <@U…> prospect', () => {
    async function logSentTo(name: string) {
      await submit('log_outreach', {
        prospectName: name,
        channel: 'linkedin_message',
        message: 'Hi, I read your post on onboarding. Would a short call help?',
      });
    }
    const replied = (text: string) =>
      app.post(
        ourSlashCommand({ team_id: team, user_id: rep, text, response_url: app.slack.responseUrl('replied') }),
        'form',
      );

    it('is looked up with users.info: `replied <@U…>` asks about that person only', async () => {
      await logSentTo('Chloe Durand');
      await logSentTo('Rep U0PROSPECT1'); // the stand-in's real name for U0PROSPECT1
      await replied('replied <@U0PROSPECT1>');
      const [answer] = await app.slack.waitFor('response_url');
      expect(app.slack.callsTo('users.info').map((c) => c.args.user)).toContain('U0PROSPECT1');
      expect(answer!.args.text).toBe('How did Rep U0PROSPECT1 reply?');
      expect(JSON.stringify(answer!.args.blocks)).not.toContain('Chloe Durand');
    });

    it('is refused clearly when Slack will not say who it is, instead of matching every outreach', async () => {
      await logSentTo('Chloe Durand');
      app.slack.respondWith('users.info', () => ({ body: { ok: false, error: 'user_not_found' } }));
      await replied('replied <@U0NOBODY1>');
      const [answer] = await app.slack.waitFor('response_url');
      expect(answer!.args.text).toContain("I couldn't look up that person's name in Slack");
      expect(JSON.stringify(answer!.args)).not.toContain('Chloe Durand');
    });

    it('opens the draft modal with the real name for `draft <@U…|handle>`', async () => {
      await app.post(ourSlashCommand({ team_id: team, user_id: rep, text: 'draft <@U0PROSPECT2|jd>' }), 'form');
      const [open] = await app.slack.waitFor('views.open');
      const nameInput = open!.args.view.blocks.find((b: { block_id?: string }) => b.block_id === 'prospectName');
      expect(nameInput.element.initial_value).toBe('Rep U0PROSPECT2');
    });
  });

  it('still refuses a well-formed body with a bad signature (401), and is alive at the end', async () => {
    const response = await app.post(ourSlashCommand({ team_id: team, user_id: rep, text: 'list' }), 'form', {
      signature: 'v0=deadbeef',
    });
    expect(response.status).toBe(401);
    const health = await fetch(`${app.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
  });
});

describe('bounded work: past the limit, "busy" in the ack', () => {
  // One slot, no queue: the second request at a time is shed.
  const app = shareTestApp({ limits: { concurrency: 1, queue: 0 } });
  const rep = 'U0BUSY0001';

  it('tells the rep at once, in the ack, counts it, and serves again once the slot is free', async () => {
    const team = testTeamId();
    // The first request holds the only slot: its views.open hangs until the test lets it go.
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    app.slack.respondWith('views.open', async () => {
      await held;
      return undefined;
    });
    const first = app.post(
      ourSlashCommand({
        team_id: team,
        user_id: rep,
        text: 'draft Jane Doe',
        response_url: app.slack.responseUrl('first'),
      }),
      'form',
    );
    await app.slack.waitFor('views.open');

    const shed = await app.post(
      ourSlashCommand({ team_id: team, user_id: rep, text: 'list', response_url: app.slack.responseUrl('shed') }),
      'form',
    );
    expect(shed.status).toBe(200);
    expect(JSON.stringify(shed.json)).toContain('busy right now');
    const modal = await app.post(
      interactionBody(
        view.viewSubmitAction(
          {
            callback_id: 'log_outreach',
            id: 'VBUSY1',
            state: { values: { prospectName: { value: { type: 'plain_text_input', value: 'Jane' } } } },
          } as never,
          {
            team: { id: team, domain: 'acme' },
            user: { id: rep, name: 'rep', team_id: team },
          } as never,
        ),
      ),
      'form',
    );
    expect(modal.json).toEqual({
      response_action: 'errors',
      errors: { prospectName: expect.stringContaining('busy right now') },
    });
    const metrics = await app.metrics.registry.getSingleMetricAsString('purposeful_requests_shed_total');
    expect(metrics).toContain('purposeful_requests_shed_total{kind="command"} 1');
    expect(metrics).toContain('purposeful_requests_shed_total{kind="view"} 1');

    letGo();
    expect((await first).status).toBe(200);
    app.slack.reset();
    const after = await app.post(
      ourSlashCommand({ team_id: team, user_id: rep, text: 'list', response_url: app.slack.responseUrl('after') }),
      'form',
    );
    expect(after.status).toBe(200);
    expect(JSON.stringify(after.json ?? '')).not.toContain('busy right now');
  });
});

function form(fields: object): string {
  return new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)])).toString();
}
