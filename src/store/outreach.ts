import type { Channel, Finding, Verdict } from '../domain/purpose-check';
import type { Queryable } from './pool';

export type OutreachStatus = 'drafted' | 'sent' | 'replied' | 'closed' | 'discarded';
export type Outcome = 'positive' | 'neutral' | 'not_interested' | 'no_reply';

export interface Outreach {
  id: string;
  teamId: string;
  repId: string;
  prospectName: string;
  prospectCompany: string | null;
  prospectRole: string | null;
  prospectUrl: string | null;
  channel: Channel;
  whoIAm: string | null;
  howKnown: string | null;
  whyYou: string | null;
  whatsInIt: string | null;
  theAsk: string | null;
  draftText: string | null;
  sentText: string | null;
  purposeScore: number | null;
  verdict: Verdict | null;
  findings: Finding[];
  status: OutreachStatus;
  outcome: Outcome | null;
  dmChannel: string | null;
  dmTs: string | null;
  createdAt: Date;
  sentAt: Date | null;
  repliedAt: Date | null;
  closedAt: Date | null;
}

const COLUMNS = `id::text, team_id, rep_id, prospect_name, prospect_company, prospect_role, prospect_url, channel,
  who_i_am, how_known, why_you, whats_in_it, the_ask, draft_text, sent_text, purpose_score, verdict, findings,
  status, outcome, dm_channel, dm_ts, created_at, sent_at, replied_at, closed_at`;

function toOutreach(row: Record<string, unknown>): Outreach {
  return {
    id: row.id as string,
    teamId: row.team_id as string,
    repId: row.rep_id as string,
    prospectName: row.prospect_name as string,
    prospectCompany: row.prospect_company as string | null,
    prospectRole: row.prospect_role as string | null,
    prospectUrl: row.prospect_url as string | null,
    channel: row.channel as Channel,
    whoIAm: row.who_i_am as string | null,
    howKnown: row.how_known as string | null,
    whyYou: row.why_you as string | null,
    whatsInIt: row.whats_in_it as string | null,
    theAsk: row.the_ask as string | null,
    draftText: row.draft_text as string | null,
    sentText: row.sent_text as string | null,
    purposeScore: row.purpose_score as number | null,
    verdict: row.verdict as Verdict | null,
    findings: (row.findings as Finding[]) ?? [],
    status: row.status as OutreachStatus,
    outcome: row.outcome as Outcome | null,
    dmChannel: row.dm_channel as string | null,
    dmTs: row.dm_ts as string | null,
    createdAt: row.created_at as Date,
    sentAt: row.sent_at as Date | null,
    repliedAt: row.replied_at as Date | null,
    closedAt: row.closed_at as Date | null,
  };
}

export interface ProspectFields {
  prospectName: string;
  prospectCompany?: string | null;
  prospectRole?: string | null;
  prospectUrl?: string | null;
  channel: Channel;
}

export interface DraftParts {
  whoIAm: string;
  howKnown?: string | null;
  whyYou: string;
  whatsInIt: string;
  theAsk: string;
}

export interface CheckOutcome {
  /** Both null for a message in a language the check does not read: it stays out of quality figures. */
  purposeScore: number | null;
  verdict: Verdict | null;
  findings: Finding[];
  /** The language the check read the message in, or the one it could not read (ISO 639-1); null if unknown. */
  lang: string | null;
}

export interface NewOutreach extends ProspectFields, CheckOutcome, Partial<DraftParts> {
  teamId: string;
  repId: string;
  sourceKey: string;
  status: 'drafted' | 'sent';
  draftText?: string | null;
  sentText?: string | null;
  sentAt?: Date | null;
}

/**
 * Inserts once per source key (a modal submission, a shortcut on a message). A retried delivery or
 * a double submit finds the row that is already there: `created` tells the caller which it was.
 */
