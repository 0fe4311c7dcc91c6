import { botPool } from '../../src/main';
import { digestSchedulerId } from '../../src/queue/digests';
import { purgeJobId } from '../../src/queue/records';
import { shareTestApp, type TestApp } from '../support/app';
import { testTeamId } from '../support/db';
import { eventCallback } from '../support/slack-requests';
import { captureLogs } from '../support/log-capture';

// The audit tables record the purge itself, with no personal data; every other table with a team_id must be empty.
const AUDIT_TABLES = ['erasures', 'team_uninstalls'];
const TEXT =
  'Hi Jane, I lead partnerships at Acme and saw your talk on onboarding; would a 20-minute call next week work?';

async function seedTeam(app: TestApp, team: string): Promise<{ rep: string }> {
  const rep = `UR${team.slice(1)}`;
  const key = { teamId: team, repId: rep };
  await app.services.outreach.logSent(
    key,
    { prospectName: 'Jane Doe', channel: 'linkedin_message', text: TEXT },
    `seed-${team}-1`,
  );
  await app.services.outreach.logSent(
    key,
    { prospectName: 'Sam Lee', channel: 'email', text: TEXT.replace('Jane', 'Sam') },
    `seed-${team}-2`,
  );
  const subscribed = await app.services.digests.subscribe(team, 'C0DIGEST', rep, {});
  expect(subscribed.ok).toBe(true);
  await app.db.pool().query(`INSERT INTO team_settings (team_id, retention_days) VALUES ($1, 90)`, [team]);
  return { rep };
}

