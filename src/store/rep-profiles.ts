import type { Queryable } from './pool';

export interface RepProfile {
  whoIAm: string | null;
  timezone: string | null;
  timezoneCheckedAt: Date | null;
  awayUntil: string | null;
}

export async function getRepProfile(db: Queryable, teamId: string, repId: string): Promise<RepProfile | null> {
  const { rows } = await db.query(
    `SELECT who_i_am, timezone, timezone_checked_at, to_char(away_until, 'YYYY-MM-DD') AS away_until
     FROM rep_profiles WHERE team_id = $1 AND rep_id = $2`,
    [teamId, repId],
  );
  const r = rows[0];
  return r
    ? { whoIAm: r.who_i_am, timezone: r.timezone, timezoneCheckedAt: r.timezone_checked_at, awayUntil: r.away_until }
    : null;
}

/** "Who are you?" is asked once: the next draft starts from the last answer. */
export async function rememberWhoIAm(db: Queryable, teamId: string, repId: string, whoIAm: string): Promise<void> {
  await db.query(
    `INSERT INTO rep_profiles (team_id, rep_id, who_i_am) VALUES ($1, $2, $3)
     ON CONFLICT (team_id, rep_id) DO UPDATE SET who_i_am = EXCLUDED.who_i_am, updated_at = now()`,
    [teamId, repId, whoIAm],
  );
}

/** The rep's time zone as Slack's users.info told it, kept so reminders need no Slack call. */
export async function rememberTimezone(
  db: Queryable,
  teamId: string,
  repId: string,
  timezone: string,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO rep_profiles (team_id, rep_id, timezone, timezone_checked_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (team_id, rep_id) DO UPDATE SET timezone = EXCLUDED.timezone, timezone_checked_at = EXCLUDED.timezone_checked_at, updated_at = now()`,
    [teamId, repId, timezone, at],
  );
}

export async function setAwayUntil(db: Queryable, teamId: string, repId: string, until: string | null): Promise<void> {
  await db.query(
    `INSERT INTO rep_profiles (team_id, rep_id, away_until) VALUES ($1, $2, $3)
     ON CONFLICT (team_id, rep_id) DO UPDATE SET away_until = EXCLUDED.away_until, updated_at = now()`,
    [teamId, repId, until],
  );
}
