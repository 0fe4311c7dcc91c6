import { spawn } from 'node:child_process';
import path from 'node:path';
import { DateTime } from 'luxon';
import { reminderJobId } from '../../src/queue/followups';
import { shareTestApp } from '../support/app';
import { testTeamId } from '../support/db';
import { elements, modalSubmission, visibleText } from '../support/modal';
import { Redis } from 'ioredis';
import { dropPrefix, TEST_REDIS_URL } from '../support/redis';
import { blockActions } from '../support/slack-requests';
import { captureLogs } from '../support/log-capture';

const REP_ZONE = 'America/New_York'; // what the Web API stand-in's users.info answers by default

// The waits below end on what they wait for (a row, a DM, a job gone, a line from a process); this only
// bounds them for a test that is failing. It is generous because a loaded machine (several test runs on
// two cores) makes a worker, or a process compiling src/ as it starts, many times slower.
const PATIENCE_MS = 60_000;
jest.setTimeout(2 * PATIENCE_MS);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const MESSAGE =
  "Hi Jane, I'm Sam, I lead partnerships at Fernpath. Your talk at Fintech Forum on ID-scan drop-off stuck with me. We benchmarked 14 regional banks on it; happy to send the two pages on banks your size. Would that be useful?";

describe('follow-up tracking: sent → delayed job → reminder → reply recorded', () => {
  /** The app's clock: real time unless a test fixes it. */
  let fixedNow: Date | undefined;
  const app = shareTestApp({ now: () => fixedNow ?? new Date() });
  let team: string;
  let rep: string;
  beforeEach(() => {
    team = testTeamId();
    rep = `U${team.slice(1)}`;
  });
  afterEach(async () => {
    fixedNow = undefined;
    await app.stopWorkers();
  });

  async function rows(sql: string, params: unknown[] = []) {
    return (await app.db.pool().query(sql, params)).rows;
  }

  /** Logs a sent message through `/outreach log`'s modal, as Slack sends it; returns the outreach id. */
  async function logSent(prospectName: string, user = rep): Promise<string> {
    const submit = modalSubmission(
      team,
      user,
      { callback_id: 'log_outreach', private_metadata: '{}' },
      { prospectName, channel: 'linkedin_message', message: MESSAGE.replace('Jane', prospectName.split(' ')[0]!) },
    );
    expect((await app.post(submit, 'form')).status).toBe(200);
    const found = await rows(
      'SELECT id::text FROM outreach WHERE team_id = $1 AND rep_id = $2 AND prospect_name = $3',
      [team, user, prospectName],
    );
    return found[0].id;
  }

  async function openFollowUp(outreachId: string) {
    const found = await rows(
      "SELECT id::text, step, due_at, status FROM followups WHERE team_id = $1 AND outreach_id = $2 AND status IN ('pending', 'sending')",
      [team, outreachId],
    );
    return found[0] as { id: string; step: number; due_at: Date; status: string } | undefined;
  }

  async function jobOf(f: { id: string; due_at: Date }) {
    return app.queue.queue.getJob(reminderJobId(f.id, f.due_at));
  }

  async function promote(f: { id: string; due_at: Date }) {
    const job = await jobOf(f);
    expect(job).toBeDefined();
    await job!.promote();
  }

  /** Polls `sql` until it returns `expected`: the worker records a delivery just after Slack answers it. */
  async function eventuallyRows(sql: string, params: unknown[], expected: unknown[]) {
    const started = Date.now();
    let got = await rows(sql, params);
    while (JSON.stringify(got) !== JSON.stringify(expected) && Date.now() - started < PATIENCE_MS) {
      await sleep(25);
      got = await rows(sql, params);
    }
    expect(got).toEqual(expected);
  }

  /**
   * Waits until the jobs of these follow-ups have run to the end: a completed job leaves the queue
   * (removeOnComplete), so once none is left, nothing more can come of them.
   */
  async function untilJobsDone(followUps: Array<{ id: string; due_at: Date }>) {
    const started = Date.now();
    for (;;) {
      const left = (await Promise.all(followUps.map(jobOf))).filter((job) => job !== undefined);
      if (left.length === 0) return;
      if (Date.now() - started > PATIENCE_MS) {
        const states = await Promise.all(left.map(async (job) => `${job.id}: ${await job.getState()}`));
        throw new Error(`jobs not done after ${PATIENCE_MS / 1000} s: ${states.join(', ')}`);
      }
      await sleep(25);
    }
  }

  /** How many events of `kind` one outreach has. */
  async function eventCount(outreachId: string, kind: string): Promise<number> {
    const found = await rows('SELECT count(*)::int AS n FROM outreach_events WHERE outreach_id = $1 AND kind = $2', [
      outreachId,
      kind,
    ]);
    return found[0].n;
  }

  function remindersTo(user: string) {
    return app.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === user && /Time to follow up/.test(visibleText(c.args.blocks)));
  }

  async function waitForReminders(user: string, count: number) {
    const started = Date.now();
    while (remindersTo(user).length < count) {
      if (Date.now() - started > PATIENCE_MS)
        throw new Error(`expected ${count} reminder(s) to ${user}, got ${remindersTo(user).length}`);
      await sleep(25);
    }
    return remindersTo(user);
  }

  it.each([
    ['Wednesday afternoon → Monday', '2026-03-11T16:00', '2026-03-16T09:30', '2026-03-16T13:30:00.000Z'],
    // New York moves to daylight time on Sunday 8 March: still 09:30 on the rep's clock.
    [
      'Friday, across the change to daylight time → Wednesday',
      '2026-03-06T10:00',
      '2026-03-11T09:30',
      '2026-03-11T13:30:00.000Z',
    ],
  ])(
    "plans the first follow-up 3 business days out at 09:30 in the rep's zone, as a delayed job: %s",
    async (_name, sentLocal, dueLocal, dueUtc) => {
      fixedNow = DateTime.fromISO(sentLocal, { zone: REP_ZONE }).toJSDate();
      const outreachId = await logSent(`Jane ${sentLocal.slice(8, 10)}`);
      const f = await openFollowUp(outreachId);
      expect(f).toMatchObject({ step: 1, status: 'pending' });
      expect(f!.due_at.toISOString()).toBe(dueUtc);
      expect(DateTime.fromJSDate(f!.due_at).setZone(REP_ZONE).toFormat("yyyy-MM-dd'T'HH:mm")).toBe(dueLocal);
      const job = await jobOf(f!);
      expect(await job!.getState()).toBe('delayed');
      // The delay runs from the app's clock to the due instant.
      expect(job!.opts.delay).toBe(f!.due_at.getTime() - fixedNow.getTime());
      // Adding the same follow-up again is a no-op.
      await app.queue.schedule([{ teamId: team, repId: rep, followUpId: f!.id, dueAt: f!.due_at }]);
      expect((await app.queue.queue.getDelayed()).filter((j) => j.data.followUpId === f!.id)).toHaveLength(1);
    },
  );

  it('runs the loop: promote → reminder DM with its buttons → They replied → no more reminders', async () => {
    const worker = await app.startWorker();
    const outreachId = await logSent('Jane Doe');
    const first = (await openFollowUp(outreachId))!;
    await promote(first);
    const [reminder] = await waitForReminders(rep, 1);
    const text = visibleText(reminder!.args.blocks);
    expect(text).toContain('Jane Doe');
    expect(text).toContain('LinkedIn message');
    expect(text).toContain("Hi Jane, I'm Sam");
    const controls = elements(reminder!.args.blocks);
    expect(controls.map((c) => c.text)).toEqual(['They replied', 'Draft follow-up', 'Snooze', 'Close']);
    expect(controls.find((c) => c.text === 'Snooze')!.options!.map((o) => o.text)).toEqual([
      '1 day',
      '3 days',
      'Next week',
    ]);
    await eventuallyRows('SELECT status FROM followups WHERE id = $1', [first.id], [{ status: 'reminded' }]);
    const second = (await openFollowUp(outreachId))!;
    expect(second.step).toBe(2);
    expect(await (await jobOf(second))!.getState()).toBe('delayed');

    const replied = controls.find((c) => c.text === 'They replied')!;
    const inDm = (answer: string) => ({ channel_id: `D${rep}`, response_url: app.slack.responseUrl(answer) });
    await app.click(team, rep, replied, inDm('replied'));
    const question = app.slack.callsTo('response_url').at(-1)!;
    const positive = elements(question.args.blocks).find((c) => c.text === 'Positive')!;
    await app.click(team, rep, positive, inDm('outcome'));
    await app.click(team, rep, positive, inDm('outcome2')); // double click
    expect(await rows('SELECT status, outcome FROM outreach WHERE id = $1', [outreachId])).toEqual([
      { status: 'replied', outcome: 'positive' },
    ]);
    expect(await eventCount(outreachId, 'replied')).toBe(1);
    expect(await openFollowUp(outreachId)).toBeUndefined();
    expect(await jobOf(second)).toBeUndefined();
    expect(await rows('SELECT status FROM followups WHERE id = $1', [first.id])).toEqual([{ status: 'done' }]);
    await worker.stop();
  });

  it('records a reply with /outreach replied <prospect> without waiting for a reminder', async () => {
    const outreachId = await logSent('Priya Raman');
    await app.command(team, rep, 'replied Priya');
    const question = app.slack.callsTo('response_url').at(-1)!;
    const neutral = elements(question.args.blocks).find((c) => c.text === 'Neutral')!;
    await app.click(team, rep, neutral, { response_url: app.slack.responseUrl('o') });
    expect(await rows('SELECT status, outcome FROM outreach WHERE id = $1', [outreachId])).toEqual([
      { status: 'replied', outcome: 'neutral' },
    ]);
    expect(await openFollowUp(outreachId)).toBeUndefined();

    await app.command(team, rep, 'replied Nobody Known');
    expect(visibleText(app.slack.callsTo('response_url').at(-1)!.args.blocks)).toMatch(/None of your outreach/);
  });

  it('brings lost jobs back after a Redis flush, and the reminder arrives once', async () => {
    const outreachId = await logSent('Lost Job');
    const f = (await openFollowUp(outreachId))!;
    await dropPrefix(app.prefix); // what a Redis restart without persistence does to the queue
    expect(await jobOf(f)).toBeUndefined();
    const worker = await app.startWorker(); // reconciles at start
    expect(await (await jobOf(f))!.getState()).toBe('delayed');
    await worker.reconcileNow(); // a second pass adds nothing
    expect((await app.queue.queue.getDelayed()).filter((j) => j.data.followUpId === f.id)).toHaveLength(1);
    await promote(f);
    await waitForReminders(rep, 1);
    await untilJobsDone([f]);
    expect(remindersTo(rep)).toHaveLength(1);
    await worker.stop();
  });

  it("sends one DM for all of a rep's due follow-ups, even with two workers racing", async () => {
    const workers = [await app.startWorker(), await app.startWorker()];
    const ids = [];
    for (const name of ['Ann One', 'Ben Two', 'Cat Three', 'Dan Four']) ids.push(await logSent(name));
    const due = new Date(Date.now() - 1000);
    const followUps = [];
    for (const id of ids) {
      const f = (await openFollowUp(id))!;
      // All due this morning: the reconciler's view of the plan, then every job run at once.
      await app.db.pool().query('UPDATE followups SET due_at = $2 WHERE id = $1', [f.id, due]);
      followUps.push({ ...f, due_at: due });
    }
    await workers[0]!.reconcileNow();
    await Promise.all(followUps.map(async (f) => (await jobOf(f))?.promote().catch(() => undefined)));
    const [dm] = await waitForReminders(rep, 1);
    // Every job has run (a second DM would have come from one of them) and the run that posted has
    // recorded all four.
    await untilJobsDone(followUps);
    await eventuallyRows(
      "SELECT count(*)::int AS n FROM outreach_events WHERE team_id = $1 AND kind = 'reminded'",
      [team],
      [{ n: 4 }],
    );
    expect(remindersTo(rep)).toHaveLength(1);
    const text = visibleText(dm!.args.blocks);
    for (const name of ['Ann One', 'Ben Two', 'Cat Three', 'Dan Four']) expect(text).toContain(name);
    await Promise.all(workers.map((w) => w.stop()));
  });

  it('waits out a 429 by Retry-After in the queue, then delivers once', async () => {
    const worker = await app.startWorker();
    const outreachId = await logSent('Rate Limited');
    const postedAt: number[] = [];
    app.slack.respondWith('chat.postMessage', (call) => {
      if (call.args.channel !== rep) return undefined;
      postedAt.push(Date.now());
      return postedAt.length === 1
        ? { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } }
        : undefined;
    });
    const f = (await openFollowUp(outreachId))!;
    await promote(f);
    await waitForReminders(rep, 2); // the refused post and the delivery
    expect(postedAt[1]! - postedAt[0]!).toBeGreaterThanOrEqual(900);
    await untilJobsDone([f]);
    expect(postedAt).toHaveLength(2);
    expect(await rows('SELECT status FROM followups WHERE id = $1', [f.id])).toEqual([{ status: 'reminded' }]);
    expect(await eventCount(outreachId, 'reminded')).toBe(1);
    await worker.stop();
  });

  it.each(['channel_not_found', 'is_archived'])(
    "stops, closes the follow-up and says so once when Slack refuses the rep's DM for good (%s), instead of retrying it forever",
    async (slackError) => {
      const { lines, logger } = captureLogs('info');
      // A rep whose account was deactivated: their DM is gone, whatever the app tries.
      app.slack.respondWith('chat.postMessage', (call) =>
        call.args.channel === rep ? { body: { ok: false, error: slackError } } : undefined,
      );
      const worker = await app.startWorker({ logger });
      const outreachId = await logSent(`Deactivated ${slackError}`);
      const f = (await openFollowUp(outreachId))!;
      await promote(f);
      // Bounded: the job ends (a retry would wait 5 s, then 10 s, … for four hours, then start again).
      await untilJobsDone([f]);
      expect(remindersTo(rep)).toHaveLength(1);
      expect(await rows('SELECT status FROM followups WHERE id = $1', [f.id])).toEqual([{ status: 'cancelled' }]);
      // Nothing for the reconciler to bring back every few minutes.
      expect((await app.services.followUps.reconcile()).restored).toBe(0);
      // Said when BullMQ reports the job completed, a moment after it left the queue.
      const told = () => lines.filter((l) => l.slackError === slackError);
      for (const started = Date.now(); told().length === 0 && Date.now() - started < PATIENCE_MS; ) await sleep(25);
      expect(told()).toHaveLength(1);
      expect(told()[0]).toMatchObject({ level: 40, teamId: team, repId: rep });
      await worker.stop();
    },
  );

  it('snooze moves the reminder to the next business morning; away moves due ones past the return', async () => {
    const worker = await app.startWorker();
    const outreachId = await logSent('Snooze Me');
    await promote((await openFollowUp(outreachId))!);
    const [reminder] = await waitForReminders(rep, 1);
    const snooze = elements(reminder!.args.blocks).find((c) => c.text === 'Snooze')!;
    const oneDay = snooze.options!.find((o) => o.text === '1 day')!;
    const click = blockActions({
      team_id: team,
      user_id: rep,
      actions: [
        {
          action_id: snooze.action_id,
          type: 'static_select',
          selected_option: { value: oneDay.value, text: { type: 'plain_text', text: '1 day' } },
        },
      ],
      response_url: app.slack.responseUrl('snooze'),
    });
    await app.post(click, 'form');
    await app.post(click, 'form'); // double click: changes nothing more
    const snoozed = (await openFollowUp(outreachId))!;
    expect(snoozed.step).toBe(1);
    const local = DateTime.fromJSDate(snoozed.due_at).setZone(REP_ZONE);
    expect(local.toFormat('HH:mm')).toBe('09:30');
    expect(local > DateTime.now().setZone(REP_ZONE)).toBe(true);
    expect(local.diff(DateTime.now().setZone(REP_ZONE), 'days').days).toBeLessThan(4.1);
    expect(await (await jobOf(snoozed))!.getState()).toBe('delayed');
    expect(await eventCount(outreachId, 'snoozed')).toBe(1);
    expect(visibleText(app.slack.callsTo('response_url').at(-2)!.args.blocks)).toMatch(/Snoozed \*Snooze Me\* until/);

    const back = DateTime.now().setZone(REP_ZONE).plus({ days: 20 }).toISODate()!;
    const away = await app.command(team, rep, `away until ${back}`);
    expect(away.status).toBe(200);
    const moved = (await openFollowUp(outreachId))!;
    expect(DateTime.fromJSDate(moved.due_at).setZone(REP_ZONE).toISODate()! >= back).toBe(true);
    expect(await jobOf(snoozed)).toBeUndefined();
    expect(await (await jobOf(moved))!.getState()).toBe('delayed');
    expect(visibleText(app.slack.callsTo('response_url').at(-1)!.args.blocks)).toMatch(
      /Away until .*spread over your first days back/,
    );
    await worker.stop();
  });

  it('drafts a follow-up that adds something new, and logging it moves the plan on', async () => {
    const worker = await app.startWorker();
    const outreachId = await logSent('Follow Me');
    await promote((await openFollowUp(outreachId))!);
    const [reminder] = await waitForReminders(rep, 1);
    const draftButton = elements(reminder!.args.blocks).find((c) => c.text === 'Draft follow-up')!;
    await app.click(team, rep, draftButton);
    const modal = app.slack.callsTo('views.open').at(-1)!.args.view;
    expect(modal.callback_id).toBe('follow_up_draft');
    const submitDraft = (answers: { whatsNew: string; ask: string }) =>
      app.post(modalSubmission(team, rep, modal, answers), 'form');
    const thin = await submitDraft({ whatsNew: 'bump', ask: 'thoughts?' });
    expect((thin.json as any).response_action).toBe('errors');
    // A bump typed as the new thing is refused, with what would count.
    const bump = await submitDraft({ whatsNew: 'just following up on my last email', ask: 'any thoughts?' });
    expect((bump.json as any).response_action).toBe('errors');
    expect((bump.json as any).errors.whatsNew).toMatch(/fact, a resource, a result, or a question/);
    await submitDraft({
      whatsNew:
        'we just published the ID-scan teardown of five banks your size, with the fix that cut drop-off by a third',
      ask: 'shall I send you the PDF',
    });
    const draftDm = app.slack.callsTo('chat.postMessage').at(-1)!;
    expect(visibleText(draftDm.args.blocks)).toMatch(/teardown/);
    expect(visibleText(draftDm.args.blocks)).toMatch(/Purpose check: \d+\/100/);
    const markSent = elements(draftDm.args.blocks).find((c) => c.text === 'Mark as sent')!;
    await app.click(team, rep, markSent);
    const sentModal = app.slack.callsTo('views.open').at(-1)!.args.view;
    const prefilled = sentModal.blocks.find((b: any) => b.block_id === 'message').element.initial_value;
    expect(prefilled).toMatch(/teardown/);
    const before = (await openFollowUp(outreachId))!;
    const sent = modalSubmission(team, rep, sentModal, { message: prefilled });
    await app.post(sent, 'form');
    await app.post(sent, 'form'); // Slack retried it
    expect(await eventCount(outreachId, 'followed_up')).toBe(1);
    const after = (await openFollowUp(outreachId))!;
    expect(after.step).toBe(2);
    expect(after.id).not.toBe(before.id);
    expect(await jobOf(before)).toBeUndefined();
    expect(
      await rows(
        "SELECT status, acted_at IS NOT NULL AS acted FROM followups WHERE outreach_id = $1 AND status = 'done'",
        [outreachId],
      ),
    ).toEqual([{ status: 'done', acted: true }]);
    await worker.stop();
  });

  it("refuses to act on another rep's reminder", async () => {
    const outreachId = await logSent('Not Yours');
    await app.click(
      team,
      'U0INTRUDER',
      { action_id: 'followup_close', value: outreachId },
      { response_url: app.slack.responseUrl('intruder') },
    );
    expect(app.slack.callsTo('response_url').at(-1)!.args.text).toMatch(/belongs to another rep/);
    expect(await rows('SELECT status FROM outreach WHERE id = $1', [outreachId])).toEqual([{ status: 'sent' }]);
  });

  it('posts a reminder whose earlier run died when Slack cannot say whether it went out, and counts it', async () => {
    const outreachId = await logSent('Unverified');
    const f = (await openFollowUp(outreachId))!;
    // What a run that claimed it and died leaves behind once its claim is given back.
    await app.db.pool().query("UPDATE followups SET claimed_at = now() - interval '20 minutes' WHERE id = $1", [f.id]);
    app.slack.respondWith('conversations.history', () => ({ status: 503, body: 'upstream unavailable' }));
    const worker = await app.startWorker({ metrics: app.metrics });
    await promote(f);
    await waitForReminders(rep, 1);
    await eventuallyRows('SELECT status FROM followups WHERE id = $1', [f.id], [{ status: 'reminded' }]);
    expect(app.slack.callsTo('conversations.history').length).toBeGreaterThanOrEqual(1);
    // The count is taken when BullMQ reports the job completed, a moment after the row is written.
    const unverified = /purposeful_reminder_rechecks_total\{outcome="unverified"\} 1/;
    const readRechecks = () => app.metrics.registry.getSingleMetricAsString('purposeful_reminder_rechecks_total');
    let metrics = await readRechecks();
    for (const started = Date.now(); !unverified.test(metrics) && Date.now() - started < PATIENCE_MS; ) {
      await sleep(25);
      metrics = await readRechecks();
    }
    expect(metrics).toMatch(unverified);
    expect(remindersTo(rep)).toHaveLength(1);
    await worker.stop();
  });

  it('does not ask Slack about a reminder nobody claimed before', async () => {
    const worker = await app.startWorker();
    const outreachId = await logSent('First Claim');
    const f = (await openFollowUp(outreachId))!;
    await promote(f);
    await waitForReminders(rep, 1);
    await eventuallyRows('SELECT status FROM followups WHERE id = $1', [f.id], [{ status: 'reminded' }]);
    expect(app.slack.callsTo('conversations.history')).toHaveLength(0);
    await worker.stop();
  });

  it('delivers a reminder once when Slack takes the post and the connection drops before its answer', async () => {
    const outreachId = await logSent('Dropped Answer');
    const f = (await openFollowUp(outreachId))!;
    let attempts = 0;
    app.slack.respondWith('chat.postMessage', (call) => {
      if (call.args.channel !== rep || !/Time to follow up/.test(visibleText(call.args.blocks))) return undefined;
      return attempts++ === 0 ? { hangUp: true, body: {} } : undefined;
    });
    const worker = await app.startWorker();
    await promote(f);
    // The job fails on the dropped answer, and its retry (after the job's backoff) finds the DM by its
    // metadata and records it, rather than the Web API client posting it again at once.
    await eventuallyRows('SELECT status FROM followups WHERE id = $1', [f.id], [{ status: 'reminded' }]);
    await untilJobsDone([f]);
    expect(remindersTo(rep)).toHaveLength(1);
    expect(app.slack.callsTo('conversations.history')).toHaveLength(1);
    expect(await eventCount(outreachId, 'reminded')).toBe(1);
    await worker.stop();
  });

  it('delivers a reminder once when the worker holding it is killed after Slack took the post', async () => {
    const outreachId = await logSent('Killed Worker');
    const f = (await openFollowUp(outreachId))!;
    let attempts = 0;
    // The first reminder post reaches Slack but never gets an answer: the worker holding it is killed
    // while it waits, so the DM is out and Postgres does not know.
    app.slack.respondWith('chat.postMessage', (call) => {
      if (call.args.channel !== rep || !/Time to follow up/.test(visibleText(call.args.blocks))) return undefined;
      return attempts++ === 0 ? new Promise(() => undefined) : undefined;
    });
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'test/support/worker-child.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: app.db.url,
        REDIS_URL: TEST_REDIS_URL,
        QUEUE_PREFIX: app.prefix,
        SLACK_API_URL: `${app.slack.url}/api/`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      let output = '';
      // It compiles src/ with swc as it starts, then says 'ready' once its worker runs.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`worker child not ready after ${PATIENCE_MS / 1000} s: ${output}`)),
          PATIENCE_MS,
        );
        const onData = (d: Buffer) => {
          output += String(d);
          if (output.includes('ready')) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`worker child exited (${code ?? signal}) before it was ready: ${output}`));
        });
      });
      await promote(f);
      await waitForReminders(rep, 1);
      expect(attempts).toBe(1);
      expect(await rows('SELECT status FROM followups WHERE id = $1', [f.id])).toEqual([{ status: 'sending' }]);
    } finally {
      child.kill('SIGKILL');
    }
    await exited;
    // Workers of earlier tests ran BullMQ's stalled-job check, whose lock then lives for their
    // stalledInterval (30 s by default): clear it so that this worker's first check runs now.
    const redis = new Redis(TEST_REDIS_URL);
    await redis.del(app.queue.queue.keys['stalled-check']!).finally(() => redis.disconnect());
    const worker = await app.startWorker({ lockDuration: 1000, stalledInterval: 500 });
    // The job runs again, finds its reminder in the DM by its metadata, and records it: no second post.
    await eventuallyRows('SELECT status FROM followups WHERE id = $1', [f.id], [{ status: 'reminded' }]);
    await untilJobsDone([f]);
    expect(remindersTo(rep)).toHaveLength(1);
    expect(attempts).toBe(1);
    const history = app.slack.callsTo('conversations.history');
    expect(history).toHaveLength(1);
    expect(history[0]!.args.channel).toBe(`D${rep}`);
    expect(String(history[0]!.args.include_all_metadata)).toBe('true');
    expect(remindersTo(rep)[0]!.args.metadata).toEqual({
      event_type: 'purposeful_reminder',
      event_payload: { followup_ids: f.id },
    });
    expect(await rows('SELECT status, reminder_channel FROM followups WHERE id = $1', [f.id])).toEqual([
      { status: 'reminded', reminder_channel: `D${rep}` },
    ]);
    expect(await eventCount(outreachId, 'reminded')).toBe(1);
    await worker.stop();
  });
});
