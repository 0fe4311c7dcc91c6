import type { Channel } from '../domain/purpose-check';
import type { Queryable } from './pool';

export type FollowUpStatus = 'pending' | 'sending' | 'reminded' | 'done' | 'cancelled';

export interface FollowUp {
  id: string;
  teamId: string;
  outreachId: string;
  repId: string;
  step: number;
  dueAt: Date;
  status: FollowUpStatus;
  claimToken: string | null;
  remindedAt: Date | null;
}

/** A claimed follow-up with what its reminder shows. */
export interface DueFollowUp extends FollowUp {
  prospectName: string;
  prospectCompany: string | null;
  channel: Channel;
  sentText: string | null;
  sentAt: Date;
  outreachStatus: string;
  /**
   * When an earlier run claimed it and never recorded a reminder (it died, or Slack failed after maybe
   * posting): its DM may be out already, posted no earlier than this. Null on a first claim.
   */
  claimedBefore: Date | null;
}

const COLUMNS = `f.id::text, f.team_id, f.outreach_id::text, f.rep_id, f.step, f.due_at, f.status, f.claim_token, f.reminded_at`;

function toFollowUp(r: Record<string, unknown>): FollowUp {
  return {
    id: r.id as string,
    teamId: r.team_id as string,
    outreachId: r.outreach_id as string,
    repId: r.rep_id as string,
    step: Number(r.step),
    dueAt: r.due_at as Date,
    status: r.status as FollowUpStatus,
    claimToken: r.claim_token as string | null,
    remindedAt: r.reminded_at as Date | null,
  };
}

/** Cancels whatever was open for this outreach; returns what was cancelled (their jobs can go). */
export async function cancelOpen(db: Queryable, teamId: string, outreachId: string): Promise<FollowUp[]> {
  const { rows } = await db.query(
    `UPDATE followups f SET status = 'cancelled', updated_at = now()
     WHERE team_id = $1 AND outreach_id = $2 AND status IN ('pending', 'sending')
     RETURNING ${COLUMNS}`,
    [teamId, outreachId],
  );
  return rows.map(toFollowUp);
}

/** Replaces the outreach's open follow-up with a new one (the unique index allows one open). */
export async function planFollowUp(
  db: Queryable,
  f: { teamId: string; outreachId: string; repId: string; step: number; dueAt: Date },
): Promise<{ planned: FollowUp; cancelled: FollowUp[] }> {
  const cancelled = await cancelOpen(db, f.teamId, f.outreachId);
  const { rows } = await db.query(
    `INSERT INTO followups AS f (team_id, outreach_id, rep_id, step, due_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [f.teamId, f.outreachId, f.repId, f.step, f.dueAt],
  );
  return { planned: toFollowUp(rows[0]), cancelled };
}

export async function getFollowUp(db: Queryable, teamId: string, id: string): Promise<FollowUp | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM followups f WHERE team_id = $1 AND id = $2`, [teamId, id]);
  return rows[0] ? toFollowUp(rows[0]) : null;
}

export async function openFollowUps(db: Queryable, teamId: string, repId: string): Promise<FollowUp[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM followups f WHERE team_id = $1 AND rep_id = $2 AND status = 'pending' ORDER BY due_at, id`,
    [teamId, repId],
  );
  return rows.map(toFollowUp);
}

export async function moveDue(db: Queryable, teamId: string, id: string, dueAt: Date): Promise<FollowUp | null> {
  const { rows } = await db.query(
    `UPDATE followups f SET due_at = $3, updated_at = now() WHERE team_id = $1 AND id = $2 AND status = 'pending' RETURNING ${COLUMNS}`,
    [teamId, id, dueAt],
  );
  return rows[0] ? toFollowUp(rows[0]) : null;
}

/**
 * Claims the rep's due follow-ups for one reminder DM, before anything is posted. The job's own
 * follow-up is claimed even if early (a promoted job), as long as it still has the due time the job
 * was made for; the rep's others are claimed when due, so one DM carries them all. A follow-up that
 * this same job claimed before (a retry after a crash, or after a rate limit) is taken over. The
 * advisory lock serialises claims per rep, so two workers never split one morning into two DMs.
 *
 * One statement, so one round trip and its own transaction: the lock is a CTE the UPDATE joins, so no
 * row is locked or changed before the lock is held, and it is released when the statement commits. A
 * claim that waited for the lock re-reads every row the other claim changed (READ COMMITTED's
 * recheck of updated rows) and so finds them taken, as if it had started after the other committed.
 *
 * `claimed_at` keeps the first claim's time until a reminder is recorded (a released or stale claim
 * keeps it too): a claim that finds it set knows an earlier run may have posted the DM since then.
 */
export async function claimDue(
  db: Queryable,
  c: { teamId: string; repId: string; followUpId: string; jobDueAt: Date; now: Date; token: string },
): Promise<DueFollowUp[]> {
  const { rows } = await db.query(
    `WITH rep_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock(hashtextextended($7, 0)))
     UPDATE followups f SET status = 'sending', claim_token = $6, claimed_at = coalesce(f.claimed_at, $5), updated_at = now()
     FROM rep_lock, outreach o
     WHERE f.team_id = $1 AND f.rep_id = $2 AND o.team_id = f.team_id AND o.id = f.outreach_id
       AND ((f.id = $3 AND f.due_at = $4) OR f.due_at <= $5)
       AND (f.status = 'pending' OR (f.status = 'sending' AND f.claim_token = $6))
     RETURNING ${COLUMNS}, f.claimed_at, o.prospect_name, o.prospect_company, o.channel, o.sent_text, o.sent_at, o.status AS outreach_status`,
    [c.teamId, c.repId, c.followUpId, c.jobDueAt, c.now, c.token, `followups:${c.teamId}:${c.repId}`],
  );
  return rows
    .map((r) => ({
      ...toFollowUp(r),
      prospectName: r.prospect_name,
      prospectCompany: r.prospect_company,
      channel: r.channel,
      sentText: r.sent_text,
      sentAt: r.sent_at,
      outreachStatus: r.outreach_status,
      claimedBefore: (r.claimed_at as Date).getTime() === c.now.getTime() ? null : (r.claimed_at as Date),
    }))
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || Number(a.id) - Number(b.id));
}

export async function markReminded(
  db: Queryable,
  teamId: string,
  ids: string[],
  token: string,
  r: { at: Date; channel: string | null; ts: string | null },
): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE followups SET status = 'reminded', reminded_at = $4, reminder_channel = $5, reminder_ts = $6, updated_at = now()
     WHERE team_id = $1 AND id = ANY($2::bigint[]) AND status = 'sending' AND claim_token = $3 RETURNING id::text`,
    [teamId, ids, token, r.at, r.channel, r.ts],
  );
  return new Set(rows.map((row) => row.id));
}

