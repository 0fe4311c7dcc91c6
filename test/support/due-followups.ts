import type { Pool } from 'pg';
import { producerConnection, ready } from '../../src/queue/connection';
import { FollowUpQueue, type PlannedReminder } from '../../src/queue/followups';
import { silentLogger } from './db';

const SENT_TEXT =
  "Hi, I'm Sam, I lead partnerships at Fernpath. Your talk on ID-scan drop-off stuck with me; happy to send our two-page benchmark. Would that help?";

/**
 * `count` reps in the team (ids `<repPrefix><teamId>R<i>`), each with one outreach sent `sentDaysBefore`
 * days before `dueAt` and its first follow-up due at `dueAt`, written straight to Postgres in bulk as
 * logging a sent message writes them (the outreach, its `sent` event, the follow-up; with `timezone`,
 * also the rep's time zone as users.info told it). The queue's jobs are the caller's to add: returns
 * the reminders the planner would schedule.
 */
export async function seedDueFollowUps(
  pool: Pool,
  teamId: string,
  count: number,
  dueAt: Date,
  options: { repPrefix?: string; sentDaysBefore?: number; timezone?: string } = {},
): Promise<PlannedReminder[]> {
  const { repPrefix = 'U', sentDaysBefore = 7, timezone } = options;
  const sentAt = new Date(dueAt.getTime() - sentDaysBefore * 24 * 3600 * 1000);
  if (timezone) {
    await pool.query(
      `INSERT INTO rep_profiles (team_id, rep_id, timezone, timezone_checked_at)
       SELECT $1, $2 || $1 || 'R' || i, $3, $4 FROM generate_series(1, $5::int) AS i`,
      [teamId, repPrefix, timezone, sentAt, count],
    );
  }
  const { rows } = await pool.query<{ id: string; rep_id: string }>(
    `WITH o AS (
       INSERT INTO outreach (team_id, rep_id, prospect_name, prospect_company, channel, sent_text, purpose_score, verdict,
                             status, sent_at, source_key, created_at, updated_at)
       SELECT $1, $6 || $1 || 'R' || i, 'Prospect ' || i, 'Company ' || i, 'linkedin_message', $3, 82, 'purposeful',
              'sent', $4, 'due-' || $1 || '-' || i, $4, $4
       FROM generate_series(1, $2::int) AS i
       RETURNING id, team_id, rep_id
     ), e AS (
       INSERT INTO outreach_events (team_id, outreach_id, rep_id, kind, idempotency_key, detail, created_at)
       SELECT team_id, id, rep_id, 'sent', 'sent:' || id, '{"score":82,"logged":true}', $4 FROM o
     )
     INSERT INTO followups (team_id, outreach_id, rep_id, step, due_at, created_at, updated_at)
     SELECT team_id, id, rep_id, 1, $5, $4, $4 FROM o
     RETURNING id::text, rep_id`,
    [teamId, count, SENT_TEXT, sentAt, dueAt, repPrefix],
  );
  return rows.map((r) => ({ teamId, repId: r.rep_id, followUpId: r.id, dueAt }));
}

/** Adds the reminders' jobs under `queuePrefix`, as the planner would, on a connection of its own. */
export async function scheduleReminders(
  redisUrl: string,
  queuePrefix: string,
  reminders: PlannedReminder[],
): Promise<void> {
  const redis = producerConnection(redisUrl, silentLogger);
  await ready(redis);
  const queue = new FollowUpQueue(redis, queuePrefix);
  await queue.schedule(reminders);
  await queue.close();
  redis.disconnect();
}