async function rowsOf(app: TestApp, team: string): Promise<Record<string, number>> {
  const { rows: tables } = await app.db
    .pool()
    .query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'team_id' ORDER BY table_name`,
    );
  const names = tables.map((t) => t.table_name as string).filter((t) => !AUDIT_TABLES.includes(t));
  expect(names).toEqual(
    expect.arrayContaining([
      'outreach',
      'outreach_events',
      'followups',
      'digest_subscriptions',
      'rep_profiles',
      'team_settings',
    ]),
  );
  const counts: Record<string, number> = {};
  for (const table of names) {
    const { rows } = await app.db.pool().query(`SELECT count(*)::int AS n FROM ${table} WHERE team_id = $1`, [team]);
    counts[table] = rows[0].n;
  }
  return counts;
}

async function jobsOf(app: TestApp, team: string): Promise<{ reminders: number; schedulers: number }> {
  const jobs = await app.queue.queue.getJobs(['delayed', 'waiting', 'prioritized', 'active'], 0, -1);
  const digestJobs = await app.digestQueue.queue.getJobs(['delayed', 'waiting', 'prioritized', 'active'], 0, -1);
  const schedulers = (await app.digestQueue.schedulerIds()).filter((id) => id.startsWith(`digest-${team}-`));
  return {
    reminders:
      jobs.filter((j) => j.data.teamId === team).length + digestJobs.filter((j) => j.data.teamId === team).length,
    schedulers: schedulers.length,
  };
}

const uninstalled = (team: string) => eventCallback({ team_id: team, event: { type: 'app_uninstalled' } });

/** Every row of the workspace gone (the records worker's purge, which the bot only queues). */
async function purged(app: TestApp, team: string): Promise<boolean> {
  return Object.values(await rowsOf(app, team)).every((n) => n === 0);
}

describe('uninstall with no grace period (UNINSTALL_GRACE_DAYS=0)', () => {
  const app = shareTestApp({ uninstallGraceDays: 0 });
  afterEach(async () => {
    await app.stopWorkers();
  });

  it('leaves no row, job or scheduler of that workspace, records the purge, and leaves another workspace alone', async () => {
    const gone = testTeamId();
    const stays = testTeamId();
    await seedTeam(app, gone);
    await seedTeam(app, stays);
    const before = await rowsOf(app, stays);
    expect(before.outreach).toBe(2);
    expect(await jobsOf(app, gone)).toEqual({ reminders: 3, schedulers: 1 });

    const res = await app.post(uninstalled(gone), 'json');
    expect(res.status).toBe(200);
    // The bot records the uninstall, stops the jobs and queues the purge, due now; it purges nothing itself.
    expect(await jobsOf(app, gone)).toEqual({ reminders: 0, schedulers: 0 });
    expect((await rowsOf(app, gone)).outreach).toBe(2);
    expect((await app.recordsQueue.queue.getJob(purgeJobId(gone)))?.opts.delay).toBe(0);

    await app.startRecordsWorker();
    await waitUntil(() => purged(app, gone));
    await waitUntil(
      async () => (await app.db.pool().query(`SELECT 1 FROM erasures WHERE team_id = $1`, [gone])).rowCount === 1,
    );
    expect(await jobsOf(app, gone)).toEqual({ reminders: 0, schedulers: 0 });
    const { rows: audit } = await app.db.pool().query(`SELECT * FROM erasures WHERE team_id = $1`, [gone]);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ scope: 'team', requested_by: null, outreach_rows: 2, followup_rows: 2 });
    expect(JSON.stringify(audit)).not.toMatch(/Jane|Sam|Acme/);
    const { rows: record } = await app.db
      .pool()
      .query(`SELECT reason, purged_at FROM team_uninstalls WHERE team_id = $1`, [gone]);
    expect(record[0].reason).toBe('app_uninstalled');
    expect(record[0].purged_at).toBeInstanceOf(Date);

    expect(await rowsOf(app, stays)).toEqual(before);
    expect(await jobsOf(app, stays)).toEqual({ reminders: 3, schedulers: 1 });
    expect(await app.digestQueue.queue.getJobScheduler(digestSchedulerId(stays, 'C0DIGEST'))).toBeDefined();
  });

  it('ignores tokens_revoked for user tokens only (the app holds none), and purges on a revoked bot token', async () => {
    const team = testTeamId();
    await seedTeam(app, team);
    await app.startRecordsWorker();
    await app.post(
      eventCallback({ team_id: team, event: { type: 'tokens_revoked', tokens: { oauth: ['U1'] } } }),
      'json',
    );
    expect(await app.recordsQueue.hasPurge(team)).toBe(false);
    expect((await rowsOf(app, team)).outreach).toBe(2);
    await app.post(
      eventCallback({ team_id: team, event: { type: 'tokens_revoked', tokens: { bot: ['UBOT'] } } }),
      'json',
    );
    await waitUntil(() => purged(app, team));
  });
});

describe('uninstall with the default grace period (30 days)', () => {
  const app = shareTestApp();
  afterEach(async () => {
    await app.stopWorkers();
  });

  it('stops jobs at once, keeps the data, and a workspace back within the grace period finds it all again', async () => {
    const team = testTeamId();
    const { rep } = await seedTeam(app, team);
    const before = await rowsOf(app, team);

    await app.post(uninstalled(team), 'json');
    expect(await jobsOf(app, team)).toEqual({ reminders: 0, schedulers: 0 });
    expect(await rowsOf(app, team)).toEqual(before);
    const purge = await app.recordsQueue.queue.getJob(purgeJobId(team));
    expect(purge?.opts.delay).toBeGreaterThan(29 * 86_400_000);
    // The reconcilers do not bring a removed workspace's reminders or digests back.
    const worker = await app.startWorker();
    const digests = await app.startDigestWorker();
    await Promise.all([worker.reconcileNow(), digests.reconcileNow()]);
    expect(await jobsOf(app, team)).toEqual({ reminders: 0, schedulers: 0 });
    // Nor does the purge run early.
    expect(await app.services.erasure.purge(team)).toBe(false);

    // Someone in the workspace uses the app again: it is back.
    const res = await app.command(team, rep, 'help');
    expect(res.status).toBe(200);
    await waitUntil(
      async () =>
        (await app.db.pool().query(`SELECT reinstalled_at FROM team_uninstalls WHERE team_id = $1`, [team])).rows[0]
          .reinstalled_at !== null,
    );
    await waitUntil(async () => (await app.recordsQueue.queue.getJob(purgeJobId(team))) === undefined);
    await Promise.all([worker.reconcileNow(), digests.reconcileNow()]);
    expect(await jobsOf(app, team)).toEqual({ reminders: 3, schedulers: 1 });
    expect(await rowsOf(app, team)).toEqual(before);
  });

  it('purges once the grace period is over (the reconciler runs an overdue purge)', async () => {
    const team = testTeamId();
    await seedTeam(app, team);
    await app.post(uninstalled(team), 'json');
    await app.db
      .pool()
      .query(`UPDATE team_uninstalls SET purge_after = now() - interval '1 minute' WHERE team_id = $1`, [team]);
    const records = await app.startRecordsWorker();
    await records.reconcileNow();
    expect(Object.values(await rowsOf(app, team)).every((n) => n === 0)).toBe(true);
  });
});

describe('jobs of a removed workspace that outlived its uninstall', () => {
  const app = shareTestApp();
  afterEach(async () => {
    await app.stopWorkers();
  });

  it('send no reminder and post no digest while it is removed; its follow-ups wait for its return', async () => {
    const team = testTeamId();
    const { rep } = await seedTeam(app, team);
    // Removed, but its jobs are still queued (Redis was down when the uninstall came, or a job was
    // already running and could not be removed).
    await app.db
      .pool()
      .query(
        `INSERT INTO team_uninstalls (team_id, reason, uninstalled_at, purge_after) VALUES ($1, 'app_uninstalled', now(), now() + interval '30 days')`,
        [team],
      );
    const jobs = (await app.queue.queue.getDelayed()).filter((j) => j.data.teamId === team);
    expect(jobs).toHaveLength(2);
    app.slack.reset();
    const worker = await app.startWorker();
    const completed = new Promise<void>((resolve) => {
      let n = 0;
      worker.worker.on('completed', (job) => {
        if (job.data.teamId === team && ++n === jobs.length) resolve();
      });
    });
    for (const job of jobs) await job.promote();
    await completed;
    expect(app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === rep)).toHaveLength(0);
    const { rows } = await app.db.pool().query(`SELECT status FROM followups WHERE team_id = $1`, [team]);
    expect(rows).toEqual([{ status: 'pending' }, { status: 'pending' }]);

    expect(await app.services.digests.postScheduled({ teamId: team, channelId: 'C0DIGEST' }, 'removed-run')).toBe(
      'uninstalled',
    );
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

describe('uninstall while the bot is busy', () => {
  // One slot, no queue: any second request at a time is shed with "busy".
  const app = shareTestApp({ uninstallGraceDays: 0, limits: { concurrency: 1, queue: 0 } });
  afterEach(async () => {
    await app.stopWorkers();
  });

  it('still records and purges: Slack does not resend an event that was acknowledged, so it is never shed', async () => {
    const team = testTeamId();
    await seedTeam(app, team);
    // Another request holds the only slot: its views.open hangs until the test lets it go.
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    app.slack.respondWith('views.open', async () => {
      await held;
      return undefined;
    });
    const first = app.command(team, 'UHOLDER01', 'draft Jane Doe');
    await app.slack.waitFor('views.open');
    try {
      const res = await app.post(uninstalled(team), 'json');
      expect(res.status).toBe(200);
      const { rows } = await app.db.pool().query(`SELECT reason FROM team_uninstalls WHERE team_id = $1`, [team]);
      expect(rows).toEqual([{ reason: 'app_uninstalled' }]);
      expect(await app.recordsQueue.hasPurge(team)).toBe(true);
      await app.startRecordsWorker();
      await waitUntil(() => purged(app, team));
    } finally {
      letGo();
      await first;
    }
  });
});

describe("uninstall of a large workspace, the bot's statements under a timeout (UNINSTALL_GRACE_DAYS=0)", () => {
  const { lines, logger } = captureLogs('info');
  // A timeout far below what deleting the workspace takes, far above what recording its uninstall does.
  const app = shareTestApp({
    uninstallGraceDays: 0,
    logger,
    pool: (db, watch) => botPool({ databaseUrl: db.url, botStatementTimeoutMs: 150 }, logger, watch),
  });
  afterEach(async () => {
    await app.stopWorkers();
  });

  it('records the uninstall at once and leaves the purge to the records worker, which has no such timeout', async () => {
    const team = testTeamId();
    const { rep } = await seedTeam(app, team);
    const ROWS = 60_000;
    await app.db.pool().query(
      `INSERT INTO outreach (team_id, rep_id, prospect_name, channel, sent_text, status, sent_at, source_key)
       SELECT $1, $2, 'Prospect ' || i, 'email', $3, 'sent', now() - i * interval '1 minute', 'bulk-' || i
         FROM generate_series(1, $4::int) AS i`,
      [team, rep, TEXT, ROWS],
    );
    // Deleting the workspace on the bot's pool, as the bot once did inline: Postgres cancels it there.
    const timed = botPool({ databaseUrl: app.db.url, botStatementTimeoutMs: 150 }, logger);
    const client = await timed.connect();
    try {
      await client.query('BEGIN');
      await expect(client.query('DELETE FROM outreach WHERE team_id = $1', [team])).rejects.toMatchObject({
        code: '57014',
      });
    } finally {
      await client.query('ROLLBACK');
      client.release();
      await timed.end();
    }
    expect((await rowsOf(app, team)).outreach).toBe(ROWS + 2);

    const before = lines.length;
    const res = await app.post(uninstalled(team), 'json');
    expect(res.status).toBe(200);
    const logged = lines.slice(before);
    expect(logged.filter((l) => (l.level as number) >= 40)).toEqual([]);
    const { rows } = await app.db
      .pool()
      .query(`SELECT reason, purged_at FROM team_uninstalls WHERE team_id = $1`, [team]);
    expect(rows).toEqual([{ reason: 'app_uninstalled', purged_at: null }]);

    await app.startRecordsWorker();
    await waitUntil(() => purged(app, team), 30_000);
    // The audit row is written after the purge commits (and its queued jobs are swept): wait for it too.
    await waitUntil(
      async () => (await app.db.pool().query(`SELECT 1 FROM erasures WHERE team_id = $1`, [team])).rowCount === 1,
      30_000,
    );
    const { rows: audit } = await app.db.pool().query(`SELECT outreach_rows FROM erasures WHERE team_id = $1`, [team]);
    expect(audit).toEqual([{ outreach_rows: ROWS + 2 }]);
  }, 60_000);
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
