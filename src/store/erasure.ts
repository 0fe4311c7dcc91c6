import type { PoolClient } from 'pg';
import { FINDINGS_WITHOUT_WORDS } from './retention';

type Queryable = PoolClient;

/** Who to erase: a prospect as typed (their name, or their profile URL), in one rep's or every rep's outreach. */
export interface ProspectMatch {
  teamId: string;
  /** Only this rep's outreach; null for the whole workspace (an admin). */
  repId: string | null;
  name: string;
  url: string | null;
}

const MATCH = `team_id = $1 AND ($2::text IS NULL OR rep_id = $2) AND erased_at IS NULL
  AND (lower(prospect_name) = lower($3) OR ($4::text IS NOT NULL AND prospect_url = $4))`;

export interface ProspectTraces {
  outreach: number;
  /** Of those, written by other reps (only an admin's erase touches them). */
  byOthers: number;
  followUps: number;
  messages: number;
}

/** What an erase of this prospect would touch, for the confirm modal (with `byOthers` counted across the workspace). */
export async function countProspect(
  db: import('pg').Pool,
  m: ProspectMatch,
  askingRep: string,
): Promise<ProspectTraces> {
  const { rows } = await db.query(
    `WITH m AS (SELECT id, rep_id, (sent_text IS NOT NULL OR draft_text IS NOT NULL) AS has_text FROM outreach WHERE ${MATCH})
     SELECT (SELECT count(*) FROM m)::int AS outreach, (SELECT count(*) FROM m WHERE rep_id <> $5)::int AS by_others,
       (SELECT count(*) FROM m WHERE has_text)::int AS messages,
       (SELECT count(*) FROM followups f JOIN m ON f.outreach_id = m.id WHERE f.team_id = $1)::int AS followups`,
    [m.teamId, m.repId, m.name, m.url, askingRep],
  );
  const r = rows[0] ?? {};
  return {
    outreach: Number(r.outreach ?? 0),
    byOthers: Number(r.by_others ?? 0),
    followUps: Number(r.followups ?? 0),
    messages: Number(r.messages ?? 0),
  };
}

export interface ErasedProspect {
  outreach: number;
  followUps: number;
  events: number;
  /** Follow-ups that may still have a job in the queue, with their current due time. */
  openFollowUps: Array<{ id: string; dueAt: Date }>;
  /** Every follow-up id of the erased outreach (jobs for earlier due times carry these). */
  followUpIds: string[];
}

/**
 * Anonymises the prospect's outreach in one transaction: name, company, role, URL and every text go,
 * follow-ups go, events keep only their kind and date. The row stays as an anonymous count (sent,
 * replied, verdict, score), so the team's numbers for past weeks stay right. Outreach still open is
 * closed, so nothing reminds anyone about a person who is no longer there.
 */
export async function eraseProspect(db: Queryable, m: ProspectMatch, now: Date): Promise<ErasedProspect> {
  const { rows: ids } = await db.query(`SELECT id FROM outreach WHERE ${MATCH} ORDER BY id FOR UPDATE`, [
    m.teamId,
    m.repId,
    m.name,
    m.url,
  ]);
  const outreachIds = ids.map((r) => String(r.id));
  if (outreachIds.length === 0) return { outreach: 0, followUps: 0, events: 0, openFollowUps: [], followUpIds: [] };
  const { rows: followUps } = await db.query(
    `DELETE FROM followups WHERE team_id = $1 AND outreach_id = ANY($2::bigint[]) RETURNING id::text, due_at, status`,
    [m.teamId, outreachIds],
  );
  const events = await db.query(
    `UPDATE outreach_events SET detail = '{}' WHERE team_id = $1 AND outreach_id = ANY($2::bigint[])`,
    [m.teamId, outreachIds],
  );
  await db.query(
    `UPDATE outreach o SET prospect_name = 'Erased prospect', prospect_company = NULL, prospect_role = NULL, prospect_url = NULL,
       who_i_am = NULL, how_known = NULL, why_you = NULL, whats_in_it = NULL, the_ask = NULL, draft_text = NULL,
       sent_text = NULL, followup_draft = NULL, findings = ${FINDINGS_WITHOUT_WORDS}, dm_channel = NULL, dm_ts = NULL,
       status = CASE status WHEN 'drafted' THEN 'discarded' WHEN 'sent' THEN 'closed' ELSE status END,
       closed_at = CASE WHEN status = 'sent' THEN $3 ELSE closed_at END,
       erased_at = $3, updated_at = $3
     WHERE team_id = $1 AND id = ANY($2::bigint[])`,
    [m.teamId, outreachIds, now],
  );
  return {
    outreach: outreachIds.length,
    followUps: followUps.length,
    events: events.rowCount ?? 0,
    openFollowUps: followUps
      .filter((f) => f.status === 'pending' || f.status === 'sending')
      .map((f) => ({ id: f.id as string, dueAt: f.due_at as Date })),
    followUpIds: followUps.map((f) => f.id as string),
  };
}

/** How long one statement of a workspace's purge may run (ms). */
export const PURGE_STATEMENT_TIMEOUT_MS = 30 * 60 * 1000;

/** The tables the purge knows, children first; any other table with a team_id column follows them. */
const KNOWN_TEAM_TABLES = [
  'followups',
  'outreach_events',
  'outreach',
  'digest_posts',
  'digest_subscriptions',
  'rep_profiles',
  'team_settings',
];
/** Records of what was done, with no personal data: they outlive the purge. */
const AUDIT_TABLES = ['erasures', 'team_uninstalls', 'retention_runs'];

