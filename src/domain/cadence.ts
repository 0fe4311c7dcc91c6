// When follow-ups and reminders are due: business days, the team's weekend and holidays, the rep's
// own time zone, snoozes and away periods. Pure: the caller passes the clock (`now`, the last touch)
// and the calendar; nothing here reads the time or does I/O. luxon does all the time-zone work.
//
// Conventions, so every function reads the same way:
// - A DateTime argument is an instant. Its calendar date is always read in the rep's zone
//   (`cal.timezone`), whatever zone the DateTime itself carries, so a UTC `now` works as is.
// - Every DateTime returned is in the rep's zone. Store it with `.toJSDate()` (an instant).
// - "N business days after" a touch counts from the touch's local date, whatever the time of day:
//   the next business day is day 1. A touch late on Wednesday evening and one early on Wednesday
//   morning plan the same follow-up; a touch on a Saturday counts Monday as day 1.
// - A calendar that is broken (unknown zone, a malformed reminder time or away date, a weekend of
//   all seven days) is the caller's bug, so it throws. Text a person typed goes through the parse*
//   helpers at the bottom, which answer with a friendly error instead.
import { DateTime } from 'luxon';
import { WEEKDAYS } from './command';
import { quoted } from './echo';
import { isValidTimeZone } from './time-zone';

export interface TeamCalendar {
  /** luxon weekdays, 1 = Monday … 7 = Sunday. */
  weekendDays: number[];
  /** 'YYYY-MM-DD' dates in the team's calendar, compared with the rep's local date. */
  holidays: string[];
  /** 'HH:MM', 24-hour, the wall-clock time in the rep's zone. */
  reminderTime: string;
  /** Business-day gaps: the first follow-up comes cadenceDays[0] business days after the send, the next one cadenceDays[1] after the previous touch, and so on. */
  cadenceDays: number[];
}

export interface RepCalendar extends TeamCalendar {
  /** IANA zone, e.g. 'Europe/Berlin'. */
  timezone: string;
  /** 'YYYY-MM-DD': the rep is back on the first business day on or after this date. */
  awayUntil?: string | null;
}

// Frozen because it is shared by every team without settings: a push onto its holidays would
// otherwise leak into every other team's calendar.
export const DEFAULT_TEAM_CALENDAR: TeamCalendar = Object.freeze({
  weekendDays: Object.freeze([6, 7]) as number[],
  holidays: Object.freeze([]) as unknown as string[],
  reminderTime: '09:30',
  cadenceDays: Object.freeze([3, 7]) as number[],
});

export type SnoozeOption = '1d' | '3d' | 'next_week';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** At most this many moved follow-ups land on one day after an away period. */
export const DEFAULT_PER_DAY_AFTER_AWAY = 3;

// ---------------------------------------------------------------------------------------------
// Business days

/** Whether the date the DateTime shows (in its own zone: set the rep's zone first) is a working day for the team. */
export function isBusinessDay(localDate: DateTime, cal: TeamCalendar): boolean {
  return !cal.weekendDays.includes(localDate.weekday) && !cal.holidays.includes(localDate.toISODate() ?? '');
}

/**
 * The rep-local date `days` business days after `from`'s local date, at the same wall-clock time.
 * `days` = 0 means `from`'s date if it is a business day, else the next business day.
 */
export function addBusinessDays(from: DateTime, days: number, cal: RepCalendar): DateTime {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`addBusinessDays: days must be a whole number ≥ 0, got ${days}`);
  const local = inRepZone(from, cal);
  const day = businessDaysAfter(calendarDay(local), days, cal);
  return onDay(
    day,
    { hour: local.hour, minute: local.minute, second: local.second, millisecond: local.millisecond },
    cal,
  );
}

/**
 * The reminder time on the rep-local date of `localDate`. Built from the wall-clock time, never by
 * adding hours, so it stays 09:30 across DST changes. A reminder time that does not exist that day
 * (02:30 on a spring-forward night) moves forward by the gap, as luxon does.
 */
export function atReminderTime(localDate: DateTime, cal: RepCalendar): DateTime {
  return onDay(calendarDay(inRepZone(localDate, cal)), readReminderTime(cal), cal);
}

