import * as fstore from '../../src/store/followups';
import { createTestDatabase, testTeamId, type TestDatabase } from '../support/db';

/**
 * Every query is scoped by the Slack team id: a store function handed another workspace's follow-up
 * id (a forged job, a bug upstream) changes nothing there, even when the rep id and the claim token
 * are the same.
 */
describe('follow-up writes by id stay inside their team', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  const REP = 'U0SAMEREP';
  const TOKEN = 'fu-1-1700000000000';

  /** A sent outreach and its follow-up, claimed by TOKEN, in `team`. */
  async function claimedFollowUp(team: string, status: 'sending' | 'pending' = 'sending'): Promise<string> {
    const pool = db.pool();
    const { rows } = await pool.query(
      `INSERT INTO outreach (team_id, rep_id, prospect_name, channel, status, sent_at, source_key)
       VALUES ($1, $2, 'Jane Doe', 'linkedin_message', 'sent', now(), $3) RETURNING id::text`,
      [team, REP, `seed-${Math.random()}`],
    );
    const { rows: f } = await pool.query(
      `INSERT INTO followups (team_id, outreach_id, rep_id, step, due_at, status, claim_token, claimed_at)
       VALUES ($1, $2, $3, 1, now(), $4, $5, $6) RETURNING id::text`,
      [team, rows[0].id, REP, status, status === 'sending' ? TOKEN : null, status === 'sending' ? new Date() : null],
    );
    return f[0].id as string;
  }

  async function statusOf(id: string): Promise<{ status: string; claim_token: string | null }> {
    const { rows } = await db.pool().query('SELECT status, claim_token FROM followups WHERE id = $1', [id]);
    return rows[0];
  }

  it('markReminded, markCancelled and releaseClaim leave another team’s row with the same rep and token alone', async () => {
    const mine = testTeamId();
    const theirs = testTeamId();
    const own = await claimedFollowUp(mine);
    const other = await claimedFollowUp(theirs);

    const reminded = await fstore.markReminded(db.pool(), mine, [own, other], TOKEN, {
      at: new Date(),
      channel: 'D1',
      ts: '1.1',
    });
    expect([...reminded]).toEqual([own]);
    expect(await statusOf(other)).toEqual({ status: 'sending', claim_token: TOKEN });

    await fstore.releaseClaim(db.pool(), mine, [other], TOKEN);
    expect(await statusOf(other)).toEqual({ status: 'sending', claim_token: TOKEN });

    await fstore.markCancelled(db.pool(), mine, [other]);
    expect(await statusOf(other)).toEqual({ status: 'sending', claim_token: TOKEN });

    // The same calls with the right team do change it.
    await fstore.releaseClaim(db.pool(), theirs, [other], TOKEN);
    expect(await statusOf(other)).toEqual({ status: 'pending', claim_token: null });
    await fstore.markCancelled(db.pool(), theirs, [other]);
    expect((await statusOf(other)).status).toBe('cancelled');
  });

  it('stillPending answers only for a follow-up of the team the job names', async () => {
    const mine = testTeamId();
    const theirs = testTeamId();
    const own = await claimedFollowUp(mine, 'pending');
    const other = await claimedFollowUp(theirs, 'pending');
    const open = await fstore.stillPending(db.pool(), [
      { teamId: mine, id: own },
      { teamId: mine, id: other },
    ]);
    expect([...open.keys()]).toEqual([own]);
  });
});
