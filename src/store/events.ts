import type { Queryable } from './pool';

export type OutreachEventKind =
  | 'drafted'
  | 'edited'
  | 'sent'
  | 'reminded'
  | 'followed_up'
  | 'snoozed'
  | 'replied'
  | 'closed'
  | 'discarded';

/**
 * Appends to an outreach's history. The idempotency key is unique per team: a retried delivery or a
 * double click records nothing the second time, and the caller learns it (`false`).
 */
export async function recordEvent(
  db: Queryable,
  e: {
    teamId: string;
    outreachId: string;
    repId: string;
    kind: OutreachEventKind;
    idempotencyKey: string;
    detail?: object;
  },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO outreach_events (team_id, outreach_id, rep_id, kind, idempotency_key, detail)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (team_id, idempotency_key) DO NOTHING`,
    [e.teamId, e.outreachId, e.repId, e.kind, e.idempotencyKey, JSON.stringify(e.detail ?? {})],
  );
  return rowCount === 1;
}

export async function listEvents(
  db: Queryable,
  teamId: string,
  outreachId: string,
): Promise<Array<{ kind: OutreachEventKind; createdAt: Date; detail: Record<string, unknown> }>> {
  const { rows } = await db.query(
    `SELECT kind, created_at, detail FROM outreach_events WHERE team_id = $1 AND outreach_id = $2 ORDER BY id`,
    [teamId, outreachId],
  );
  return rows.map((r) => ({ kind: r.kind, createdAt: r.created_at, detail: r.detail }));
}
