import type { Channel, Verdict } from '../domain/purpose-check';
import type { Counts, FollowUpDue, RepWeekCounts } from '../domain/stats';
import type { Queryable } from './pool';

// ---- subscriptions ----------------------------------------------------------------------------------

export interface DigestSubscription {
  teamId: string;
  channelId: string;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 'HH:MM', local time in `timezone`. */
  postTime: string;
  timezone: string;
  createdBy: string;
}

const SUBSCRIPTION = `team_id, channel_id, weekday, post_time, timezone, created_by`;

function subscriptionOf(r: Record<string, unknown>): DigestSubscription {
  return {
    teamId: String(r.team_id),
    channelId: String(r.channel_id),
    weekday: Number(r.weekday),
    postTime: String(r.post_time),
    timezone: String(r.timezone),
    createdBy: String(r.created_by),
  };
}

export async function saveSubscription(db: Queryable, s: DigestSubscription): Promise<void> {
  await db.query(
    `INSERT INTO digest_subscriptions (${SUBSCRIPTION}) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (team_id, channel_id) DO UPDATE SET weekday = EXCLUDED.weekday, post_time = EXCLUDED.post_time,
       timezone = EXCLUDED.timezone, created_by = EXCLUDED.created_by, updated_at = now()`,
    [s.teamId, s.channelId, s.weekday, s.postTime, s.timezone, s.createdBy],
  );
}

export async function deleteSubscription(db: Queryable, teamId: string, channelId: string): Promise<boolean> {
  const { rowCount } = await db.query('DELETE FROM digest_subscriptions WHERE team_id = $1 AND channel_id = $2', [
    teamId,
    channelId,
  ]);
  return (rowCount ?? 0) > 0;
}

export async function getSubscription(
  db: Queryable,
  teamId: string,
  channelId: string,
): Promise<DigestSubscription | null> {
  const { rows } = await db.query(
    `SELECT ${SUBSCRIPTION} FROM digest_subscriptions WHERE team_id = $1 AND channel_id = $2`,
    [teamId, channelId],
  );
  return rows[0] ? subscriptionOf(rows[0]) : null;
}

/** Every subscription of every team: what the reconciler turns into job schedulers. */
export async function allSubscriptions(db: Queryable): Promise<DigestSubscription[]> {
  const { rows } = await db.query(`SELECT ${SUBSCRIPTION} FROM digest_subscriptions s
     -- A workspace that removed the app gets no digest while it waits for its purge.
     WHERE NOT EXISTS (SELECT 1 FROM team_uninstalls u WHERE u.team_id = s.team_id AND u.reinstalled_at IS NULL AND u.purged_at IS NULL)
     ORDER BY team_id, channel_id`);
  return rows.map(subscriptionOf);
}

// ---- posts: one per channel and week -------------------------------------------------------------------

/** A claim older than this belongs to a run that died or gave up: another run may take it over. */
export const STALE_DIGEST_CLAIM_MINUTES = 30;

/**
 * Claims the week's post for this channel. A claim when this run may go on: nobody claimed it yet, the
 * claim is this job's own (a retry after a crash or an error), or it is stale (a run that failed for
 * good must not keep the week from ever being posted); null when another run has it or it is done.
 * `attemptedAt` is set when an earlier run asked Slack to post it and never heard back: the digest may
 * be in the channel already.
 */
export async function claimWeek(
  db: Queryable,
  teamId: string,
  channelId: string,
  weekStart: string,
  token: string,
): Promise<{ attemptedAt: Date | null } | null> {
  const { rows } = await db.query(
    `INSERT INTO digest_posts (team_id, channel_id, week_start, status, claim_token) VALUES ($1, $2, $3, 'posting', $4)
     ON CONFLICT (team_id, channel_id, week_start) DO UPDATE SET claim_token = EXCLUDED.claim_token, created_at = now()
       WHERE digest_posts.status = 'posting'
         AND (digest_posts.claim_token = EXCLUDED.claim_token OR digest_posts.created_at < now() - make_interval(mins => $5))
     RETURNING attempted_at`,
    [teamId, channelId, weekStart, token, STALE_DIGEST_CLAIM_MINUTES],
  );
  return rows[0] ? { attemptedAt: (rows[0].attempted_at as Date | null) ?? null } : null;
}

/**
 * Marks the claimed week as being posted now (`at`), or, with null, as not posted after all (Slack
 * refused the post). Only the run holding the claim changes it.
 */
export async function markWeekAttempted(
  db: Queryable,
  teamId: string,
  channelId: string,
  weekStart: string,
  token: string,
  at: Date | null,
): Promise<void> {
  await db.query(
    `UPDATE digest_posts SET attempted_at = $5
     WHERE team_id = $1 AND channel_id = $2 AND week_start = $3 AND status = 'posting' AND claim_token = $4`,
    [teamId, channelId, weekStart, token, at],
  );
}

