import { producerConnection } from '../../src/queue/connection';
import { DigestQueue } from '../../src/queue/digests';
import { FollowUpQueue, reminderJobId } from '../../src/queue/followups';
import { ErasureService } from '../../src/services/erasure';
import { eraseProspect } from '../../src/store/erasure';
import { silentLogger } from '../support/db';
import { shareTestApp } from '../support/app';
import { testTeamOfTwo } from '../support/db';
import { stateValues, visibleText } from '../support/modal';
import { viewSubmission } from '../support/slack-requests';

const ADMIN = 'UADMIN01';
const JANE_URL = 'https://www.linkedin.com/in/jane-doe';
const text = (who: string) =>
  `Hi ${who}, I lead partnerships at Acme and saw your talk on onboarding at SaaStr; would a 20-minute call next week work?`;

describe('/outreach forget <prospect>', () => {
  const app = shareTestApp({
    slack: {
      users: {
        [ADMIN]: { is_admin: true },
        UJANE0001: { real_name: 'Jane Doe' },
        UKIM00001: { real_name: 'Kim Park (she/her)' },
      },
    },
  });
  let team: string;
  let repA: string;
  let repB: string;
  beforeEach(() => {
    ({ team, repA, repB } = testTeamOfTwo());
  });

  const q = async (sql: string, params: unknown[] = []) => (await app.db.pool().query(sql, params)).rows;

  /** repA: Jane twice (one drafted with her profile link, then sent) and Sam once; repB: Jane once. */
  async function seed() {
    const a = { teamId: team, repId: repA };
    const b = { teamId: team, repId: repB };
    await app.services.outreach.logSent(
      a,
      { prospectName: 'Jane Doe', company: 'Globex', channel: 'linkedin_message', text: text('Jane') },
      'a-1',
    );
    const draft = await app.services.outreach.createDraft(
      a,
      {
        prospectName: 'Jane Doe',
        profileUrl: JANE_URL,
        channel: 'email',
        whoIAm: 'I lead partnerships at Acme',
        whyYou: 'your onboarding talk',
        whatsInIt: 'fewer churned trials',
        ask: 'a 20-minute call',
      },
      'a-2',
    );
    const sent = await app.services.outreach.markSent(a, draft.outreach.id, text('Jane'));
    expect(sent.ok).toBe(true);
    await app.services.outreach.logSent(a, { prospectName: 'Sam Lee', channel: 'email', text: text('Sam') }, 'a-3');
    await app.services.outreach.logSent(
      b,
      { prospectName: 'jane doe', channel: 'linkedin_message', text: text('Jane') },
      'b-1',
    );
    // A job left from an earlier due time (a snooze moved the follow-up): it carries the same follow-up id.
    const [janeFollowUp] = await q(
      `SELECT f.id::text FROM followups f JOIN outreach o ON o.id = f.outreach_id WHERE o.team_id = $1 AND o.rep_id = $2 AND o.source_key = 'a-1'`,
      [team, repA],
    );
    await app.queue.schedule([
      { teamId: team, repId: repA, followUpId: janeFollowUp.id, dueAt: new Date(Date.now() + 86_400_000) },
    ]);
  }

  const command = (user: string, words: string) => app.command(team, user, words);
  const openedModal = () => app.slack.callsTo('views.open').at(-1)!.args.view;
  const submit = (user: string, metadata: string, scope?: 'rep' | 'workspace') =>
    app.post(
      viewSubmission({
        team_id: team,
        user_id: user,
        callback_id: 'forget_prospect',
        private_metadata: metadata,
        state_values: scope ? stateValues({ scope }, ['scope']) : {},
      }),
      'form',
    );
  const jobsFor = async (rep: string) =>
    (await app.queue.queue.getJobs(['delayed', 'waiting'], 0, -1)).filter(
      (j) => j.data.teamId === team && j.data.repId === rep,
    );
  const rowsOf = (rep: string) =>
    q(`SELECT * FROM outreach WHERE team_id = $1 AND rep_id = $2 ORDER BY id`, [team, rep]);
  const audits = () => q(`SELECT * FROM erasures WHERE team_id = $1`, [team]);
  /** The team's erasure audit, which must hold exactly one row, like `expected`. */
  async function expectOneAudit(expected: Record<string, unknown>) {
    const audit = await audits();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject(expected);
    return audit;
  }

  /** Runs `use` with an erasure service whose Redis refuses connections, as in an outage: every job call fails. */
  async function withRedisDown(
    options: { digests: boolean; uninstallGraceDays: number },
    use: (erasure: ErasureService) => Promise<void>,
  ) {
    const deadRedis = producerConnection('redis://127.0.0.1:1', silentLogger, { retryStrategy: () => null });
    const deadQueue = new FollowUpQueue(deadRedis, app.prefix);
    const deadDigests = options.digests ? new DigestQueue(deadRedis, app.prefix) : null;
    deadQueue.queue.on('error', () => undefined);
    deadDigests?.queue.on('error', () => undefined);
    const erasure = new ErasureService(app.db.pool(), {
      queue: deadQueue,
      digestQueue: deadDigests,
      recordsQueue: null,
      slack: null,
      logger: silentLogger,
      uninstallGraceDays: options.uninstallGraceDays,
    });
    try {
      await use(erasure);
    } finally {
      await Promise.all([deadQueue.close(), deadDigests?.close()]).catch(() => undefined);
      deadRedis.disconnect();
    }
  }

  it("erases every trace of the prospect from the rep's outreach after the confirm modal, and nothing else", async () => {
    await seed();
    const sentBefore = (
      await q(`SELECT count(*)::int AS n FROM outreach WHERE team_id = $1 AND sent_at IS NOT NULL`, [team])
    )[0].n;
    expect(await jobsFor(repA)).toHaveLength(4);

    expect((await command(repA, 'forget Jane Doe')).status).toBe(200);
    const modal = openedModal();
    expect(modal.callback_id).toBe('forget_prospect');
    const shown = visibleText(modal.blocks);
    expect(shown).toMatch(/Erase Jane Doe\?/);
    expect(shown).toMatch(/2 outreach records/);
    expect(shown).toMatch(/2 follow-ups/);
    expect(shown).not.toMatch(/other reps/); // not an admin: no workspace option

    expect((await submit(repA, modal.private_metadata)).status).toBe(200);

    const mine = await rowsOf(repA);
    expect(mine).toHaveLength(3); // the two Jane rows stay as anonymous counts
    const erased = mine.filter((r) => r.erased_at !== null);
    expect(erased).toHaveLength(2);
    for (const row of erased) {
      expect(row).toMatchObject({
        prospect_name: 'Erased prospect',
        prospect_company: null,
        prospect_url: null,
        sent_text: null,
        draft_text: null,
        why_you: null,
        the_ask: null,
        status: 'closed',
      });
      expect(JSON.stringify(row)).not.toMatch(/jane|globex/i);
      expect(row.findings.every((f: { code: string; message: string }) => f.code !== '' && f.message === '')).toBe(
        true,
      );
    }
    const erasedIds = erased.map((r) => String(r.id));
    expect(await q(`SELECT * FROM followups WHERE outreach_id = ANY($1::bigint[])`, [erasedIds])).toHaveLength(0);
    const events = await q(`SELECT detail FROM outreach_events WHERE outreach_id = ANY($1::bigint[])`, [erasedIds]);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => JSON.stringify(e.detail) === '{}')).toBe(true);
    // Every queued reminder about her went, the stale one too; Sam's stays.
    const left = await jobsFor(repA);
    expect(left).toHaveLength(1);
    const [samFollowUp] = await q(
      `SELECT f.id::text, f.due_at FROM followups f JOIN outreach o ON o.id = f.outreach_id WHERE o.team_id = $1 AND o.source_key = 'a-3'`,
      [team],
    );
    expect(left[0]!.id).toBe(reminderJobId(samFollowUp.id, samFollowUp.due_at));
    // Sam, and another rep's outreach to the same person, untouched.
    expect(mine.find((r) => r.source_key === 'a-3')).toMatchObject({ prospect_name: 'Sam Lee', erased_at: null });
    expect((await rowsOf(repB))[0]).toMatchObject({
      prospect_name: 'jane doe',
      erased_at: null,
      sent_text: text('Jane'),
    });
    expect(await jobsFor(repB)).toHaveLength(1);
    // The numbers still count her: sent stays sent.
    expect(
      (await q(`SELECT count(*)::int AS n FROM outreach WHERE team_id = $1 AND sent_at IS NOT NULL`, [team]))[0].n,
    ).toBe(sentBefore);
    // The audit says who, when and how many, and nothing about her.
    const audit = await expectOneAudit({
      requested_by: repA,
      scope: 'rep',
      outreach_rows: 2,
      followup_rows: 2,
      jobs_removed: 3,
    });
    expect(JSON.stringify(audit)).not.toMatch(/jane/i);
    // The rep hears what happened.
    expect(visibleText(app.slack.callsTo('chat.postMessage').at(-1)!.args.blocks)).toMatch(
      /Erased from your outreach: 2 outreach records and 2 follow-ups/,
    );
  });

  it('refuses a rep who is not an admin an erase across the workspace, even with a forged submission', async () => {
    await seed();
    await submit(repA, JSON.stringify({ name: 'Jane Doe' }), 'workspace');
    expect(visibleText(app.slack.callsTo('chat.postMessage').at(-1)!.args.blocks)).toMatch(/Only a workspace admin/);
    expect((await rowsOf(repA)).filter((r) => r.erased_at !== null)).toHaveLength(0);
    expect((await rowsOf(repB))[0].erased_at).toBeNull();
    expect(await audits()).toHaveLength(0);
  });

  it("lets an admin erase the prospect from every rep's outreach", async () => {
    await seed();
    await command(ADMIN, 'forget Jane Doe');
    const modal = openedModal();
    const shown = visibleText(modal.blocks);
    expect(shown).toMatch(/other reps' outreach: 3 more records/);
    expect(shown).toMatch(/Everyone's in this workspace \(3 records\)/);
    await submit(ADMIN, modal.private_metadata, 'workspace');
    expect((await rowsOf(repA)).filter((r) => r.erased_at !== null)).toHaveLength(2);
    expect((await rowsOf(repB))[0]).toMatchObject({ prospect_name: 'Erased prospect', sent_text: null });
    expect(await jobsFor(repB)).toHaveLength(0);
    expect((await audits())[0]).toMatchObject({ requested_by: ADMIN, scope: 'workspace', outreach_rows: 3 });
  });

  it('says so when there is nothing to erase, and finds a prospect by profile link', async () => {
    await seed();
    await command(repA, 'forget Nobody Known');
    expect(visibleText(app.slack.callsTo('response_url').at(-1)!.args.blocks)).toMatch(
      /nothing about \*Nobody Known\*/,
    );
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
    await command(repA, `forget ${JANE_URL}`);
    expect(visibleText(openedModal().blocks)).toMatch(/2 outreach records/); // her name matches both, the link the drafted one
  });

  it('finds a prospect given as a Slack mention by their real name, as draft and log stored it', async () => {
    await seed();
    await command(repA, 'forget <@UJANE0001>');
    expect(app.slack.callsTo('views.open')).toHaveLength(1);
    const modal = openedModal();
    expect(visibleText(modal.blocks)).toMatch(/Erase Jane Doe\?[\s\S]*2 outreach records/);
    await submit(repA, modal.private_metadata);
    expect((await rowsOf(repA)).filter((r) => r.erased_at !== null)).toHaveLength(2);
  });

  it('erases a mentioned prospect whose Slack name a typed name could not be (and never confirms in silence)', async () => {
    await app.services.outreach.logSent(
      { teamId: team, repId: repA },
      { prospectName: 'Kim Park (she/her)', channel: 'email', text: text('Kim') },
      'a-kim',
    );
    await command(repA, 'forget <@UKIM00001>');
    const modal = openedModal();
    expect(visibleText(modal.blocks)).toMatch(/1 outreach record\b/);
    await submit(repA, modal.private_metadata);
    expect((await rowsOf(repA)).filter((r) => r.erased_at !== null)).toHaveLength(1);
    expect(visibleText(app.slack.callsTo('chat.postMessage').at(-1)!.args.blocks)).toMatch(
      /Erased from your outreach: 1 outreach record/,
    );
  });

  it('a follow-up draft being written while the prospect is erased does not bring text back', async () => {
    await seed();
    const [jane] = await q(`SELECT id::text FROM outreach WHERE team_id = $1 AND source_key = 'a-1'`, [team]);
    // The erase holds the row (as its transaction does) while the rep's "Draft follow-up" arrives.
    const client = await app.db.pool().connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT 1 FROM outreach WHERE id = $1 FOR UPDATE', [jane.id]);
      const drafting = app.services.followUps.draftFollowUp({ teamId: team, repId: repA }, jane.id, {
        whatsNew: 'we shipped the SOC 2 report',
        ask: 'a look at it',
      });
      // Wait until the draft's write is queued behind the erase's lock.
      for (let i = 0; i < 200; i++) {
        const { rows } = await app.db
          .pool()
          .query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%SET followup_draft%' AND pid <> pg_backend_pid()`,
          );
        if (rows.length > 0) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await eraseProspect(client, { teamId: team, repId: repA, name: 'Jane Doe', url: null }, new Date());
      await client.query('COMMIT');
      await drafting;
    } finally {
      client.release();
    }
    const [row] = await q(`SELECT prospect_name, followup_draft FROM outreach WHERE id = $1`, [jane.id]);
    expect(row).toEqual({ prospect_name: 'Erased prospect', followup_draft: null });
  });

  it('with Redis down, still erases and audits it (the reconciler removes the jobs later)', async () => {
    await seed();
    await withRedisDown({ digests: false, uninstallGraceDays: 30 }, async (erasure) => {
      const result = await erasure.forget(team, repA, { kind: 'name', name: 'Jane Doe' }, 'rep');
      expect(result).toMatchObject({ ok: true, outreach: 2, followUps: 2, jobsRemoved: 0 });
    });
    expect((await rowsOf(repA)).filter((r) => r.erased_at !== null)).toHaveLength(2);
    await expectOneAudit({
      requested_by: repA,
      scope: 'rep',
      outreach_rows: 2,
      followup_rows: 2,
      jobs_removed: 0,
    });
  });

  it('with Redis down, an uninstall is still recorded (no error), and the reconciler purges it when due', async () => {
    await seed();
    await withRedisDown({ digests: true, uninstallGraceDays: 0 }, async (erasure) => {
      await expect(erasure.uninstalled(team, 'app_uninstalled')).resolves.toMatchObject({
        purgeAfter: expect.any(Date),
      });
    });
    expect(await q(`SELECT reason, purged_at FROM team_uninstalls WHERE team_id = $1`, [team])).toEqual([
      { reason: 'app_uninstalled', purged_at: null },
    ]);
    expect(await q(`SELECT * FROM outreach WHERE team_id = $1`, [team])).toHaveLength(4);
    expect((await app.services.erasure.reconcile()).purged).toBeGreaterThanOrEqual(1);
    expect(await q(`SELECT * FROM outreach WHERE team_id = $1`, [team])).toHaveLength(0);
  });

  it('with Redis down, a purge that ran is still audited (it never runs twice, so the audit would be lost)', async () => {
    await seed();
    await q(
      // A second in the past: Postgres keeps microseconds and the service's clock milliseconds, so a
      // purge_after of now() could still lie ahead of the purge's own now when both fall in one millisecond.
      `INSERT INTO team_uninstalls (team_id, reason, uninstalled_at, purge_after) VALUES ($1, 'app_uninstalled', now() - interval '1 second', now() - interval '1 second')`,
      [team],
    );
    await withRedisDown({ digests: true, uninstallGraceDays: 0 }, async (erasure) => {
      expect(await erasure.purge(team)).toBe(true);
    });
    expect(await q(`SELECT * FROM outreach WHERE team_id = $1`, [team])).toHaveLength(0);
    await expectOneAudit({ requested_by: null, scope: 'team', outreach_rows: 4, jobs_removed: 0 });
  });
});
