import { DIGEST_JOB, digestSchedulerId } from '../../src/queue/digests';
import { shareTestApp } from '../support/app';
import { testTeamOfTwo } from '../support/db';
import { elements, modalSubmission, visibleText } from '../support/modal';
import { dropPrefix } from '../support/redis';
import { appHomeOpened } from '../support/slack-requests';

// A Monday morning: the scheduled digest covers the week just ended, 16–22 November 2026 (UTC).
const NOW = new Date('2026-11-23T09:00:00Z');
const CHANNEL = 'C0DIGEST';
const SECRET_PROSPECT = 'Zelda <!channel> Quill';
const SECRET_TEXT = 'Hi Zelda, the secret message text of this outreach';

describe('the weekly digest, stats and the App Home', () => {
  const app = shareTestApp({ now: () => NOW });
  let team: string;
  let repA: string;
  let repB: string;
  beforeEach(() => {
    ({ team, repA, repB } = testTeamOfTwo());
  });
  afterEach(async () => {
    await app.stopWorkers();
  });

  async function rows(sql: string, params: unknown[] = []) {
    return (await app.db.pool().query(sql, params)).rows;
  }

  let seq = 0;
  /** Sent outreach as the app stores it; `repliedAt` may fall in a later week. */
  async function sent(
    rep: string,
    sentAt: string,
    o: { verdict?: string; score?: number; repliedAt?: string; findings?: string[]; prospect?: string } = {},
  ) {
    const replied = o.repliedAt ? new Date(o.repliedAt) : null;
    const { rows: r } = await app.db.pool().query(
      `INSERT INTO outreach (team_id, rep_id, prospect_name, channel, sent_text, purpose_score, verdict, findings, status, sent_at, replied_at, source_key)
       VALUES ($1, $2, $3, 'linkedin_message', $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id::text`,
      [
        team,
        rep,
        o.prospect ?? SECRET_PROSPECT,
        SECRET_TEXT,
        o.score ?? 80,
        o.verdict ?? 'purposeful',
        JSON.stringify((o.findings ?? []).map((code) => ({ code, severity: 'warning', message: code }))),
        replied ? 'replied' : 'sent',
        new Date(sentAt),
        replied,
        `seed-${++seq}`,
      ],
    );
    return r[0].id as string;
  }

  async function seedWeek() {
    // Rep A: 4 sent in the week, 2 replies (one arrived the week after: it still counts for its week).
    await sent(repA, '2026-11-16T10:00:00Z', { repliedAt: '2026-11-17T10:00:00Z', score: 90 });
    await sent(repA, '2026-11-17T10:00:00Z', { repliedAt: '2026-11-25T10:00:00Z', score: 85 });
    await sent(repA, '2026-11-18T10:00:00Z', { score: 75 });
    await sent(repA, '2026-11-22T23:59:00Z', {
      verdict: 'boilerplate',
      score: 10,
      findings: ['no_why_you', 'generic_opener'],
    });
    // Rep B: 2 sent, no replies.
    await sent(repB, '2026-11-19T10:00:00Z', { verdict: 'needs_work', score: 50, findings: ['no_why_you'] });
    await sent(repB, '2026-11-20T10:00:00Z', {
      verdict: 'needs_work',
      score: 40,
      findings: ['no_why_you', 'several_asks'],
    });
    // Outside the week: the Sunday before, and this Monday.
    await sent(repB, '2026-11-15T23:59:00Z', { repliedAt: '2026-11-16T10:00:00Z' });
    await sent(repA, '2026-11-23T00:00:00Z');
  }

  const command = (text: string, user = repA, channel = CHANNEL) => app.command(team, user, text, { channel });
  const lastResponse = () => app.slack.callsTo('response_url').at(-1)!;
  const postsTo = (channel: string) => app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

  it('subscribes a channel, runs its scheduler, and posts the week once with the right numbers and no prospect names', async () => {
    await seedWeek();
    expect((await command('digest here')).status).toBe(200);
    expect(visibleText(lastResponse().args.blocks)).toMatch(/gets the weekly digest every Monday at 09:00 \(UTC\)/);
    expect(postsTo(CHANNEL)).toHaveLength(1); // the note that tells the channel what to expect
    await command('digest here'); // twice: still one scheduler, no second note
    expect(visibleText(lastResponse().args.blocks)).toMatch(/already gets the digest/);
    expect(postsTo(CHANNEL)).toHaveLength(1);

    const scheduler = await app.digestQueue.queue.getJobScheduler(digestSchedulerId(team, CHANNEL));
    expect(scheduler).toMatchObject({ pattern: '0 9 * * 1', tz: 'UTC' });
    expect(
      (await app.digestQueue.queue.getJobSchedulers()).filter((s) => s.key === digestSchedulerId(team, CHANNEL)),
    ).toHaveLength(1);
    expect(
      await rows('SELECT weekday, post_time, timezone FROM digest_subscriptions WHERE team_id = $1', [team]),
    ).toEqual([{ weekday: 1, post_time: '09:00', timezone: 'UTC' }]);

    await app.startDigestWorker();
    const [job] = (await app.digestQueue.queue.getDelayed()).filter((j) => j.data.teamId === team);
    expect(job).toBeDefined();
    await job!.promote();
    const deadline = Date.now() + 8000;
    while (postsTo(CHANNEL).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const digest = postsTo(CHANNEL)[1]!;
    const text = visibleText(digest.args.blocks);
    expect(text).toMatch(/\b6\b/); // sent
    expect(text).toMatch(/33%/); // 2 replies of 6
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    expect(text).not.toContain('Zelda');
    expect(text).not.toContain('secret message');
    expect(JSON.stringify(digest.args)).not.toContain('<!channel>');
    expect(digest.args.blocks.length).toBeLessThanOrEqual(50);
    // The week is recorded as posted just after Slack answers.
    const recorded = async () => rows('SELECT week_start::text, status FROM digest_posts WHERE team_id = $1', [team]);
    for (let i = 0; i < 100 && (await recorded())[0]?.status !== 'posted'; i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(await recorded()).toEqual([{ week_start: '2026-11-16', status: 'posted' }]);

    // The same week again (a duplicate run, a retry with another token): nothing more is posted.
    expect(await app.services.digests.postScheduled({ teamId: team, channelId: CHANNEL }, 'another-job')).toBe(
      'already_posted',
    );
    expect(postsTo(CHANNEL)).toHaveLength(2);
  });

  it('preview shows this week only to the person who asked; off removes the scheduler', async () => {
    await seedWeek();
    await command('digest here');
    await command('digest preview');
    const preview = lastResponse();
    expect(preview.args.response_type).toBe('ephemeral');
    expect(visibleText(preview.args.blocks)).toMatch(/preview/i);
    // This week (from Monday 23 November) has one outreach so far, and no replies yet.
    expect(visibleText(preview.args.blocks)).not.toMatch(/NaN/);
    expect(postsTo(CHANNEL)).toHaveLength(1); // only the subscription note: nothing went to the channel

    await command('digest off');
    expect(visibleText(lastResponse().args.blocks)).toMatch(/no longer gets the weekly digest/);
    expect(await app.digestQueue.queue.getJobScheduler(digestSchedulerId(team, CHANNEL))).toBeUndefined();
    expect(await rows('SELECT count(*)::int AS n FROM digest_subscriptions WHERE team_id = $1', [team])).toEqual([
      { n: 0 },
    ]);
  });

  it('only the person who set the digest up, or a workspace admin, may change it or turn it off; anyone else is told who', async () => {
    await command('digest here', repA);
    const admin = `UADMIN${team.slice(2)}`;
    app.slack.respondWith('users.info', (call) =>
      call.args.user === admin ? { body: { ok: true, user: { id: admin, is_admin: true } } } : undefined,
    );

    await command('digest off', repB);
    expect(visibleText(lastResponse().args.blocks)).toBe(
      `This channel's digest was set up by <@${repA}>, so only they or a workspace admin can change it or turn it off. Nothing was changed.`,
    );
    await command('digest here friday 16:00', repB);
    expect(visibleText(lastResponse().args.blocks)).toMatch(/set up by <@UA/);
    expect(await rows('SELECT created_by, weekday FROM digest_subscriptions WHERE team_id = $1', [team])).toEqual([
      { created_by: repA, weekday: 1 },
    ]);

    await command('digest here friday 16:00', repA);
    expect(await rows('SELECT created_by, weekday FROM digest_subscriptions WHERE team_id = $1', [team])).toEqual([
      { created_by: repA, weekday: 5 },
    ]);
    await command('digest off', admin);
    expect(visibleText(lastResponse().args.blocks)).toMatch(/no longer gets the weekly digest/);
    expect(await rows('SELECT count(*)::int AS n FROM digest_subscriptions WHERE team_id = $1', [team])).toEqual([
      { n: 0 },
    ]);
  });

  it('when Slack does not say whether someone is an admin, the digest and the settings say that, once, change nothing, and count a Slack failure', async () => {
    await command('digest here', repA);
    const failures = async () => {
      const text = await app.metrics.registry.getSingleMetricAsString('purposeful_request_failures_total');
      return Number(/cause="slack_unavailable"\} (\d+)/.exec(text)?.[1] ?? 0);
    };
    const before = await failures();
    // users.info only: Slack answers everything else, so the answer reaches the person.
    app.slack.respondWith('users.info', () => ({ status: 503, body: 'upstream unavailable' }));
    const couldNotCheck =
      "I couldn't check with Slack whether you're a workspace admin just now, so nothing was changed. Please try again in a minute.";

    const answered = app.slack.callsTo('response_url').length;
    await command('digest off', repB);
    expect(
      app.slack
        .callsTo('response_url')
        .slice(answered)
        .map((c) => visibleText(c.args.blocks)),
    ).toEqual([couldNotCheck]);
    await command('digest here friday 16:00', repB);
    expect(visibleText(lastResponse().args.blocks)).toBe(couldNotCheck);
    expect(await rows('SELECT created_by, weekday FROM digest_subscriptions WHERE team_id = $1', [team])).toEqual([
      { created_by: repA, weekday: 1 },
    ]);
    // The owner needs no admin check: their change goes through while Slack stays silent on users.info.
    await command('digest here friday 16:00', repA);
    expect(visibleText(lastResponse().args.blocks)).toMatch(/gets the weekly digest every Friday/);

    // /outreach settings, the same check and the same answer (it used to say "only a workspace admin").
    await command('settings', repB);
    expect(visibleText(lastResponse().args.blocks)).toBe(couldNotCheck);
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
    expect((await failures()) - before).toBe(3);
  });

  it('asks to be invited when it may not post in the channel, and subscribes nothing', async () => {
    app.slack.respondWith('chat.postMessage', (call) =>
      call.args.channel === 'C0PRIVATE' ? { body: { ok: false, error: 'not_in_channel' } } : undefined,
    );
    await command('digest here', repA, 'C0PRIVATE');
    expect(visibleText(lastResponse().args.blocks)).toMatch(/Invite me first/);
    expect(await rows('SELECT count(*)::int AS n FROM digest_subscriptions WHERE team_id = $1', [team])).toEqual([
      { n: 0 },
    ]);
    expect(await app.digestQueue.queue.getJobScheduler(digestSchedulerId(team, 'C0PRIVATE'))).toBeUndefined();
  });

  it('brings a lost scheduler back after a Redis flush', async () => {
    await command('digest here');
    await dropPrefix(app.prefix);
    expect(await app.digestQueue.queue.getJobScheduler(digestSchedulerId(team, CHANNEL))).toBeUndefined();
    await app.startDigestWorker(); // reconciles at start
    expect(await app.digestQueue.queue.getJobScheduler(digestSchedulerId(team, CHANNEL))).toMatchObject({
      pattern: '0 9 * * 1',
    });
  });

  it('does not replace a run that is due but not yet started when it reconciles or is re-subscribed', async () => {
    await command('digest here');
    const [due] = (await app.digestQueue.queue.getDelayed()).filter((j) => j.data.teamId === team);
    await due!.promote(); // due now; no worker has taken it yet
    await command('digest here'); // the same schedule again
    const worker = await app.startDigestWorker(); // reconciles at start
    await worker.reconcileNow();
    const deadline = Date.now() + 8000;
    while (postsTo(CHANNEL).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(postsTo(CHANNEL)).toHaveLength(2); // the subscription note, then the digest of the week
  });

  it('a run that starts late posts the week its slot closed, and a claim left by a dead run is taken over', async () => {
    await seedWeek();
    await command('digest here');
    // A Monday 09:00 slot that only ran on Tuesday: still the week of 16 November, not this one.
    const posted = await app.services.digests.postScheduled(
      { teamId: team, channelId: CHANNEL },
      'late-run',
      new Date('2026-11-24T08:00:00Z'),
      new Date('2026-11-23T09:00:00Z'),
    );
    expect(posted).toBe('posted');
    expect(await rows('SELECT week_start::text FROM digest_posts WHERE team_id = $1', [team])).toEqual([
      { week_start: '2026-11-16' },
    ]);
    /** A claim on the week of `weekStart`, left by run `token`, `ageMinutes` ago. */
    const claimWeek = (weekStart: string, token: string, ageMinutes: number) =>
      rows(
        `INSERT INTO digest_posts (team_id, channel_id, week_start, status, claim_token, created_at) VALUES ($1, $2, $3, 'posting', $4, now() - make_interval(mins => $5))`,
        [team, CHANNEL, weekStart, token, ageMinutes],
      );
    const runAt = (run: string, at: string) =>
      app.services.digests.postScheduled({ teamId: team, channelId: CHANNEL }, run, new Date(at));
    // Next week's run found a claim of a run that died 40 minutes ago: it posts anyway.
    await claimWeek('2026-11-23', 'dead-run', 40);
    expect(await runAt('next-run', '2026-11-30T09:00:00Z')).toBe('posted');
    // A fresh claim of another run is respected.
    await claimWeek('2026-11-30', 'busy-run', 0);
    expect(await runAt('other-run', '2026-12-07T09:00:00Z')).toBe('already_posted');
  });

  it('tells the person who subscribed when it can no longer post in the channel, and stops for an archived one', async () => {
    await command('digest here');
    app.slack.respondWith('chat.postMessage', (call) =>
      call.args.channel === CHANNEL ? { body: { ok: false, error: 'not_in_channel' } } : undefined,
    );
    expect(await app.services.digests.postScheduled({ teamId: team, channelId: CHANNEL }, 'r1')).toBe('not_in_channel');
    const dm = app.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === repA)
      .at(-1)!;
    expect(dm.args.text).toMatch(/not in that channel any more/);
    expect(await rows('SELECT count(*)::int AS n FROM digest_subscriptions WHERE team_id = $1', [team])).toEqual([
      { n: 1 },
    ]);
    expect(await rows('SELECT count(*)::int AS n FROM digest_posts WHERE team_id = $1', [team])).toEqual([{ n: 0 }]); // the week stays free

    app.slack.respondWith('chat.postMessage', (call) =>
      call.args.channel === CHANNEL ? { body: { ok: false, error: 'is_archived' } } : undefined,
    );
    expect(await app.services.digests.postScheduled({ teamId: team, channelId: CHANNEL }, 'r2')).toBe('not_in_channel');
    expect(
      app.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.args.channel === repA)
        .at(-1)!.args.text,
    ).toMatch(/archived or gone, so I stopped/);
    expect(await rows('SELECT count(*)::int AS n FROM digest_subscriptions WHERE team_id = $1', [team])).toEqual([
      { n: 0 },
    ]);
    expect(await app.digestQueue.queue.getJobScheduler(digestSchedulerId(team, CHANNEL))).toBeUndefined();
  });

  /** The week's digest_posts row once its run settled (not 'posting'), or what it was after 10 s. */
  async function settledWeek(): Promise<{ status: string; message_ts: string | null } | undefined> {
    const read = async () =>
      (await rows('SELECT status, message_ts FROM digest_posts WHERE team_id = $1', [team]))[0] as
        | { status: string; message_ts: string | null }
        | undefined;
    const deadline = Date.now() + 10_000;
    let week = await read();
    while ((week === undefined || week.status === 'posting') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      week = await read();
    }
    return week;
  }

  /** One scheduled run of the channel's digest, with quick retries. */
  const runWithRetries = (jobId: string) =>
    app.digestQueue.queue.add(
      DIGEST_JOB,
      { teamId: team, channelId: CHANNEL },
      { jobId: `${jobId}-${team}`, attempts: 4, backoff: { type: 'fixed', delay: 100 } },
    );

  it('a digest Slack received but never answered is not posted again: the week is recorded as unconfirmed', async () => {
    await seedWeek();
    await command('digest here');
    // Slack takes the post, and the connection drops before its answer (a timeout after Slack got it).
    let calls = 0;
    app.slack.respondWith('chat.postMessage', (call) =>
      call.args.channel === CHANNEL && ++calls === 1 ? { hangUp: true, body: {} } : undefined,
    );
    await app.startDigestWorker();
    await runWithRetries('hang-up');
    expect(await settledWeek()).toEqual({ status: 'unconfirmed', message_ts: null });
    // Time for any retry to post again: none does.
    await new Promise((r) => setTimeout(r, 1000));
    expect(postsTo(CHANNEL)).toHaveLength(2); // the subscription note, and the digest Slack took
    // Nor does another run of the same week (a duplicate job, the next reconcile).
    expect(await app.services.digests.postScheduled({ teamId: team, channelId: CHANNEL }, 'another-job')).toBe(
      'already_posted',
    );
    expect(postsTo(CHANNEL)).toHaveLength(2);
  });

  it('a run that takes over a dead run’s claim posts only if the dead run never asked Slack to post', async () => {
    await seedWeek();
    await command('digest here');
    const deadClaim = (weekStart: string, attempted: boolean) =>
      rows(
        `INSERT INTO digest_posts (team_id, channel_id, week_start, status, claim_token, created_at, attempted_at)
         VALUES ($1, $2, $3, 'posting', 'dead-run', now() - interval '40 minutes', CASE WHEN $4 THEN now() - interval '40 minutes' END)`,
        [team, CHANNEL, weekStart, attempted],
      );
    const runAt = (at: string) =>
      app.services.digests.postScheduled({ teamId: team, channelId: CHANNEL }, 'next-run', new Date(at));
    await deadClaim('2026-11-16', true);
    expect(await runAt('2026-11-23T09:00:00Z')).toBe('unconfirmed');
    await deadClaim('2026-11-23', false);
    expect(await runAt('2026-11-30T09:00:00Z')).toBe('posted');
    expect(postsTo(CHANNEL)).toHaveLength(2); // the note, and the week nobody had posted
    expect(
      await rows('SELECT week_start::text, status FROM digest_posts WHERE team_id = $1 ORDER BY week_start', [team]),
    ).toEqual([
      { week_start: '2026-11-16', status: 'unconfirmed' },
      { week_start: '2026-11-23', status: 'posted' },
    ]);
  });

  it('a digest Slack refused (a 503, a 429) is posted by a retry, once', async () => {
    await seedWeek();
    await command('digest here');
    let calls = 0;
    app.slack.respondWith('chat.postMessage', (call) => {
      if (call.args.channel !== CHANNEL) return undefined;
      calls++;
      if (calls === 1) return { status: 503, body: 'upstream unavailable' };
      if (calls === 2)
        return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
      return undefined;
    });
    await app.startDigestWorker();
    await runWithRetries('refused');
    const week = await settledWeek();
    expect(week?.status).toBe('posted');
    expect(week?.message_ts).toMatch(/^\d+\.\d+$/);
    expect(postsTo(CHANNEL)).toHaveLength(4); // the note, the 503, the 429, the digest
    await new Promise((r) => setTimeout(r, 500));
    expect(postsTo(CHANNEL)).toHaveLength(4);
  });

  it('two runs of the same week (two jobs, a retry) post it once', async () => {
    await seedWeek();
    await command('digest here');
    await app.startDigestWorker();
    await runWithRetries('first');
    expect((await settledWeek())?.status).toBe('posted');
    await runWithRetries('second');
    await new Promise((r) => setTimeout(r, 1000));
    expect(postsTo(CHANNEL)).toHaveLength(2); // the note and one digest
  });

  it('/outreach stats shows the rep their own numbers, only to them', async () => {
    // This week (from Monday 23 November, 00:00 UTC: the rep's zone is not cached, so the team's).
    await sent(repA, '2026-11-23T01:00:00Z', { repliedAt: '2026-11-23T05:00:00Z' });
    await sent(repA, '2026-11-23T02:00:00Z');
    await sent(repB, '2026-11-23T02:00:00Z', { repliedAt: '2026-11-23T05:00:00Z' });
    // A fast read: the numbers come in the ack itself.
    const stats = (await command('stats')).json as { response_type: string; blocks: object[] };
    expect(stats.response_type).toBe('ephemeral');
    const text = visibleText(stats.blocks);
    expect(text).toMatch(/50%/); // 1 reply of 2 sent this week
    expect(text).not.toMatch(/NaN/);
    expect(text).not.toContain('Zelda');
  });

  it('a message logged in a language the check does not read stays out of quality, and the digest preview and stats say so', async () => {
    /** `/outreach log`, then the modal submitted as Slack sends it. */
    async function log(prospectName: string, message: string) {
      app.slack.reset();
      await command(`log ${prospectName}`);
      const [open] = await app.slack.waitFor('views.open', 1);
      expect(open!.args.view.callback_id).toBe('log_outreach');
      const submit = modalSubmission(team, repA, open!.args.view, {
        prospectName,
        channel: 'linkedin_message',
        message,
      });
      expect((await app.post(submit, 'form')).status).toBe(200);
    }
    await log(
      'Giulia Romano',
      'Ciao Giulia, sono Marco, responsabile vendite di Fernpath. Ho letto il tuo articolo sul calo delle conversioni nelle banche regionali e mi è piaciuto molto. Abbiamo confrontato quattordici banche: posso mandarti le due pagine più utili per voi?',
    );
    await log(
      'Daan de Vries',
      "Hoi Daan, ik ben Marco, accountmanager bij Fernpath. Ik las je artikel over de daling van conversies bij regionale banken en vond het erg sterk. Wij hebben veertien banken vergeleken: zal ik je de twee meest nuttige pagina's sturen?",
    );
    await log(
      'Jane Doe',
      "Hi Jane, I'm Sam, I lead partnerships at Fernpath. Your talk at Fintech Forum on ID-scan drop-off stuck with me. We benchmarked 14 regional banks on it; happy to send the two pages on banks your size. Would that be useful?",
    );
    expect(
      await rows('SELECT prospect_name, lang, verdict, purpose_score FROM outreach WHERE team_id = $1 ORDER BY id', [
        team,
      ]),
    ).toEqual([
      { prospect_name: 'Giulia Romano', lang: 'it', verdict: null, purpose_score: null },
      { prospect_name: 'Daan de Vries', lang: 'nl', verdict: null, purpose_score: null },
      { prospect_name: 'Jane Doe', lang: 'en', verdict: expect.any(String), purpose_score: expect.any(Number) },
    ]);
    const [checked] = await rows('SELECT purpose_score, verdict FROM outreach WHERE team_id = $1 AND lang = $2', [
      team,
      'en',
    ]);

    await command('digest preview');
    const preview = lastResponse();
    expect(preview.args.response_type).toBe('ephemeral');
    const digest = visibleText(preview.args.blocks);
    expect(digest).toMatch(/\*3\* sent/); // all three were sent
    expect(digest).toContain(`mean purpose score *${checked.purpose_score}*/100`); // the one checked message alone
    expect(digest).toContain(`(${checked.verdict === 'boilerplate' ? 1 : 0} of 1)`);
    expect(digest).toContain(
      "2 messages this week in languages the check doesn't read yet (Italian, Dutch) are not in the quality figures.",
    );
    expect(digest).not.toMatch(/Giulia|Daan|Jane|Ciao|Hoi/); // numbers and language names, never prospects or texts

    const stats = visibleText(((await command('stats')).json as { blocks: object[] }).blocks);
    expect(stats).toContain(
      "2 messages this week in languages the check doesn't read yet (Italian, Dutch) are not in the quality figures.",
    );
    // Another rep's numbers do not carry repA's messages.
    const other = visibleText(((await command('stats', repB)).json as { blocks: object[] }).blocks);
    expect(other).not.toMatch(/check doesn't read/);
  });

  it('publishes the App Home on app_home_opened, with a button to draft', async () => {
    const hostile = await sent(repA, '2026-11-20T10:00:00Z', { prospect: '<!here> Hostile Name' });
    // An ignored first reminder and the planned second one: listed once, as the second.
    await app.db.pool().query(
      `INSERT INTO followups (team_id, outreach_id, rep_id, step, due_at, status) VALUES
         ($1, $2, $3, 1, '2026-11-25T14:30:00Z', 'reminded'), ($1, $2, $3, 2, '2026-12-04T14:30:00Z', 'pending')`,
      [team, hostile, repA],
    );
    const res = await app.post(appHomeOpened({ team_id: team, user_id: repA }), 'json');
    expect(res.status).toBe(200);
    const [publish] = await app.slack.waitFor('views.publish', 1);
    expect(publish!.args.user_id).toBe(repA);
    expect(publish!.args.view.type).toBe('home');
    expect(publish!.args.view.blocks.length).toBeLessThanOrEqual(100);
    const text = visibleText(publish!.args.view.blocks);
    expect(text).toContain('&lt;!here&gt; Hostile Name');
    expect(JSON.stringify(publish!.args.view)).not.toContain('<!here>');
    expect(text.split('Hostile Name').length - 1).toBe(2); // once among follow-ups due, once among open outreach
    expect(text).toMatch(/Follow-ups due\W+\(1\)/);
    const draft = elements(publish!.args.view.blocks).find((e) => e.text === 'Draft a message');
    expect(draft).toBeDefined();

    await app.click(team, repA, draft!);
    const [open] = await app.slack.waitFor('views.open', 1);
    expect(open!.args.view.callback_id).toBe('draft_outreach');
  });
});