/** The week may or may not have been posted (Slack never answered): no run posts it again. */
export async function markWeekUnconfirmed(
  db: Queryable,
  teamId: string,
  channelId: string,
  weekStart: string,
  token: string,
): Promise<void> {
  await db.query(
    `UPDATE digest_posts SET status = 'unconfirmed'
     WHERE team_id = $1 AND channel_id = $2 AND week_start = $3 AND status = 'posting' AND claim_token = $4`,
    [teamId, channelId, weekStart, token],
  );
}

export async function markWeekPosted(
  db: Queryable,
  teamId: string,
  channelId: string,
  weekStart: string,
  ts: string,
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE digest_posts SET status = 'posted', message_ts = $4, posted_at = $5 WHERE team_id = $1 AND channel_id = $2 AND week_start = $3`,
    [teamId, channelId, weekStart, ts, at],
  );
}

/** The post failed for good (the bot left the channel, …): give the week back so a later run may post. */
export async function releaseWeek(
  db: Queryable,
  teamId: string,
  channelId: string,
  weekStart: string,
  token: string,
): Promise<void> {
  await db.query(
    `DELETE FROM digest_posts WHERE team_id = $1 AND channel_id = $2 AND week_start = $3 AND status = 'posting' AND claim_token = $4`,
    [teamId, channelId, weekStart, token],
  );
}

// ---- the numbers ---------------------------------------------------------------------------------------

export interface Span {
  start: Date;
  end: Date;
}

/** Scope of a stats read: a whole team, or one rep of it. */
export interface StatsScope {
  teamId: string;
  repId?: string;
}

function repFilter(scope: StatsScope, param: number): string {
  return scope.repId === undefined ? '' : ` AND o.rep_id = $${param}`;
}

function scopeParams(scope: StatsScope): string[] {
  return scope.repId === undefined ? [scope.teamId] : [scope.teamId, scope.repId];
}

/**
 * Sent and replied for each span, over outreach sent in the span: a reply that came in a later week
 * counts for the week its outreach was sent. Spans come in order and go out in the same order.
 */
export async function countsBySpan(
  db: Queryable,
  scope: StatsScope,
  spans: Span[],
): Promise<Array<Counts & { scored: number; scoreSum: number }>> {
  const n = scopeParams(scope).length;
  const { rows } = await db.query(
    `SELECT b.i::int AS i, count(o.id)::int AS sent, count(o.replied_at)::int AS replied,
            count(o.purpose_score)::int AS scored, coalesce(sum(o.purpose_score), 0)::int AS score_sum
     FROM unnest($${n + 1}::timestamptz[], $${n + 2}::timestamptz[]) WITH ORDINALITY AS b(s, e, i)
     LEFT JOIN outreach o ON o.team_id = $1${repFilter(scope, 2)} AND o.sent_at >= b.s AND o.sent_at < b.e
     GROUP BY b.i ORDER BY b.i`,
    [...scopeParams(scope), spans.map((s) => s.start), spans.map((s) => s.end)],
  );
  return rows.map((r) => ({ sent: r.sent, replied: r.replied, scored: r.scored, scoreSum: r.score_sum }));
}

/** Sent and replied by the purpose check's verdict, over outreach sent in the span. */
export async function countsByVerdict(db: Queryable, scope: StatsScope, span: Span): Promise<Record<Verdict, Counts>> {
  const n = scopeParams(scope).length;
  const { rows } = await db.query(
    `SELECT o.verdict, count(*)::int AS sent, count(o.replied_at)::int AS replied
     FROM outreach o
     WHERE o.team_id = $1${repFilter(scope, 2)} AND o.sent_at >= $${n + 1} AND o.sent_at < $${n + 2} AND o.verdict IS NOT NULL
     GROUP BY o.verdict`,
    [...scopeParams(scope), span.start, span.end],
  );
  const result: Record<Verdict, Counts> = {
    purposeful: { sent: 0, replied: 0 },
    needs_work: { sent: 0, replied: 0 },
    boilerplate: { sent: 0, replied: 0 },
  };
  for (const r of rows) result[r.verdict as Verdict] = { sent: r.sent, replied: r.replied };
  return result;
}

/**
 * Outreach sent in the span that the purpose check did not read (no verdict), by the language it
 * was in: the messages the quality figures leave out. Language only, never a text or a name.
 */
export async function notCheckedByLang(
  db: Queryable,
  scope: StatsScope,
  span: Span,
): Promise<Array<{ lang: string | null; count: number }>> {
  const n = scopeParams(scope).length;
  const { rows } = await db.query(
    `SELECT o.lang, count(*)::int AS count FROM outreach o
     WHERE o.team_id = $1${repFilter(scope, 2)} AND o.sent_at >= $${n + 1} AND o.sent_at < $${n + 2} AND o.verdict IS NULL
     GROUP BY o.lang`,
    [...scopeParams(scope), span.start, span.end],
  );
  return rows.map((r) => ({ lang: r.lang, count: r.count }));
}

/** Per rep, over outreach sent in the span. Rep names come from the caller (Slack), not from here. */
export async function countsByRep(
  db: Queryable,
  teamId: string,
  span: Span,
): Promise<Array<Omit<RepWeekCounts, 'name'>>> {
  const { rows } = await db.query(
    `SELECT o.rep_id, count(*)::int AS sent, count(o.replied_at)::int AS replied
     FROM outreach o WHERE o.team_id = $1 AND o.sent_at >= $2 AND o.sent_at < $3
     GROUP BY o.rep_id ORDER BY o.rep_id`,
    [teamId, span.start, span.end],
  );
  return rows.map((r) => ({ repId: r.rep_id, sent: r.sent, replied: r.replied }));
}

/** Boilerplate count over outreach sent in the span. */
export async function boilerplateCount(db: Queryable, scope: StatsScope, span: Span): Promise<number> {
  const n = scopeParams(scope).length;
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM outreach o
     WHERE o.team_id = $1${repFilter(scope, 2)} AND o.sent_at >= $${n + 1} AND o.sent_at < $${n + 2} AND o.verdict = 'boilerplate'`,
    [...scopeParams(scope), span.start, span.end],
  );
  return rows[0].n;
}

