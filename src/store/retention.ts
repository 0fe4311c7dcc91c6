import type { Pool } from 'pg';
import { MIN_RETENTION_DAYS } from './team-settings';

/**
 * Retention: blanks what a rep wrote and the prospect's profile URL on outreach older than the
 * team's window, a batch at a time (each batch its own short statement, rows already being changed
 * are skipped and picked up next time). Dates, channel, verdict, score, status and outcome stay, so
 * the digest's numbers for those weeks do not move.
 */
/** The findings with their codes and severities, without the words (which may quote the message). */
export const FINDINGS_WITHOUT_WORDS = `coalesce((SELECT jsonb_agg(jsonb_build_object('code', f->'code', 'severity', f->'severity', 'message', ''))
  FROM jsonb_array_elements(o.findings) AS f), '[]'::jsonb)`;

const BLANK_BATCH = `
  WITH batch AS (
    SELECT o.id FROM outreach o
    LEFT JOIN team_settings s ON s.team_id = o.team_id
    WHERE o.texts_blanked_at IS NULL
      -- The shortest window any team may set bounds the index scan; each team's own window decides.
      AND o.created_at < $1::timestamptz - make_interval(days => $4::int)
      AND o.created_at < $1::timestamptz - make_interval(days => coalesce(s.retention_days, $2::int))
    ORDER BY o.created_at
    LIMIT $3
    FOR UPDATE OF o SKIP LOCKED
  ), blanked AS (
    UPDATE outreach o SET who_i_am = NULL, how_known = NULL, why_you = NULL, whats_in_it = NULL, the_ask = NULL,
      draft_text = NULL, sent_text = NULL, followup_draft = NULL, prospect_url = NULL, texts_blanked_at = $1,
      -- A finding's words may quote the message ("Heavy ask (…)"): its code and severity stay for the digest.
      findings = ${FINDINGS_WITHOUT_WORDS}
    FROM batch WHERE o.id = batch.id
    RETURNING o.id, o.team_id
  ), events AS (
    -- A follow-up's event keeps the text that was sent; the score beside it stays.
    UPDATE outreach_events e SET detail = e.detail - 'text'
    FROM blanked WHERE e.team_id = blanked.team_id AND e.outreach_id = blanked.id AND e.detail ? 'text'
    RETURNING e.id
  )
  SELECT (SELECT count(*) FROM blanked)::int AS blanked`;

export async function blankExpiredBatch(db: Pool, now: Date, defaultDays: number, batchSize: number): Promise<number> {
  const { rows } = await db.query(BLANK_BATCH, [now, defaultDays, batchSize, MIN_RETENTION_DAYS]);
  return Number(rows[0]?.blanked ?? 0);
}

export async function startRetentionRun(
  db: Pool,
  trigger: 'schedule' | 'startup' | 'manual',
  now: Date,
): Promise<string> {
  const { rows } = await db.query(
    `INSERT INTO retention_runs (trigger, started_at) VALUES ($1, $2) RETURNING id::text`,
    [trigger, now],
  );
  return rows[0].id as string;
}

export async function finishRetentionRun(
  db: Pool,
  id: string,
  o: { blanked: number; batches: number; finishedAt: Date },
): Promise<void> {
  await db.query(`UPDATE retention_runs SET outreach_blanked = $2, batches = $3, finished_at = $4 WHERE id = $1`, [
    id,
    o.blanked,
    o.batches,
    o.finishedAt,
  ]);
}
