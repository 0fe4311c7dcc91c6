import type { Readable } from 'node:stream';
import type { Pool } from 'pg';
import QueryStream from 'pg-query-stream';

export interface ExportScope {
  teamId: string;
  /** One rep's rows only; null for the whole team. */
  repId: string | null;
  /** Outreach drafted or logged from `from` (inclusive) to `until` (exclusive). */
  from: Date;
  until: Date;
}

/** The CSV's columns, in order, as the header names them. */
export const EXPORT_COLUMNS = [
  'outreach_id',
  'rep_id',
  'prospect_name',
  'prospect_company',
  'prospect_role',
  'prospect_url',
  'channel',
  'status',
  'outcome',
  'verdict',
  'purpose_score',
  'created_at',
  'sent_at',
  'replied_at',
  'closed_at',
  'follow_ups_reminded',
  'sent_text',
] as const;

const EXPORT_SQL = `
  SELECT o.id::text AS outreach_id, o.rep_id, o.prospect_name, o.prospect_company, o.prospect_role, o.prospect_url, o.channel,
    o.status, o.outcome, o.verdict, o.purpose_score, o.created_at, o.sent_at, o.replied_at, o.closed_at,
    (SELECT count(*) FROM followups f WHERE f.team_id = o.team_id AND f.outreach_id = o.id AND f.reminded_at IS NOT NULL)::int AS follow_ups_reminded,
    o.sent_text
  FROM outreach o
  WHERE o.team_id = $1 AND ($2::text IS NULL OR o.rep_id = $2) AND o.created_at >= $3 AND o.created_at < $4
    AND o.status <> 'discarded'
  ORDER BY o.created_at, o.id`;

/**
 * The rows of an export as an object stream, read through a server-side cursor a batch at a time:
 * however many rows match, only one batch is in memory. `release` must be called when the stream
 * ends or fails (it returns the connection to the pool).
 */
export async function streamExport(
  pool: Pool,
  scope: ExportScope,
  batchSize = 500,
): Promise<{ rows: Readable; release: (err?: Error) => void }> {
  const client = await pool.connect();
  const stream = client.query(
    new QueryStream(EXPORT_SQL, [scope.teamId, scope.repId, scope.from, scope.until], { batchSize }),
  );
  let released = false;
  return {
    rows: stream,
    release: (err) => {
      if (released) return;
      released = true;
      client.release(err);
    },
  };
}
