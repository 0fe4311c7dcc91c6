import { DEFAULT_TEAM_CALENDAR, type TeamCalendar } from '../domain/cadence';
import type { Queryable } from './pool';

export interface TeamSettings extends TeamCalendar {
  timezone: string | null;
  showRepNames: boolean;
}

export function defaultTeamSettings(): TeamSettings {
  return { ...DEFAULT_TEAM_CALENDAR, weekendDays: [...DEFAULT_TEAM_CALENDAR.weekendDays], holidays: [], cadenceDays: [...DEFAULT_TEAM_CALENDAR.cadenceDays], timezone: null, showRepNames: true };
}

/** A workspace that never opened `/outreach settings` gets the defaults. */
export async function getTeamSettings(db: Queryable, teamId: string): Promise<TeamSettings> {
  const { rows } = await db.query(
    `SELECT timezone, weekend_days, holidays, reminder_time, cadence_days, show_rep_names FROM team_settings WHERE team_id = $1`,
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
  };
}

export async function saveTeamSettings(db: Queryable, teamId: string, s: TeamSettings, updatedBy: string): Promise<void> {
  await db.query(
    `INSERT INTO team_settings (team_id, timezone, weekend_days, holidays, reminder_time, cadence_days, show_rep_names, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (team_id) DO UPDATE SET timezone = EXCLUDED.timezone, weekend_days = EXCLUDED.weekend_days,
       holidays = EXCLUDED.holidays, reminder_time = EXCLUDED.reminder_time, cadence_days = EXCLUDED.cadence_days,
       show_rep_names = EXCLUDED.show_rep_names, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [teamId, s.timezone, s.weekendDays, s.holidays, s.reminderTime, s.cadenceDays, s.showRepNames, updatedBy],
  );
}
