import { isValidTimeZone } from '../domain/time-zone';
import { parseCadence, parseHolidays, parseReminderTime, parseWeekendDays } from '../domain/cadence';
import {
  DEFAULT_RETENTION_DAYS,
  getTeamSettings,
  MAX_RETENTION_DAYS,
  MIN_RETENTION_DAYS,
  saveTeamSettings,
  type TeamSettings,
} from '../store/team-settings';
import { PooledService, type ServiceOptions } from './service';

export interface SettingsAnswers {
  timezone?: string;
  weekendDays?: string;
  holidays?: string;
  reminderTime?: string;
  cadence?: string;
  showRepNames?: string;
  retentionDays?: string;
  /** Picked in a users select, so already Slack user ids. */
  managerIds?: string[];
}

/** `/outreach settings`: the workspace's follow-up calendar and privacy, changed by its admins. */
export class SettingsService extends PooledService<ServiceOptions> {
  get(teamId: string): Promise<TeamSettings> {
    return getTeamSettings(this.pool, teamId);
  }

  /** Workspace admins change the settings (see PooledService.isAdmin). */
  mayChange(userId: string): Promise<boolean> {
    return this.isAdmin(userId);
  }

  /** Reads the modal's answers; field errors in words, or the settings to save. */
  review(answers: SettingsAnswers): { errors: Record<string, string> } | { settings: TeamSettings } {
    const errors: Record<string, string> = {};
    const timezone = answers.timezone?.trim() || null;
    if (timezone && !isValidTimeZone(timezone))
      errors.timezone = 'Use a time zone name such as Europe/Berlin or America/New_York.';
    const weekend = parseWeekendDays(answers.weekendDays ?? 'sat, sun');
    if (!weekend.ok) errors.weekendDays = weekend.error;
    const holidays = parseHolidays(answers.holidays ?? '');
    if (!holidays.ok) errors.holidays = holidays.error;
    const time = parseReminderTime(answers.reminderTime ?? '09:30');
    if (!time.ok) errors.reminderTime = time.error;
    const cadence = parseCadence(answers.cadence ?? '3, 7');
    if (!cadence.ok) errors.cadence = cadence.error;
    const retentionText = (answers.retentionDays ?? String(DEFAULT_RETENTION_DAYS)).replace(/[,_\s]/g, '');
    const retentionDays = /^\d{1,5}$/.test(retentionText) ? Number(retentionText) : NaN;
    if (!(retentionDays >= MIN_RETENTION_DAYS && retentionDays <= MAX_RETENTION_DAYS)) {
      errors.retentionDays = `A number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS.toLocaleString('en-US')}, e.g. 365.`;
    }
    if (Object.keys(errors).length > 0 || !weekend.ok || !holidays.ok || !time.ok || !cadence.ok) return { errors };
    return {
      settings: {
        timezone,
        weekendDays: weekend.value,
        holidays: holidays.value,
        reminderTime: time.value,
        cadenceDays: cadence.value,
        showRepNames: answers.showRepNames !== 'hide',
        retentionDays,
        managerIds: [...new Set(answers.managerIds ?? [])].slice(0, 100),
      },
    };
  }

  async save(teamId: string, userId: string, settings: TeamSettings): Promise<boolean> {
    if (!(await this.mayChange(userId))) return false;
    await saveTeamSettings(this.pool, teamId, settings, userId);
    return true;
  }
}
