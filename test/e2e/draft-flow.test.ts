import { messageAction, slashCommand, viewSubmission } from '../support/slack-requests';
import { shareTestApp } from '../support/app';
import { testTeamId } from '../support/db';
import { elements, GOOD_ANSWERS, modalSubmission, stateValues, visibleText } from '../support/modal';

const buttons = (blocks: Array<Record<string, any>>) => elements(blocks).filter((e) => e.type === 'button');

describe('draft → modal → DM → Mark as sent → list, through Slack request formats', () => {
  const app = shareTestApp();
  let team: string;
  const rep = 'U0REP0001';
  beforeEach(() => {
    team = testTeamId();
  });

  async function draft(
    answers: Record<string, string> = GOOD_ANSWERS,
    viewId = `V${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
  ) {
    const body = viewSubmission({
      team_id: team,
      user_id: rep,
      callback_id: 'draft_outreach',
      view_id: viewId,
      state_values: stateValues(answers),
    });
    return { response: await app.post(body, 'form'), body, viewId };
  }

  async function rows(sql: string, params: unknown[] = []) {
    return (await app.db.pool().query(sql, params)).rows;
  }

  it('opens the draft modal for /outreach draft with the prospect prefilled and plain labels', async () => {
    const response = await app.command(team, rep, 'draft @chloe.durand');
    expect(response.status).toBe(200);
    const [open] = app.slack.callsTo('views.open');
    expect(open).toBeDefined();
    const view = open!.args.view;
    expect(view.callback_id).toBe('draft_outreach');
    const labels = view.blocks.filter((b: any) => b.type === 'input').map((b: any) => b.label.text);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Prospect name',
        'Company',
        'Who are you?',
        'Why them?',
        "What's in it for them?",
        'Your one ask',
      ]),
    );
    const name = view.blocks.find((b: any) => b.block_id === 'prospectName');
    expect(name.element.initial_value).toBe('Chloe Durand');
  });

  it("drops a draft whose DM Slack would not take, so the rep's try-again leaves no draft they cannot reach", async () => {
    // Slack answering 5xx to the draft's DM (and to the word that it failed, the same way).
    app.slack.respondWith('chat.postMessage', () => ({ status: 503, body: 'upstream unavailable' }));
    const { response } = await draft();
    expect(response.status).toBe(200);
    expect(app.slack.callsTo('chat.postMessage').length).toBeGreaterThanOrEqual(1);
    // The DM holds the draft's only buttons: without it, a draft could never be sent or discarded.
    expect(await rows("SELECT status FROM outreach WHERE team_id = $1 AND status = 'drafted'", [team])).toEqual([]);
    app.slack.reset();
    const list = await app.command(team, rep, 'list');
    expect(visibleText((list.json as { blocks: unknown }).blocks)).toMatch(/No open outreach/);
  });

  it('sends field errors back into the modal for thin answers, and logs nothing', async () => {
    const { response } = await draft({ ...GOOD_ANSWERS, whyYou: 'great profile', whatsInIt: '', ask: 'connect?' });
    expect(response.status).toBe(200);
    const json = response.json as { response_action: string; errors: Record<string, string> };
    expect(json.response_action).toBe('errors');
    expect(Object.keys(json.errors)).toEqual(expect.arrayContaining(['whyYou', 'whatsInIt']));
    for (const message of Object.values(json.errors)) expect(message.length).toBeGreaterThan(10);
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(await rows('SELECT 1 FROM outreach WHERE team_id = $1', [team])).toHaveLength(0);
  });

  it('names a suspected typo under its answer instead of drafting it, and keeps the word when the rep composes again', async () => {
    const answers = { ...GOOD_ANSWERS, whyYou: `${GOOD_ANSWERS.whyYou} abuot retention` };
    const { response } = await draft(answers);
    const json = response.json as {
      response_action: string;
      view: { private_metadata: string; blocks: Array<{ block_id?: string; hint?: { text: string } }> };
    };
    expect(json.response_action).toBe('update');
    const why = json.view.blocks.find((b) => b.block_id === 'whyYou');
    expect(why?.hint?.text).toContain('“abuot” (about?)');
    // The other answers keep their usual hints, and nothing was drafted or sent.
    expect(json.view.blocks.find((b) => b.block_id === 'ask')?.hint?.text).not.toContain('typo');
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(await rows('SELECT 1 FROM outreach WHERE team_id = $1', [team])).toHaveLength(0);

    // Composing again from the updated modal keeps the word as typed: the rep has seen it.
    const again = viewSubmission({
      team_id: team,
      user_id: rep,
      callback_id: 'draft_outreach',
      view_id: 'VTYPO1',
      private_metadata: json.view.private_metadata,
      state_values: stateValues(answers),
    });
    const second = await app.post(again, 'form');
    expect(second.text).toBe('');
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('drafts, DMs the rep with the check and buttons, and logs it once even when Slack retries', async () => {
    const { response, body } = await draft();
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    const [dm] = app.slack.callsTo('chat.postMessage');
    expect(dm!.args.channel).toBe(rep);
    const text = visibleText(dm!.args.blocks);
    expect(text).toContain('Chloe Durand');
    expect(text).toMatch(/Purpose check: \d+\/100/);
    expect(buttons(dm!.args.blocks).map((b) => b.text)).toEqual(['Mark as sent', 'Edit', 'Discard']);

    const retried = await app.post(body, 'form', { retryNum: 1, retryReason: 'http_timeout' });
    expect(retried.status).toBe(200);
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(1);
    const stored = await rows('SELECT status, draft_text, verdict FROM outreach WHERE team_id = $1', [team]);
    expect(stored).toHaveLength(1);
    expect(stored[0].status).toBe('drafted');
    expect(stored[0].draft_text).toContain('Tidecaller');
    expect((await rows('SELECT who_i_am FROM rep_profiles WHERE team_id = $1', [team]))[0].who_i_am).toBe(
      GOOD_ANSWERS.whoIAm,
    );
  });

  it('marks a draft as sent with the text as actually sent, once, and lists it', async () => {
    await draft();
    const [dm] = app.slack.callsTo('chat.postMessage');
    const markSent = buttons(dm!.args.blocks).find((b) => b.text === 'Mark as sent')!;
    const click = await app.click(team, rep, markSent, {
      channel_id: 'D0REP0001',
      message: { ts: '1700000000.000100' },
      response_url: app.slack.responseUrl('click-1'),
    });
    expect(click.status).toBe(200);
    const [open] = app.slack.callsTo('views.open');
    const modal = open!.args.view;
    expect(modal.callback_id).toBe('mark_sent');
    const draftText = (await rows('SELECT draft_text FROM outreach WHERE team_id = $1', [team]))[0].draft_text;
    expect(modal.blocks.find((b: any) => b.block_id === 'message').element.initial_value).toBe(draftText);

    const asSent = `${draftText} (Sent from my phone, edited a little.)`;
    const submit = modalSubmission(team, rep, modal, { message: asSent });
    expect((await app.post(submit, 'form')).status).toBe(200);
    expect((await app.post(submit, 'form')).status).toBe(200); // a double submit
    const [update] = app.slack.callsTo('chat.update');
    expect(update!.args).toMatchObject({ channel: 'D0REP0001', ts: '1700000000.000100' });
    expect(buttons(update!.args.blocks)).toHaveLength(0);
    expect(app.slack.callsTo('chat.update')).toHaveLength(1);
    const stored = await rows('SELECT id, status, sent_text, sent_at FROM outreach WHERE team_id = $1', [team]);
    expect(stored[0]).toMatchObject({ status: 'sent', sent_text: asSent });
    expect(stored[0].sent_at).toBeInstanceOf(Date);
    const events = await rows('SELECT kind FROM outreach_events WHERE team_id = $1 ORDER BY id', [team]);
    expect(events.map((e) => e.kind)).toEqual(['drafted', 'sent']);

    const list = await app.command(team, rep, 'list');
    expect(list.status).toBe(200);
    // A fast read is answered in the ack itself, not by response_url.
    expect(app.slack.callsTo('response_url')).toHaveLength(0);
    const listed = list.json as { response_type: string; blocks: Array<Record<string, any>> };
    expect(listed.response_type).toBe('ephemeral');
    const listText = visibleText(listed.blocks);
    expect(listText).toContain('Chloe Durand');
    expect(listText).toMatch(/awaiting reply/);
  });

  it("refuses a click on someone else's outreach and changes nothing", async () => {
    await draft();
    const [dm] = app.slack.callsTo('chat.postMessage');
    const id = buttons(dm!.args.blocks)[0]!.value;
    for (const action_id of ['outreach_mark_sent', 'outreach_edit', 'outreach_discard']) {
      app.slack.reset();
      const click = await app.click(
        team,
        'U0INTRUDER',
        { action_id, value: id },
        { response_url: app.slack.responseUrl(`x-${action_id}`) },
      );
      expect(click.status).toBe(200);
      expect(app.slack.callsTo('views.open')).toHaveLength(0);
      const [said] = app.slack.callsTo('response_url');
      expect(said!.args.text).toMatch(/belongs to another rep/);
    }
    // The same id from another workspace is not found at all.
    app.slack.reset();
    await app.click(
      testTeamId(),
      rep,
      { action_id: 'outreach_discard', value: id },
      { response_url: app.slack.responseUrl('foreign') },
    );
    expect(app.slack.callsTo('response_url')[0]!.args.text).toMatch(/can't find/);
    expect((await rows('SELECT status FROM outreach WHERE team_id = $1', [team]))[0].status).toBe('drafted');
  });

  it('escapes hostile text so that nobody is pinged or mentioned', async () => {
    await draft({ ...GOOD_ANSWERS, company: '<!channel> & <@U0BOSS> Games' });
    const [dm] = app.slack.callsTo('chat.postMessage');
    const raw = JSON.stringify(dm!.args.blocks) + dm!.args.text;
    expect(raw).not.toMatch(/<!channel>|<@U0BOSS>/);
    expect(raw).toContain('&lt;!channel&gt; &amp; &lt;@U0BOSS&gt;');
  });

  it('Edit reopens the modal with the answers kept and updates the DM in place; Discard closes it', async () => {
    await draft();
    const [dm] = app.slack.callsTo('chat.postMessage');
    const id = buttons(dm!.args.blocks)[0]!.value;
    const message = { ts: '1700000000.000200' };
    await app.click(team, rep, { action_id: 'outreach_edit', value: id }, { channel_id: 'D0REP0001', message });
    const view = app.slack.callsTo('views.open')[0]!.args.view;
    expect(view.blocks.find((b: any) => b.block_id === 'whyYou').element.initial_value).toBe(GOOD_ANSWERS.whyYou);
    await app.post(modalSubmission(team, rep, view, { ...GOOD_ANSWERS, role: 'VP Live Ops' }), 'form');
    const [update] = app.slack.callsTo('chat.update');
    expect(update!.args.ts).toBe('1700000000.000200');
    expect(visibleText(update!.args.blocks)).toContain('VP Live Ops');
    expect(await rows('SELECT prospect_role FROM outreach WHERE team_id = $1', [team])).toEqual([
      { prospect_role: 'VP Live Ops' },
    ]);

    await app.click(team, rep, { action_id: 'outreach_discard', value: id }, { channel_id: 'D0REP0001', message });
    expect(await rows('SELECT status FROM outreach WHERE team_id = $1', [team])).toEqual([{ status: 'discarded' }]);
  });

  it('never tells a rep that a log did not go through when it did, which would have them log it twice', async () => {
    // The confirmation DM fails (a 5xx through every retry); Slack answers again a moment later.
    let posts = 0;
    app.slack.respondWith('chat.postMessage', () =>
      ++posts <= 3 ? { status: 503, body: 'upstream unavailable' } : undefined,
    );
    const text =
      "Hi Jane, I'm Sam, I lead partnerships at Fernpath. Your talk at Fintech Forum on ID-scan drop-off stuck with me. We benchmarked 14 regional banks on it; happy to send the two pages on banks your size. Would that be useful?";
    const response = await app.post(
      modalSubmission(
        team,
        rep,
        { callback_id: 'log_outreach', private_metadata: '{}' },
        { prospectName: 'Jane Doe', channel: 'linkedin_message', message: text },
      ),
      'form',
    );
    expect(response.status).toBe(200);
    expect(await rows('SELECT status FROM outreach WHERE team_id = $1', [team])).toEqual([{ status: 'sent' }]);
    const told = app.slack
      .callsTo('chat.postMessage')
      .slice(3)
      .map((c) => c.args.text);
    expect(told).toHaveLength(1);
    expect(told[0]).not.toMatch(/didn't go through|try again/);
    expect(told[0]).toMatch(/Jane Doe/);
  });

  it('logs a message written elsewhere with /outreach log, and the shortcut logs a Slack message once', async () => {
    await app.command(team, rep, 'log Jane Doe');
    const logView = app.slack.callsTo('views.open')[0]!.args.view;
    expect(logView.callback_id).toBe('log_outreach');
    const text =
      "Hi Jane, I'm Sam, I lead partnerships at Fernpath. Your talk at Fintech Forum on ID-scan drop-off stuck with me. We benchmarked 14 regional banks on it; happy to send the two pages on banks your size. Would that be useful?";
    await app.post(
      modalSubmission(team, rep, logView, { prospectName: 'Jane Doe', channel: 'linkedin_message', message: text }),
      'form',
    );
    expect(await rows('SELECT status, sent_text FROM outreach WHERE team_id = $1', [team])).toEqual([
      { status: 'sent', sent_text: text },
    ]);
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(1);

    app.slack.reset();
    const shortcut = messageAction({
      team_id: team,
      user_id: rep,
      callback_id: 'check_and_log_outreach',
      message: {
        text: "Hi, I'd like to add you to my professional network on LinkedIn.",
        user: rep,
        ts: '1700000001.000300',
      },
    });
    expect((await app.post(shortcut, 'form')).status).toBe(200);
    const checkView = app.slack.callsTo('views.open')[0]!.args.view;
    expect(visibleText(checkView.blocks)).toMatch(/Boilerplate/);
    // Submitted twice, each time as a new request (a double click, not a retry): logged once.
    const answers = {
      prospectName: 'Ann Lee',
      channel: 'linkedin_connection_note',
      message: "Hi, I'd like to add you to my professional network on LinkedIn.",
    };
    await app.post(modalSubmission(team, rep, checkView, answers), 'form');
    await app.post(modalSubmission(team, rep, checkView, answers), 'form');
    expect(await rows("SELECT verdict FROM outreach WHERE team_id = $1 AND prospect_name = 'Ann Lee'", [team])).toEqual(
      [{ verdict: 'boilerplate' }],
    );
  });
});

describe('the Slack edge refuses what Slack did not send, and survives what it did', () => {
  const app = shareTestApp();

  it('answers 401 to a bad signature and to a request older than 5 minutes', async () => {
    const body = slashCommand({ user_id: 'U0REP0001', text: 'help' });
    expect((await app.post(body, 'form', { signature: 'v0=' + 'ab'.repeat(32) })).status).toBe(401);
    expect((await app.post(body, 'form', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('answers a 20 kB command text with help, without echoing it back', async () => {
    const text = `draft ${'x'.repeat(20_000)}`;
    const response = await app.post(slashCommand({ user_id: 'U0REP0001', text }), 'form');
    expect(response.status).toBe(200);
    expect(response.text.length).toBeLessThan(4000);
    expect(response.text).toContain('/outreach');
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('shows help for help and for anything it does not know', async () => {
    for (const text of ['help', '', 'frobnicate the leads']) {
      const response = await app.post(slashCommand({ user_id: 'U0REP0001', text }), 'form');
      expect(response.status).toBe(200);
      for (const sub of ['draft', 'log', 'list', 'ask-intent', 'help'])
        expect(response.text).toContain(`/outreach ${sub}`);
    }
  });

  it('writes a reply asking a stranger what their invitation is about', async () => {
    const response = await app.post(slashCommand({ user_id: 'U0REP0001', text: 'ask-intent Sam Carter' }), 'form');
    expect(response.status).toBe(200);
    expect(response.text).toContain('Sam');
    expect(response.text).toMatch(/\?/);
  });

  it('serves health, readiness and metrics', async () => {
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', postgres: 'ok' });
    await app.post(slashCommand({ user_id: 'U0REP0001', text: 'help' }), 'form');
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/purposeful_slack_requests_total\{kind="command",outcome="ok"\} \d+/);
    expect(metrics).toMatch(/purposeful_slack_ack_seconds_count\{kind="command"\} \d+/);
  });
});