export interface PurgedTeam {
  outreach: number;
  followUps: number;
  events: number;
  other: number;
}

/**
 * Deletes every row of a workspace (after uninstall): the known tables first, then any table added
 * since that carries a team_id, so a new table cannot be forgotten here.
 */
export async function purgeTeam(db: Queryable, teamId: string): Promise<PurgedTeam> {
  // A large workspace's deletes may outlast the worker's statement timeout; this transaction gets a
  // longer one of its own (its lock waits stay bounded by the pool's lock_timeout).
  await db.query(`SET LOCAL statement_timeout = ${PURGE_STATEMENT_TIMEOUT_MS}`);
  const { rows } = await db.query(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'team_id' AND NOT (table_name = ANY($1::text[]))`,
    [AUDIT_TABLES],
  );
  const present = new Set(rows.map((r) => r.table_name as string));
  const tables = [
    ...KNOWN_TEAM_TABLES.filter((t) => present.has(t)),
    ...[...present].filter((t) => !KNOWN_TEAM_TABLES.includes(t)).sort(),
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rowCount } = await db.query(`DELETE FROM "${table.replace(/"/g, '""')}" WHERE team_id = $1`, [teamId]);
    counts[table] = rowCount ?? 0;
  }
  const main = (counts.outreach ?? 0) + (counts.followups ?? 0) + (counts.outreach_events ?? 0);
  return {
    outreach: counts.outreach ?? 0,
    followUps: counts.followups ?? 0,
    events: counts.outreach_events ?? 0,
    other: Object.values(counts).reduce((a, b) => a + b, 0) - main,
  };
}

export async function recordErasure(
  db: Queryable,
  e: {
    teamId: string;
    requestedBy: string | null;
    scope: 'rep' | 'workspace' | 'team';
    outreach: number;
    followUps: number;
    events: number;
    other?: number;
    jobsRemoved: number;
    at: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO erasures (team_id, requested_by, scope, outreach_rows, followup_rows, event_rows, other_rows, jobs_removed, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [e.teamId, e.requestedBy, e.scope, e.outreach, e.followUps, e.events, e.other ?? 0, e.jobsRemoved, e.at],
  );
}

// ---- uninstalls ------------------------------------------------------------------------------------

export interface Uninstall {
  teamId: string;
  purgeAfter: Date;
}

/** Records an uninstall; a second event for the same workspace (both events arrive) keeps the first time. */
export async function recordUninstall(
  db: import('pg').Pool,
  teamId: string,
  reason: 'app_uninstalled' | 'tokens_revoked',
  now: Date,
  purgeAfter: Date,
): Promise<Uninstall> {
  const { rows } = await db.query(
    `INSERT INTO team_uninstalls (team_id, reason, uninstalled_at, purge_after) VALUES ($1, $2, $3, $4)
     ON CONFLICT (team_id) DO UPDATE SET reason = EXCLUDED.reason, uninstalled_at = EXCLUDED.uninstalled_at,
       purge_after = EXCLUDED.purge_after, reinstalled_at = NULL, purged_at = NULL
       WHERE team_uninstalls.reinstalled_at IS NOT NULL OR team_uninstalls.purged_at IS NOT NULL
     RETURNING team_id, purge_after`,
    [teamId, reason, now, purgeAfter],
  );
  if (rows[0]) return { teamId, purgeAfter: rows[0].purge_after };
  const { rows: existing } = await db.query(`SELECT purge_after FROM team_uninstalls WHERE team_id = $1`, [teamId]);
  return { teamId, purgeAfter: existing[0].purge_after };
}

/** The workspace is back: its data stays. True when it had been uninstalled and not yet purged. */
export async function markReinstalled(db: import('pg').Pool, teamId: string, now: Date): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE team_uninstalls SET reinstalled_at = $2 WHERE team_id = $1 AND reinstalled_at IS NULL AND purged_at IS NULL`,
    [teamId, now],
  );
  return (rowCount ?? 0) > 0;
}

/** Locks the uninstall row: the purge runs only if the workspace is still gone. */
export async function claimPurge(db: Queryable, teamId: string, now: Date): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM team_uninstalls WHERE team_id = $1 AND reinstalled_at IS NULL AND purged_at IS NULL AND purge_after <= $2 FOR UPDATE`,
    [teamId, now],
  );
  return rows.length > 0;
}

export async function markPurged(db: Queryable, teamId: string, now: Date): Promise<void> {
  await db.query(`UPDATE team_uninstalls SET purged_at = $2 WHERE team_id = $1`, [teamId, now]);
}

/** Workspaces waiting for their purge (for the reconciler). */
export async function pendingPurges(db: import('pg').Pool): Promise<Uninstall[]> {
  const { rows } = await db.query(
    `SELECT team_id, purge_after FROM team_uninstalls WHERE reinstalled_at IS NULL AND purged_at IS NULL ORDER BY purge_after`,
  );
  return rows.map((r) => ({ teamId: r.team_id, purgeAfter: r.purge_after }));
}

/** Workspaces that removed the app and have not come back: no reminders or digests for them. */
export async function isUninstalled(db: import('pg').Pool, teamId: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM team_uninstalls WHERE team_id = $1 AND reinstalled_at IS NULL AND purged_at IS NULL`,
    [teamId],
  );
  return rows.length > 0;
}

/** What forgetting a prospect would remove, shown before the rep confirms. */
export interface ErasurePreview {
  prospectName: string;
  /** The rep's own outreach to this prospect. */
  mine: ProspectTraces;
  /** Everyone's, when the rep is an admin (who may erase across the workspace); null otherwise. */
  workspace: ProspectTraces | null;
}