// ---------------------------------------------------------------------------------------------
// Follow-ups and snoozes

/**
 * When follow-up number `step` (1-based) after the last touch is due, at reminder time in the rep's
 * zone, or null once the cadence is done. Any logged touch (the send, a follow-up sent, a reply)
 * is a new `lastTouch`, so the plan always moves on from the latest one. Away periods are not
 * applied here: run the due follow-ups through `spreadAfterAway`.
 */
export function nextFollowUp(lastTouch: DateTime, step: number, cal: RepCalendar): DateTime | null {
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`nextFollowUp: step is 1-based, got ${step}`);
  const gap = cal.cadenceDays[step - 1];
  if (gap === undefined) return null;
  return atReminderTime(addBusinessDays(lastTouch, gap, cal), cal);
}

/**
 * When a snoozed reminder comes back, at reminder time: '1d' and '3d' are 1 and 3 business days
 * after `now`'s local date (so never later the same day), 'next_week' is the first business day
 * of the next working week.
 */
export function snoozeUntil(now: DateTime, option: SnoozeOption, cal: RepCalendar): DateTime {
  switch (option) {
    case '1d':
      return atReminderTime(addBusinessDays(now, 1, cal), cal);
    case '3d':
      return atReminderTime(addBusinessDays(now, 3, cal), cal);
    case 'next_week':
      return onDay(startOfNextWeek(calendarDay(inRepZone(now, cal)), cal), readReminderTime(cal), cal);
  }
}

// A working week starts after the team's weekend, not on a fixed Monday: for a Friday+Saturday
// team "next week" begins on Sunday. On a weekend day, next week is the one about to start.
function startOfNextWeek(today: DateTime, cal: RepCalendar): DateTime {
  if (cal.weekendDays.length === 0) {
    // No weekend to go by: fall back on ISO weeks, which start on Monday.
    return businessDaysAfter(today.plus({ days: 8 - today.weekday }), 0, cal);
  }
  let day = today;
  let pastWeekend = cal.weekendDays.includes(day.weekday);
  for (;;) {
    day = day.plus({ days: 1 });
    if (cal.weekendDays.includes(day.weekday)) pastWeekend = true;
    else if (pastWeekend && isBusinessDay(day, cal)) return day;
  }
}

// ---------------------------------------------------------------------------------------------
// Away periods

/**
 * The first moment a reminder may reach a rep who is away: reminder time on the first business day
 * on or after `awayUntil` ("away until Dec 28" means back on Dec 28), or null when not away.
 */
export function firstDayBack(cal: RepCalendar): DateTime | null {
  if (cal.awayUntil === undefined || cal.awayUntil === null) return null;
  const until = DateTime.fromISO(cal.awayUntil, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cal.awayUntil) || !until.isValid) {
    throw new RangeError(`firstDayBack: awayUntil must be YYYY-MM-DD, got ${JSON.stringify(cal.awayUntil)}`);
  }
  return onDay(businessDaysAfter(until, 0, cal), readReminderTime(cal), cal);
}

/**
 * Follow-ups due before the rep's first day back (by rep-local date) move to the first business
 * days back, at reminder time, at most `perDay` a day, so the rep comes back to a few a day rather
 * than a pile. Earlier due moments get earlier days; ties keep their input order. Follow-ups already
 * due on a day count towards that day's limit but never move. The result is in the input order;
 * items not affected come back as the same objects.
 *
 * Everything due before the first day back counts as missed, so pass pending follow-ups only, and
 * clear `awayUntil` once the rep is back.
 */
