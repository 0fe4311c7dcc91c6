import { weekContaining } from '../../src/domain/stats';
import { RETENTION_CRON, RETENTION_SCHEDULER_ID } from '../../src/queue/records';
import { RetentionService } from '../../src/services/retention';
import { shareTestApp } from '../support/app';
import { silentLogger, testTeamId } from '../support/db';
import { stateValues, visibleText } from '../support/modal';
import { slashCommand, viewSubmission } from '../support/slack-requests';

const NOW = new Date('2026-11-23T09:00:00Z');
const ADMIN = 'UADMIN01';
const daysAgo = (days: number, hours = 0) => new Date(NOW.getTime() - days * 86_400_000 - hours * 3_600_000);

describe('retention', () => {
  const app = shareTestApp({ now: () => NOW, slack: { users: { [ADMIN]: { is_admin: true } } } });
  afterEach(async () => {
    await app.stopWorkers();
  });

  const q = async (sql: string, params: unknown[] = []) => (await app.db.pool().query(sql, params)).rows;

  let seq = 0;
  /** A sent outreach with every text filled in, created `age` days ago; a quarter replied. */
  async function outreach(team: string, age: number, o: { replied?: boolean; verdict?: string } = {}): Promise<string> {
    const at = daysAgo(age);
    const [row] = await q(
      `INSERT INTO outreach (team_id, rep_id, prospect_name, prospect_company, prospect_url, channel, who_i_am, how_known, why_you, whats_in_it,
         the_ask, draft_text, sent_text, followup_draft, purpose_score, verdict, findings, status, sent_at, replied_at, source_key, created_at)
       VALUES ($1, 'UREP1', 'Jane Doe', 'Globex', 'https://www.linkedin.com/in/jane-doe', 'linkedin_message', 'I lead partnerships', 'met at SaaStr',
         'your onboarding talk', 'fewer churned trials', 'a call', 'the draft', 'the message as sent', 'a follow-up draft', 70, $2,
         '[{"code":"no_why_you","severity":"warning","message":"x"}]', $3, $4, $5, $6, $4) RETURNING id::text`,
      [
        team,
        o.verdict ?? 'purposeful',
        o.replied ? 'replied' : 'sent',
        at,
        o.replied ? new Date(at.getTime() + 86_400_000) : null,
        `r-${++seq}`,
      ],
    );
    await q(
      `INSERT INTO outreach_events (team_id, outreach_id, rep_id, kind, idempotency_key, detail) VALUES ($1, $2, 'UREP1', 'followed_up', $3, '{"text":"the follow-up text","score":61}')`,
      [team, row.id, `ev-${seq}`],
    );
    return row.id;
  }

  const blankedIds = async (team: string) =>
    (
      await q(`SELECT id::text FROM outreach WHERE team_id = $1 AND texts_blanked_at IS NOT NULL ORDER BY id`, [team])
    ).map((r) => r.id);

  it("blanks exactly the texts past each team's window, keeps the digest's numbers, runs at worker start, and is idempotent", async () => {
    const yearly = testTeamId(); // default: 365 days
    const monthly = testTeamId();
    await q(`INSERT INTO team_settings (team_id, retention_days) VALUES ($1, 30)`, [monthly]);
    const old1 = await outreach(yearly, 400, { replied: true });
    const old2 = await outreach(yearly, 365, { verdict: 'boilerplate' }); // 365 days and a bit: past the window
    await outreach(yearly, 364);
    const past = await outreach(monthly, 31, { replied: true });
    await outreach(monthly, 29);
    await q(
      `UPDATE outreach SET created_at = created_at - interval '1 hour', sent_at = sent_at - interval '1 hour' WHERE id = $1`,
      [old2],
    );

    const weeks = [
      [yearly, weekContaining(daysAgo(400), 'UTC')],
      [yearly, weekContaining(daysAgo(365), 'UTC')],
      [monthly, weekContaining(daysAgo(31), 'UTC')],
    ] as const;
    const digests = () =>
      Promise.all(weeks.map(([team, week]) => app.services.digests.weekDigest(team, week, 'UTC', NOW)));
    const before = await digests();
    expect(before.map((d) => d.thisWeek.sent)).toEqual([1, 1, 2]); // the 31- and 29-day-old rows share a week

    await app.startRecordsWorker(); // its start-up pass runs retention once

    expect(await blankedIds(yearly)).toEqual([old1, old2].sort());
    expect(await blankedIds(monthly)).toEqual([past]);
    const [blanked] = await q(`SELECT * FROM outreach WHERE id = $1`, [old1]);
    expect(blanked).toMatchObject({
      who_i_am: null,
      how_known: null,
      why_you: null,
      whats_in_it: null,
      the_ask: null,
      draft_text: null,
      sent_text: null,
      followup_draft: null,
      prospect_url: null,
      // What the numbers need stays.
      prospect_name: 'Jane Doe',
      channel: 'linkedin_message',
      verdict: 'purposeful',
      purpose_score: 70,
      status: 'replied',
      // A finding's words may quote the message; its code counts in the digest.
      findings: [{ code: 'no_why_you', severity: 'warning', message: '' }],
    });
    const [event] = await q(`SELECT detail FROM outreach_events WHERE outreach_id = $1`, [old1]);
    expect(event.detail).toEqual({ score: 61 });
    const [kept] = await q(
      `SELECT sent_text, prospect_url FROM outreach WHERE team_id = $1 AND texts_blanked_at IS NULL`,
      [yearly],
    );
    expect(kept).toEqual({ sent_text: 'the message as sent', prospect_url: 'https://www.linkedin.com/in/jane-doe' });

    const after = await digests();
    expect(after).toEqual(before);

    const runs = await q(`SELECT trigger, outreach_blanked, finished_at FROM retention_runs ORDER BY id`);
    expect(runs).toEqual([{ trigger: 'startup', outreach_blanked: 3, finished_at: expect.any(Date) }]);
    expect((await app.recordsQueue.queue.getJobScheduler(RETENTION_SCHEDULER_ID))?.pattern).toBe(RETENTION_CRON);

    // Again: nothing more to do, and nothing changes.
    expect(await app.services.retention.run('manual')).toEqual({ blanked: 0, batches: 0 });
    expect(await blankedIds(yearly)).toEqual([old1, old2].sort());
  });

  it('works in batches', async () => {
    await app.services.retention.run('manual'); // whatever earlier tests left
    const team = testTeamId();
    for (let i = 0; i < 5; i++) await outreach(team, 500 + i);
    const retention = new RetentionService(app.db.pool(), { logger: silentLogger, clock: () => NOW, batchSize: 2 });
    expect(await retention.run('manual')).toEqual({ blanked: 5, batches: 3 });
    expect(await blankedIds(team)).toHaveLength(5);
  });

  it('is a team setting for admins: 30 to 3,650 days, default 365, next to the managers who may export', async () => {
    const team = testTeamId();
    await app.post(slashCommand({ team_id: team, user_id: ADMIN, text: 'settings' }), 'form');
    const modal = app.slack.callsTo('views.open').at(-1)!.args.view;
    const retention = modal.blocks.find((b: { block_id?: string }) => b.block_id === 'retentionDays');
    expect(retention.element.initial_value).toBe('365');
    expect(visibleText(retention)).toMatch(/Keep outreach texts \(days\)/);
    expect(modal.blocks.find((b: { block_id?: string }) => b.block_id === 'managerIds').element.type).toBe(
      'multi_users_select',
    );

    const answers = { cadence: '3, 7', reminderTime: '09:30', weekendDays: 'Sat, Sun', showRepNames: 'show' };
    const submit = (days: string, managers: string[]) => {
      const values: Record<string, Record<string, unknown>> = stateValues({ ...answers, retentionDays: days }, [
        'showRepNames',
      ]);
      values.managerIds = { value: { type: 'multi_users_select', selected_users: managers } };
      return app.post(
        viewSubmission({ team_id: team, user_id: ADMIN, callback_id: 'team_settings', state_values: values as never }),
        'form',
      );
    };
    for (const bad of ['29', '3651', 'a year']) {
      const res = await submit(bad, []);
      expect((res.json as { response_action: string; errors: Record<string, string> }).errors.retentionDays).toMatch(
        /from 30 to 3,650/,
      );
    }
    expect((await submit('90', ['UMANAGER1', 'UMANAGER2'])).status).toBe(200);
    expect(await q(`SELECT retention_days, manager_ids FROM team_settings WHERE team_id = $1`, [team])).toEqual([
      { retention_days: 90, manager_ids: ['UMANAGER1', 'UMANAGER2'] },
    ]);
  });
});