/** How often each finding of the purpose check came up in outreach sent in the span, most frequent first. */
export async function findingCounts(
  db: Queryable,
  scope: StatsScope,
  span: Span,
  limit = 5,
): Promise<Array<{ code: string; count: number }>> {
  const n = scopeParams(scope).length;
  const { rows } = await db.query(
    `SELECT f->>'code' AS code, count(*)::int AS count
     FROM outreach o, jsonb_array_elements(o.findings) AS f
     WHERE o.team_id = $1${repFilter(scope, 2)} AND o.sent_at >= $${n + 1} AND o.sent_at < $${n + 2} AND f ? 'code'
     GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $${n + 3}`,
    [...scopeParams(scope), span.start, span.end, limit],
  );
  return rows.map((r) => ({ code: r.code, count: r.count }));
}

/** Follow-ups due in the span that still mattered (not cancelled by a reply, a close or a new plan). */
export async function followUpsDue(db: Queryable, scope: StatsScope, span: Span): Promise<FollowUpDue[]> {
  const n = scopeParams(scope).length;
  const { rows } = await db.query(
    `SELECT o.rep_id, o.due_at, o.acted_at FROM followups o
     WHERE o.team_id = $1${repFilter(scope, 2)} AND o.due_at >= $${n + 1} AND o.due_at < $${n + 2} AND o.status <> 'cancelled'`,
    [...scopeParams(scope), span.start, span.end],
  );
  return rows.map((r) => ({ repId: r.rep_id, dueAt: r.due_at, actedAt: r.acted_at }));
}

/**
 * A rep's follow-ups for the App Home, soonest first, one per outreach still awaiting a reply: the
 * planned one, or the last reminder the rep has not acted on yet. `total` counts them all.
 */
export async function repFollowUps(
  db: Queryable,
  teamId: string,
  repId: string,
  limit: number,
): Promise<{
  items: Array<{ outreachId: string; prospectName: string; channel: Channel; dueAt: Date; step: number }>;
  total: number;
}> {
  const { rows } = await db.query(
    `WITH latest AS (
       SELECT DISTINCT ON (f.outreach_id) f.outreach_id, f.due_at, f.step
       FROM followups f
       WHERE f.team_id = $1 AND f.rep_id = $2 AND f.status IN ('pending', 'sending', 'reminded') AND f.acted_at IS NULL
       ORDER BY f.outreach_id, f.step DESC, f.id DESC
     )
     SELECT l.outreach_id::text, o.prospect_name, o.channel, l.due_at, l.step, count(*) OVER () AS total
     FROM latest l JOIN outreach o ON o.team_id = $1 AND o.id = l.outreach_id
     WHERE o.status = 'sent'
     ORDER BY l.due_at, l.outreach_id LIMIT $3`,
    [teamId, repId, limit],
  );
  return {
    items: rows.map((r) => ({
      outreachId: r.outreach_id,
      prospectName: r.prospect_name,
      channel: r.channel,
      dueAt: r.due_at,
      step: Number(r.step),
    })),
    total: rows.length > 0 ? Number(rows[0].total) : 0,
  };
}