export function spreadAfterAway<T extends { dueAt: DateTime }>(
  items: T[],
  cal: RepCalendar,
  perDay: number = DEFAULT_PER_DAY_AFTER_AWAY,
): Array<T & { dueAt: DateTime }> {
  if (!Number.isInteger(perDay) || perDay < 1)
    throw new RangeError(`spreadAfterAway: perDay must be a whole number ≥ 1, got ${perDay}`);
  const back = firstDayBack(cal);
  const result = [...items];
  if (back === null) return result;

  const backKey = reminderDay(back, cal);
  // 'YYYY-MM-DD' strings sort as the dates they name.
  const missed = items
    .map((item, index) => ({ item, index, day: reminderDay(item.dueAt, cal) }))
    .filter(({ day }) => day < backKey);
  if (missed.length === 0) return result;
  missed.sort((a, b) => a.item.dueAt.toMillis() - b.item.dueAt.toMillis() || a.index - b.index);

  const load = new Map<string, number>();
  for (const item of items) {
    const day = reminderDay(item.dueAt, cal);
    if (day >= backKey) load.set(day, (load.get(day) ?? 0) + 1);
  }

  const time = readReminderTime(cal);
  let day = calendarDay(back);
  for (const { item, index } of missed) {
    while ((load.get(isoDate(day)) ?? 0) >= perDay) day = businessDaysAfter(day, 1, cal);
    load.set(isoDate(day), (load.get(isoDate(day)) ?? 0) + 1);
    result[index] = { ...item, dueAt: onDay(day, time, cal) };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// One reminder message per rep per morning

/**
 * The rep-local date of a reminder moment, 'YYYY-MM-DD': follow-ups with the same key go out
 * together in one morning message. Free of ':', so it can be part of a BullMQ job id.
 */
export function reminderDay(at: DateTime, cal: RepCalendar): string {
  return isoDate(inRepZone(at, cal));
}

/**
 * When the morning message for the rep-local date `day` ('YYYY-MM-DD', as from `reminderDay`)
 * goes out: the reminder time that day. Taken from today's settings, so a changed reminder time
 * applies to follow-ups planned before the change.
 */
export function morningBatchAt(day: string, cal: RepCalendar): DateTime {
  const date = DateTime.fromISO(day, { zone: 'utc' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !date.isValid)
    throw new RangeError(`morningBatchAt: day must be YYYY-MM-DD, got ${JSON.stringify(day)}`);
  return onDay(date, readReminderTime(cal), cal);
}

// ---------------------------------------------------------------------------------------------
// Settings typed by an admin

const MAX_CADENCE_STEPS = 5;
const MAX_GAP_DAYS = 30;
// A few years of public holidays fit easily; more is almost surely a paste gone wrong.
const MAX_HOLIDAYS = 366;

/** A time of day for reminders: '09:30', '9:30', '9:30am', '4pm', '4 pm', 'noon' → 'HH:MM' (24-hour). */
export function parseReminderTime(text: string): Parsed<string> {
  const example = 'Try 09:30, 9:30am or 4pm.';
  const word = text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/a\.m\.?$/, 'am')
    .replace(/p\.m\.?$/, 'pm');
  if (word === '') return fail(`What time should reminders arrive? ${example}`);
  if (word === 'noon') return { ok: true, value: '12:00' };
  if (word === 'midnight') return { ok: true, value: '00:00' };

  const match = /^(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?$/.exec(word);
  if (!match) return fail(`I can't read ${quoted(text)} as a time. ${example}`);
  const [, h = '', m, meridiem] = match;
  // A bare "9" could be morning or evening for someone used to a 12-hour clock: ask.
  if (m === undefined && meridiem === undefined)
    return fail(`Is ${quoted(text)} in the morning or the evening? ${example}`);
  let hours = Number(h);
  const minutes = m === undefined ? 0 : Number(m);
  const notATime = fail(`${quoted(text)} isn't a time of day. ${example}`);
  if (minutes > 59) return notATime;
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return notATime;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hours > 23) {
    return notATime;
  }
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
}

/** Weekend days by name: 'sat,sun', 'fri sat', 'Friday and Saturday', 'none' → luxon weekdays, sorted. */
export function parseWeekendDays(text: string): Parsed<number[]> {
  const example = 'Try sat, sun or fri, sat (or none).';
  const words = text
    .toLowerCase()
    .split(/[\s,;/&+]+/)
    .filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return fail(`Which days are the weekend? ${example}`);
  if (words.length === 1 && ['none', 'no', 'nothing'].includes(words[0] ?? '')) return { ok: true, value: [] };

  const days = new Set<number>();
  for (const word of words) {
    const day = WEEKDAYS[word.replace(/\.$/, '')];
    if (day === undefined) return fail(`I don't know the day ${quoted(word)}. ${example}`);
    days.add(day);
  }
  if (days.size === 7)
    return fail('A weekend of all seven days leaves no day for reminders. Leave at least one working day.');
  return { ok: true, value: [...days].sort((a, b) => a - b) };
}

/** Holiday dates: '2026-12-24, 2026-12-25' (commas, spaces or new lines between) → 'YYYY-MM-DD' list, sorted, no repeats. Empty text means no holidays. */
export function parseHolidays(text: string): Parsed<string[]> {
  const example = 'Write dates like 2026-12-24, 2026-12-25.';
  const words = text.split(/[\s,;]+/).filter((w) => w !== '');
  const dates = new Set<string>();
  for (const word of words) {
    const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(word);
    if (!match) return fail(`I can't read ${quoted(word)} as a date. ${example}`);
    const date = DateTime.fromObject(
      { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
      { zone: 'utc' },
    );
    if (!date.isValid) return fail(`${quoted(word)} isn't a date in the calendar. ${example}`);
    dates.add(isoDate(date));
  }
  if (dates.size > MAX_HOLIDAYS) return fail(`That's ${dates.size} holidays; up to ${MAX_HOLIDAYS} fit.`);
  return { ok: true, value: [...dates].sort() };
}

/** Business-day gaps between follow-ups: '3,7' or '3 7' or '3 then 7' → [3, 7]; each 1 to 30, at most 5. */
export function parseCadence(text: string): Parsed<number[]> {
  const example = 'Try 3, 7: the first follow-up 3 business days after sending, the next 7 after that.';
  const words = text
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((w) => w !== '' && w !== 'then' && w !== 'and');
  if (words.length === 0) return fail(`How many business days between follow-ups? ${example}`);
  if (words.length > MAX_CADENCE_STEPS)
    return fail(`That's ${words.length} follow-ups; at most ${MAX_CADENCE_STEPS} keep it from turning into pestering.`);

  const gaps: number[] = [];
  for (const word of words) {
    if (!/^\d+$/.test(word)) return fail(`${quoted(word)} isn't a whole number of business days. ${example}`);
    const gap = Number(word);
    if (gap < 1 || gap > MAX_GAP_DAYS)
      return fail(`Each gap is 1 to ${MAX_GAP_DAYS} business days, not ${quoted(word)}. ${example}`);
    gaps.push(gap);
  }
  return { ok: true, value: gaps };
}

// ---------------------------------------------------------------------------------------------
// Calendar days: a rep-local date held as midnight UTC, so stepping a day never meets a DST change.

function inRepZone(at: DateTime, cal: RepCalendar): DateTime {
  if (!at.isValid)
    throw new RangeError(`cadence: invalid DateTime (${at.invalidExplanation ?? at.invalidReason ?? 'unknown'})`);
  if (!isValidTimeZone(cal.timezone))
    throw new RangeError(`cadence: unknown time zone ${JSON.stringify(cal.timezone)}`);
  return at.setZone(cal.timezone);
}

function calendarDay(local: DateTime): DateTime {
  return DateTime.utc(local.year, local.month, local.day);
}

function businessDaysAfter(day: DateTime, days: number, cal: TeamCalendar): DateTime {
  // Holidays are finite, so only a weekend of every day could loop for ever.
  if ([1, 2, 3, 4, 5, 6, 7].every((d) => cal.weekendDays.includes(d))) {
    throw new RangeError('cadence: the weekend covers every day of the week, so no day is a business day');
  }
  let current = day;
  if (days === 0) {
    while (!isBusinessDay(current, cal)) current = current.plus({ days: 1 });
  }
  for (let left = days; left > 0; ) {
    current = current.plus({ days: 1 });
    if (isBusinessDay(current, cal)) left--;
  }
  return current;
}

type WallClock = { hour: number; minute: number; second?: number; millisecond?: number };

function onDay(day: DateTime, time: WallClock, cal: RepCalendar): DateTime {
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, ...time }, { zone: cal.timezone });
}

function readReminderTime(cal: TeamCalendar): WallClock {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(cal.reminderTime);
  if (!match)
    throw new RangeError(`cadence: reminderTime must be HH:MM (24-hour), got ${JSON.stringify(cal.reminderTime)}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function isoDate(day: DateTime): string {
  return `${day.year}-${pad(day.month)}-${pad(day.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