export async function markCancelled(db: Queryable, teamId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE followups SET status = 'cancelled', updated_at = now()
     WHERE team_id = $1 AND id = ANY($2::bigint[]) AND status IN ('pending', 'sending')`,
    [teamId, ids],
  );
}

/**
 * Gives a claim back (a Slack error other than a rate limit). `claimed_at` stays: a post that failed
 * with a timeout or a 5xx may still have reached Slack, so the next try checks before posting.
 */
export async function releaseClaim(db: Queryable, teamId: string, ids: string[], token: string): Promise<void> {
  await db.query(
    `UPDATE followups SET status = 'pending', claim_token = NULL, updated_at = now()
     WHERE team_id = $1 AND id = ANY($2::bigint[]) AND status = 'sending' AND claim_token = $3`,
    [teamId, ids, token],
  );
}

/** The rep acted on a reminder (a follow-up sent, a reply, a snooze, a close). */
export async function markActed(db: Queryable, teamId: string, outreachId: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE followups SET status = 'done', acted_at = $3, updated_at = now()
     WHERE team_id = $1 AND outreach_id = $2 AND status = 'reminded'`,
    [teamId, outreachId, at],
  );
}

export async function lastStep(db: Queryable, teamId: string, outreachId: string): Promise<number> {
  const { rows } = await db.query(
    `SELECT coalesce(max(step), 0)::int AS step FROM followups WHERE team_id = $1 AND outreach_id = $2 AND status IN ('reminded', 'done')`,
    [teamId, outreachId],
  );
  return rows[0].step;
}

/**
 * Claims left behind by a worker that died: after `staleAfterMs` they go back to pending, so the
 * reconciler's job brings the reminder after all. `claimed_at` stays, so that job first asks Slack
 * whether the dead worker had posted it.
 */
export async function resetStaleClaims(db: Queryable, olderThan: Date): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE followups SET status = 'pending', claim_token = NULL, updated_at = now()
     WHERE status = 'sending' AND claimed_at < $1`,
    [olderThan],
  );
  return rowCount ?? 0;
}

/** Every open follow-up, in pages by id, for the reconciler. */
export async function pendingPage(db: Queryable, afterId: string, limit: number): Promise<FollowUp[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM followups f WHERE status = 'pending' AND id > $1
       -- A workspace that removed the app gets no reminders while it waits for its purge.
       AND NOT EXISTS (SELECT 1 FROM team_uninstalls u WHERE u.team_id = f.team_id AND u.reinstalled_at IS NULL AND u.purged_at IS NULL)
     ORDER BY id LIMIT $2`,
    [afterId, limit],
  );
  return rows.map(toFollowUp);
}

/**
 * Which of these follow-ups (each with the team its job names) are still pending, for removing jobs
 * whose follow-up moved on. A job naming another team's follow-up id finds nothing, and goes.
 */
export async function stillPending(
  db: Queryable,
  items: Array<{ teamId: string; id: string }>,
): Promise<Map<string, Date>> {
  const wanted = items.filter((i) => /^\d{1,18}$/.test(i.id));
  if (wanted.length === 0) return new Map();
  const { rows } = await db.query(
    `SELECT f.id::text, f.due_at FROM followups f
     JOIN unnest($1::text[], $2::bigint[]) AS w(team_id, id) ON f.team_id = w.team_id AND f.id = w.id
     WHERE f.status IN ('pending', 'sending')`,
    [wanted.map((i) => i.teamId), wanted.map((i) => i.id)],
  );
  return new Map(rows.map((r) => [r.id as string, r.due_at as Date]));
}
