import { DEFAULT_TEAM_CALENDAR, type TeamCalendar } from '../domain/cadence';
import type { Queryable } from './pool';

export interface TeamSettings extends TeamCalendar {
  timezone: string | null;
  showRepNames: boolean;
  /** Texts and profile URLs are blanked after this many days (30–3,650). */
  retentionDays: number;
  /** Slack user ids of the people who may export the whole team's outreach, besides admins. */
  managerIds: string[];
}

export const DEFAULT_RETENTION_DAYS = 365;
export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;

export function defaultTeamSettings(): TeamSettings {
  return {
    ...DEFAULT_TEAM_CALENDAR,
    weekendDays: [...DEFAULT_TEAM_CALENDAR.weekendDays],
    holidays: [],
    cadenceDays: [...DEFAULT_TEAM_CALENDAR.cadenceDays],
    timezone: null,
    showRepNames: true,
    retentionDays: DEFAULT_RETENTION_DAYS,
    managerIds: [],
  };
}

/** A workspace that never opened `/outreach settings` gets the defaults. */
export async function getTeamSettings(db: Queryable, teamId: string): Promise<TeamSettings> {
  const { rows } = await db.query(
    `SELECT timezone, weekend_days, holidays, reminder_time, cadence_days, show_rep_names, retention_days, manager_ids FROM team_settings WHERE team_id = $1`,
    [teamId],
  );
  const r = rows[0];
  if (!r) return defaultTeamSettings();
  return {
    timezone: r.timezone,
    weekendDays: r.weekend_days.map(Number),
    holidays: r.holidays,
    reminderTime: r.reminder_time,
    cadenceDays: r.cadence_days.map(Number),
    showRepNames: r.show_rep_names,
    retentionDays: Number(r.retention_days),
    managerIds: r.manager_ids,
  };
}

export async function saveTeamSettings(
  db: Queryable,
  teamId: string,
  s: TeamSettings,
  updatedBy: string,
): Promise<void> {
  await db.query(
    `INSERT INTO team_settings (team_id, timezone, weekend_days, holidays, reminder_time, cadence_days, show_rep_names, retention_days, manager_ids, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (team_id) DO UPDATE SET timezone = EXCLUDED.timezone, weekend_days = EXCLUDED.weekend_days,
       holidays = EXCLUDED.holidays, reminder_time = EXCLUDED.reminder_time, cadence_days = EXCLUDED.cadence_days,
       show_rep_names = EXCLUDED.show_rep_names, retention_days = EXCLUDED.retention_days,
       manager_ids = EXCLUDED.manager_ids, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [
      teamId,
      s.timezone,
      s.weekendDays,
      s.holidays,
      s.reminderTime,
      s.cadenceDays,
      s.showRepNames,
      s.retentionDays,
      s.managerIds,
      updatedBy,
    ],
  );
}