export async function insertOutreach(db: Queryable, o: NewOutreach): Promise<{ outreach: Outreach; created: boolean }> {
  const inserted = await db.query(
    `INSERT INTO outreach (team_id, rep_id, prospect_name, prospect_company, prospect_role, prospect_url, channel,
       who_i_am, how_known, why_you, whats_in_it, the_ask, draft_text, sent_text, purpose_score, verdict, findings,
       status, sent_at, source_key, lang)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)
     ON CONFLICT (team_id, source_key) DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      o.teamId,
      o.repId,
      o.prospectName,
      o.prospectCompany ?? null,
      o.prospectRole ?? null,
      o.prospectUrl ?? null,
      o.channel,
      o.whoIAm ?? null,
      o.howKnown ?? null,
      o.whyYou ?? null,
      o.whatsInIt ?? null,
      o.theAsk ?? null,
      o.draftText ?? null,
      o.sentText ?? null,
      o.purposeScore,
      o.verdict,
      JSON.stringify(o.findings),
      o.status,
      o.status === 'sent' ? (o.sentAt ?? new Date()) : null,
      o.sourceKey,
      o.lang,
    ],
  );
  if (inserted.rows[0]) return { outreach: toOutreach(inserted.rows[0]), created: true };
  const existing = await db.query(`SELECT ${COLUMNS} FROM outreach WHERE team_id = $1 AND source_key = $2`, [
    o.teamId,
    o.sourceKey,
  ]);
  return { outreach: toOutreach(existing.rows[0]), created: false };
}

export async function getOutreach(
  db: Queryable,
  teamId: string,
  id: string,
  forUpdate = false,
): Promise<Outreach | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM outreach WHERE team_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [teamId, id],
  );
  return rows[0] ? toOutreach(rows[0]) : null;
}

/** Rewrites a draft the rep edited; only a draft, and only the rep's own. */
export async function updateDraft(
  db: Queryable,
  key: { teamId: string; repId: string; id: string },
  fields: ProspectFields & DraftParts & CheckOutcome & { draftText: string },
): Promise<Outreach | null> {
  const { rows } = await db.query(
    `UPDATE outreach SET prospect_name = $4, prospect_company = $5, prospect_role = $6, prospect_url = $7, channel = $8,
       who_i_am = $9, how_known = $10, why_you = $11, whats_in_it = $12, the_ask = $13, draft_text = $14,
       purpose_score = $15, verdict = $16, findings = $17, lang = $18, updated_at = now()
     WHERE team_id = $1 AND rep_id = $2 AND id = $3 AND status = 'drafted'
     RETURNING ${COLUMNS}`,
    [
      key.teamId,
      key.repId,
      key.id,
      fields.prospectName,
      fields.prospectCompany ?? null,
      fields.prospectRole ?? null,
      fields.prospectUrl ?? null,
      fields.channel,
      fields.whoIAm,
      fields.howKnown ?? null,
      fields.whyYou,
      fields.whatsInIt,
      fields.theAsk,
      fields.draftText,
      fields.purposeScore,
      fields.verdict,
      JSON.stringify(fields.findings),
      fields.lang,
    ],
  );
  return rows[0] ? toOutreach(rows[0]) : null;
}

/** drafted → sent, once: a second click finds nothing to change and returns null. */
export async function markSent(
  db: Queryable,
  key: { teamId: string; repId: string; id: string },
  fields: CheckOutcome & { sentText: string; sentAt: Date },
): Promise<Outreach | null> {
  const { rows } = await db.query(
    `UPDATE outreach SET status = 'sent', sent_text = $4, sent_at = $5, purpose_score = $6, verdict = $7, findings = $8,
       lang = $9, updated_at = now()
     WHERE team_id = $1 AND rep_id = $2 AND id = $3 AND status = 'drafted'
     RETURNING ${COLUMNS}`,
    [
      key.teamId,
      key.repId,
      key.id,
      fields.sentText,
      fields.sentAt,
      fields.purposeScore,
      fields.verdict,
      JSON.stringify(fields.findings),
      fields.lang,
    ],
  );
  return rows[0] ? toOutreach(rows[0]) : null;
}

export async function discardDraft(
  db: Queryable,
  key: { teamId: string; repId: string; id: string },
): Promise<Outreach | null> {
  const { rows } = await db.query(
    `UPDATE outreach SET status = 'discarded', updated_at = now()
     WHERE team_id = $1 AND rep_id = $2 AND id = $3 AND status = 'drafted'
     RETURNING ${COLUMNS}`,
    [key.teamId, key.repId, key.id],
  );
  return rows[0] ? toOutreach(rows[0]) : null;
}

export async function setDirectMessage(
  db: Queryable,
  key: { teamId: string; id: string },
  dm: { channel: string; ts: string },
): Promise<void> {
  await db.query('UPDATE outreach SET dm_channel = $3, dm_ts = $4 WHERE team_id = $1 AND id = $2', [
    key.teamId,
    key.id,
    dm.channel,
    dm.ts,
  ]);
}

/** What a list of open outreach shows: no message texts, no findings. */
export type OpenOutreach = Pick<
  Outreach,
  'id' | 'prospectName' | 'prospectCompany' | 'channel' | 'status' | 'createdAt' | 'sentAt'
>;

/**
 * The rep's outreach that is still in play (drafted or awaiting a reply), newest first. Only the
 * columns a list shows: this runs right after an ack, and reading every draft and its findings for
 * it slowed the acks of other requests waiting on the same event loop.
 */
export async function listOpenOutreach(
  db: Queryable,
  teamId: string,
  repId: string,
  limit: number,
): Promise<{ items: OpenOutreach[]; total: number }> {
  // The busiest read (`/outreach list`, answered inside the ack): prepared once per connection (`name`),
  // so Postgres does not parse and plan it each time, and the times come as epoch milliseconds, which
  // pg reads as plain numbers (its timestamptz parser was 3% of the bot's CPU under load).
  const { rows } = await db.query({
    name: 'list-open-outreach',
    text: `SELECT id::text, prospect_name, prospect_company, channel, status,
       (extract(epoch FROM created_at) * 1000)::float8 AS created_ms,
       (extract(epoch FROM sent_at) * 1000)::float8 AS sent_ms,
       count(*) OVER () AS total FROM outreach
     WHERE team_id = $1 AND rep_id = $2 AND status IN ('drafted', 'sent')
     ORDER BY coalesce(sent_at, created_at) DESC, id DESC
     LIMIT $3`,
    values: [teamId, repId, limit],
  });
  return {
    items: rows.map((r) => ({
      id: r.id as string,
      prospectName: r.prospect_name as string,
      prospectCompany: r.prospect_company as string | null,
      channel: r.channel as Channel,
      status: r.status as OutreachStatus,
      createdAt: new Date(r.created_ms as number),
      sentAt: r.sent_ms === null ? null : new Date(r.sent_ms as number),
    })),
    total: rows[0] ? Number(rows[0].total) : 0,
  };
}

export interface Sameness {
  /** How alike the closest earlier message is, 0..1. */
  similarity: number;
  byRep: number;
  byTeam: number;
}

/**
 * Earlier messages of the team, sent in the last `days`, that read almost the same as `text`
 * (trigram similarity ≥ threshold). The `%` operator lets the trigram index narrow the search first.
 */
export async function findSimilarSent(
  db: Queryable,
  q: { teamId: string; repId: string; text: string; excludeId?: string; threshold: number; days: number; now: Date },
): Promise<Sameness> {
  const { rows } = await db.query(
    `SELECT coalesce(max(sim), 0)::float AS similarity,
            count(*) FILTER (WHERE rep_id = $2)::int AS by_rep,
            count(*)::int AS by_team
     FROM (
       SELECT rep_id, similarity(sent_text, $3) AS sim
       FROM outreach
       WHERE team_id = $1 AND sent_text IS NOT NULL AND sent_text % $3
         AND sent_at > $6::timestamptz - make_interval(days => $5)
         AND ($4::bigint IS NULL OR id <> $4::bigint)
     ) candidates
     WHERE sim >= $7`,
    [q.teamId, q.repId, q.text, q.excludeId ?? null, q.days, q.now, q.threshold],
  );
  const row = rows[0] ?? { similarity: 0, by_rep: 0, by_team: 0 };
  return { similarity: Number(row.similarity), byRep: row.by_rep, byTeam: row.by_team };
}

/** The rep's outreach awaiting a reply to a prospect of that name (exact first, then partial). */
export async function findAwaitingByProspect(
  db: Queryable,
  teamId: string,
  repId: string,
  name: string,
  limit: number,
): Promise<Outreach[]> {
  const { rows } = await db.query(
    `SELECT ${COLUMNS} FROM outreach
     WHERE team_id = $1 AND rep_id = $2 AND status = 'sent'
       AND (lower(prospect_name) = lower($3) OR prospect_name ILIKE '%' || $4 || '%' ESCAPE '\\')
     ORDER BY (lower(prospect_name) = lower($3)) DESC, sent_at DESC
     LIMIT $5`,
    [teamId, repId, name, name.replace(/[\\%_]/g, (c) => `\\${c}`), limit],
  );
  return rows.map(toOutreach);
}

/**
 * Locks outreach rows until the transaction ends, in id order (no deadlocks), and returns the ones
 * still awaiting a reply. The worker recording a reminder and a rep's click on the same outreach take
 * this first, so one waits for the other and then sees what it did (READ COMMITTED reads anew).
 */
export async function lockAwaiting(db: Queryable, teamId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await db.query(
    `SELECT id::text, status FROM outreach WHERE team_id = $1 AND id = ANY($2::bigint[]) ORDER BY id FOR UPDATE`,
    [teamId, ids],
  );
  return new Set(rows.filter((r) => r.status === 'sent').map((r) => r.id as string));
}
