import { DateTime } from 'luxon';
import {
  DEFAULT_TEAM_CALENDAR,
  type RepCalendar,
  type SnoozeOption,
  addBusinessDays,
  atReminderTime,
  firstDayBack,
  isBusinessDay,
  morningBatchAt,
  nextFollowUp,
  parseCadence,
  parseHolidays,
  parseReminderTime,
  parseWeekendDays,
  reminderDay,
  snoozeUntil,
  spreadAfterAway,
} from '../../src/domain/cadence';

// June 2026: Mon 1, Wed 3, Thu 4, Fri 5, Sat 6, Sun 7, Mon 8 … Wed 17. December 2026: Mon 21, Thu 24,
// Fri 25, Mon 28, Wed 30, Thu 31; Fri 2027-01-01.
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

function rep(timezone: string, overrides: Partial<RepCalendar> = {}): RepCalendar {
  return { ...DEFAULT_TEAM_CALENDAR, timezone, ...overrides };
}

function at(iso: string, zone: string): DateTime {
  const value = DateTime.fromISO(iso, { zone });
  if (!value.isValid) throw new Error(`bad test date ${iso}`);
  return value;
}

/** The local wall-clock reading of a result, with its offset: '2026-06-08 09:30 +02:00'. */
function wall(value: DateTime | null): string | null {
  return value === null ? null : value.toFormat('yyyy-MM-dd HH:mm ZZ');
}

describe('DEFAULT_TEAM_CALENDAR', () => {
  test('is Saturday+Sunday off, no holidays, 09:30, follow-ups after 3 then 7 business days', () => {
    expect(DEFAULT_TEAM_CALENDAR).toEqual({
      weekendDays: [6, 7],
      holidays: [],
      reminderTime: '09:30',
      cadenceDays: [3, 7],
    });
  });

  test('cannot be changed by accident, since every team without settings shares it', () => {
    expect(() => DEFAULT_TEAM_CALENDAR.holidays.push('2026-12-24')).toThrow(TypeError);
    expect(DEFAULT_TEAM_CALENDAR.holidays).toEqual([]);
  });
});

describe('isBusinessDay', () => {
  test.each([
    ['2026-06-05', DEFAULT_TEAM_CALENDAR, true], // Friday
    ['2026-06-06', DEFAULT_TEAM_CALENDAR, false], // Saturday
    ['2026-06-07', DEFAULT_TEAM_CALENDAR, false], // Sunday
    ['2026-06-08', DEFAULT_TEAM_CALENDAR, true], // Monday
    ['2026-06-05', { ...DEFAULT_TEAM_CALENDAR, weekendDays: [5, 6] }, false], // Friday off
    ['2026-06-07', { ...DEFAULT_TEAM_CALENDAR, weekendDays: [5, 6] }, true], // Sunday worked
    ['2026-12-24', { ...DEFAULT_TEAM_CALENDAR, holidays: ['2026-12-24'] }, false],
    ['2026-12-23', { ...DEFAULT_TEAM_CALENDAR, holidays: ['2026-12-24'] }, true],
  ])('%s → %s', (date, cal, expected) => {
    expect(isBusinessDay(at(date, 'utc'), cal)).toBe(expected);
  });
});

describe('addBusinessDays', () => {
  const cal = rep(BERLIN, { holidays: ['2026-12-24', '2026-12-25'] });
  test.each([
    ['Wednesday + 1', '2026-06-03T14:15', 1, '2026-06-04 14:15 +02:00'],
    ['Friday + 1 skips the weekend', '2026-06-05T14:15', 1, '2026-06-08 14:15 +02:00'],
    ['Saturday + 1 is Monday', '2026-06-06T14:15', 1, '2026-06-08 14:15 +02:00'],
    ['Wednesday + 0 is that day', '2026-06-03T14:15', 0, '2026-06-03 14:15 +02:00'],
    ['Saturday + 0 is the next business day', '2026-06-06T14:15', 0, '2026-06-08 14:15 +02:00'],
    ['holidays do not count', '2026-12-23T10:00', 2, '2026-12-29 10:00 +01:00'],
    ['Friday + 5 is a week on', '2026-06-05T08:00', 5, '2026-06-12 08:00 +02:00'],
  ])('%s', (_name, from, days, expected) => {
    expect(wall(addBusinessDays(at(from, BERLIN), days, cal))).toBe(expected);
  });

  test('returns the rep zone and reads the date there, even for a UTC input', () => {
    // 23:00Z on Thursday is already Friday 04:30 in Kolkata: one business day later is Monday, not Friday.
    const result = addBusinessDays(at('2026-06-04T23:00', 'utc'), 1, rep('Asia/Kolkata'));
    expect(result.zoneName).toBe('Asia/Kolkata');
    expect(wall(result)).toBe('2026-06-08 04:30 +05:30');
  });

  test.each([-1, 1.5, Number.NaN])('refuses %s days', (days) => {
    expect(() => addBusinessDays(at('2026-06-03T10:00', BERLIN), days, cal)).toThrow(RangeError);
  });

  test('refuses a weekend of every day rather than looping for ever', () => {
    const noWorkdays = rep(BERLIN, { weekendDays: [1, 2, 3, 4, 5, 6, 7] });
    expect(() => addBusinessDays(at('2026-06-03T10:00', BERLIN), 1, noWorkdays)).toThrow(RangeError);
  });

  test('refuses an unknown time zone', () => {
    expect(() => addBusinessDays(at('2026-06-03T10:00', BERLIN), 1, rep('Mars/Olympus_Mons'))).toThrow(/time zone/);
  });
});

describe('atReminderTime', () => {
  test.each([
    ['a normal day', BERLIN, '09:30', '2026-06-03T17:00', '2026-06-03 09:30 +02:00'],
    ['a late reminder time', BERLIN, '16:00', '2026-06-03T08:00', '2026-06-03 16:00 +02:00'],
    ['the spring-forward Sunday in Berlin', BERLIN, '09:30', '2026-03-29T12:00', '2026-03-29 09:30 +02:00'],
    ['the fall-back Sunday in Berlin', BERLIN, '09:30', '2026-10-25T12:00', '2026-10-25 09:30 +01:00'],
    // 02:30 does not exist that night in Berlin: luxon moves it on by the missing hour.
    ['a reminder time inside the DST gap', BERLIN, '02:30', '2026-03-29T12:00', '2026-03-29 03:30 +02:00'],
  ])('%s', (_name, zone, reminderTime, day, expected) => {
    expect(wall(atReminderTime(at(day, zone), rep(zone, { reminderTime })))).toBe(expected);
  });

  test('refuses a malformed reminder time in stored settings', () => {
    expect(() => atReminderTime(at('2026-06-03T10:00', BERLIN), rep(BERLIN, { reminderTime: '9:30am' }))).toThrow(
      RangeError,
    );
  });
});

describe('nextFollowUp: default cadence (3, then 7 business days), Saturday+Sunday weekend', () => {
  const cal = rep(BERLIN);
  test.each([
    // name, last touch (Berlin local), step, due (Berlin local)
    ['sent Wednesday → Monday', '2026-06-03T11:00', 1, '2026-06-08 09:30 +02:00'],
    ['sent Thursday → Tuesday', '2026-06-04T11:00', 1, '2026-06-09 09:30 +02:00'],
    ['sent Friday → Wednesday', '2026-06-05T11:00', 1, '2026-06-10 09:30 +02:00'],
    ['sent Saturday → Wednesday (Monday is day 1)', '2026-06-06T11:00', 1, '2026-06-10 09:30 +02:00'],
    ['sent Sunday → Wednesday', '2026-06-07T11:00', 1, '2026-06-10 09:30 +02:00'],
    ['follow-up 1 sent Monday → follow-up 2 seven business days on', '2026-06-08T09:45', 2, '2026-06-17 09:30 +02:00'],
    [
      'follow-up 1 sent late, on Wednesday → follow-up 2 on the Friday after next',
      '2026-06-10T16:00',
      2,
      '2026-06-19 09:30 +02:00',
    ],
  ])('%s', (_name, touch, step, expected) => {
    expect(wall(nextFollowUp(at(touch, BERLIN), step, cal))).toBe(expected);
  });

  test.each([3, 4, 10])('step %i is beyond the cadence → null', (step) => {
    expect(nextFollowUp(at('2026-06-03T11:00', BERLIN), step, cal)).toBeNull();
  });

  test('a longer team cadence plans its later steps', () => {
    const long = rep(BERLIN, { cadenceDays: [2, 2, 5] });
    expect(wall(nextFollowUp(at('2026-06-03T11:00', BERLIN), 3, long))).toBe('2026-06-10 09:30 +02:00');
    expect(nextFollowUp(at('2026-06-03T11:00', BERLIN), 4, long)).toBeNull();
  });

  test.each([0, -1, 1.5])('refuses step %s (steps are 1-based)', (step) => {
    expect(() => nextFollowUp(at('2026-06-03T11:00', BERLIN), step, cal)).toThrow(RangeError);
  });
});

describe('nextFollowUp: custom weekends and holidays', () => {
  const fridaySaturday = rep('Asia/Dubai', { weekendDays: [5, 6] });
  test.each([
    ['Fri+Sat: sent Wednesday → Thu, Sun, Mon', fridaySaturday, '2026-06-03T11:00', 1, '2026-06-08 09:30 +04:00'],
    ['Fri+Sat: sent Thursday → Sun, Mon, Tue', fridaySaturday, '2026-06-04T11:00', 1, '2026-06-09 09:30 +04:00'],
    ['Fri+Sat: sent Saturday → Sun, Mon, Tue', fridaySaturday, '2026-06-06T11:00', 1, '2026-06-09 09:30 +04:00'],
    [
      'Fri+Sat: sent on Friday, their weekend → Sun, Mon, Tue',
      fridaySaturday,
      '2026-06-05T11:00',
      1,
      '2026-06-09 09:30 +04:00',
    ],
    [
      'Christmas holidays skipped',
      rep(BERLIN, { holidays: ['2026-12-24', '2026-12-25'] }),
      '2026-12-22T11:00',
      1,
      '2026-12-29 09:30 +01:00',
    ],
    [
      'without the holidays, the same send is due on Christmas Day',
      rep(BERLIN),
      '2026-12-22T11:00',
      1,
      '2026-12-25 09:30 +01:00',
    ],
    [
      'a holiday on the due day pushes it to the next business day',
      rep(BERLIN, { holidays: ['2026-06-08'] }),
      '2026-06-03T11:00',
      1,
      '2026-06-09 09:30 +02:00',
    ],
    [
      'a custom reminder time',
      rep(BERLIN, { reminderTime: '08:05' }),
      '2026-06-03T11:00',
      1,
      '2026-06-08 08:05 +02:00',
    ],
  ])('%s', (_name, cal, touch, step, expected) => {
    expect(wall(nextFollowUp(at(touch, cal.timezone), step, cal))).toBe(expected);
  });
});

describe('nextFollowUp: DST weeks stay at 09:30 local', () => {
  test.each([
    // zone, send (local, Thursday), offset at send (minutes), due (local), offset at due, due in UTC
    [
      'Berlin spring forward (Mar 29)',
      BERLIN,
      '2026-03-26T15:00',
      60,
      '2026-03-31 09:30 +02:00',
      120,
      '2026-03-31T07:30:00.000Z',
    ],
    [
      'Berlin fall back (Oct 25)',
      BERLIN,
      '2026-10-22T15:00',
      120,
      '2026-10-27 09:30 +01:00',
      60,
      '2026-10-27T08:30:00.000Z',
    ],
    [
      'New York spring forward (Mar 8)',
      NEW_YORK,
      '2026-03-05T15:00',
      -300,
      '2026-03-10 09:30 -04:00',
      -240,
      '2026-03-10T13:30:00.000Z',
    ],
    [
      'New York fall back (Nov 1)',
      NEW_YORK,
      '2026-10-29T15:00',
      -240,
      '2026-11-03 09:30 -05:00',
      -300,
      '2026-11-03T14:30:00.000Z',
    ],
    [
      'Sydney DST ends (Apr 5)',
      'Australia/Sydney',
      '2026-04-02T15:00',
      660,
      '2026-04-07 09:30 +10:00',
      600,
      '2026-04-06T23:30:00.000Z',
    ],
    [
      'Sydney DST starts (Oct 4)',
      'Australia/Sydney',
      '2026-10-01T15:00',
      600,
      '2026-10-06 09:30 +11:00',
      660,
      '2026-10-05T22:30:00.000Z',
    ],
    [
      'Auckland DST ends (Apr 5)',
      'Pacific/Auckland',
      '2026-04-02T15:00',
      780,
      '2026-04-07 09:30 +12:00',
      720,
      '2026-04-06T21:30:00.000Z',
    ],
    [
      'Auckland DST starts (Sep 27)',
      'Pacific/Auckland',
      '2026-09-24T15:00',
      720,
      '2026-09-29 09:30 +13:00',
      780,
      '2026-09-28T20:30:00.000Z',
    ],
    [
      'Kolkata, +05:30 all year',
      'Asia/Kolkata',
      '2026-03-26T15:00',
      330,
      '2026-03-31 09:30 +05:30',
      330,
      '2026-03-31T04:00:00.000Z',
    ],
  ])('%s', (_name, zone, sent, sentOffset, expected, dueOffset, dueUtc) => {
    const touch = at(sent, zone);
    expect(touch.offset).toBe(sentOffset);
    const due = nextFollowUp(touch, 1, rep(zone));
    expect(due).not.toBeNull();
    expect(due?.zoneName).toBe(zone);
    expect(due?.toFormat('HH:mm')).toBe('09:30');
    expect(due?.offset).toBe(dueOffset);
    expect(wall(due)).toBe(expected);
    expect(due?.toUTC().toISO()).toBe(dueUtc);
  });

  test('follow-up 2 across the Berlin spring-forward weekend keeps 09:30', () => {
    // Follow-up 1 sent Monday Mar 23 (+01:00); 7 business days on is Wednesday Apr 1 (+02:00).
    const due = nextFollowUp(at('2026-03-23T10:00', BERLIN), 2, rep(BERLIN));
    expect(wall(due)).toBe('2026-04-01 09:30 +02:00');
  });
});

describe('nextFollowUp: the local date of the touch counts, not the UTC date or the time of day', () => {
  test.each([
    // A late-evening send in New York is already Thursday in UTC; the rep's Wednesday counts.
    ['New York, Wednesday 22:30 (Thursday in UTC)', NEW_YORK, '2026-06-03T22:30', '2026-06-08 09:30 -04:00'],
    ['New York, Wednesday 06:00, before reminder time', NEW_YORK, '2026-06-03T06:00', '2026-06-08 09:30 -04:00'],
    ['New York, Wednesday 23:59', NEW_YORK, '2026-06-03T23:59', '2026-06-08 09:30 -04:00'],
    // An early-morning send in Kolkata is still Wednesday in UTC; the rep's Thursday counts.
    ['Kolkata, Thursday 01:00 (Wednesday in UTC)', 'Asia/Kolkata', '2026-06-04T01:00', '2026-06-09 09:30 +05:30'],
    ['Auckland, Saturday 08:00 (Friday in UTC)', 'Pacific/Auckland', '2026-06-06T08:00', '2026-06-10 09:30 +12:00'],
  ])('%s', (_name, zone, sent, expected) => {
    const touchInUtc = at(sent, zone).toUTC();
    expect(wall(nextFollowUp(touchInUtc, 1, rep(zone)))).toBe(expected);
  });

  test("a rep whose zone differs from the team's: the team's holidays, the rep's dates and clock", () => {
    // The team works from Berlin; this rep sits in Los Angeles. Monday 17:00 in LA is already
    // Tuesday in Berlin, but the rep's Monday counts: Tue 22, Wed 23, (24, 25 off), Mon 28.
    const cal = rep('America/Los_Angeles', { holidays: ['2026-12-24', '2026-12-25'] });
    const due = nextFollowUp(at('2026-12-21T17:00', 'America/Los_Angeles').setZone(BERLIN), 1, cal);
    expect(wall(due)).toBe('2026-12-28 09:30 -08:00');
    expect(due?.toUTC().toISO()).toBe('2026-12-28T17:30:00.000Z');
  });
});

describe('snoozeUntil', () => {
  const berlin = rep(BERLIN);
  const fridaySaturday = rep('Asia/Dubai', { weekendDays: [5, 6] });
  test.each<[string, RepCalendar, string, SnoozeOption, string]>([
    ['Wednesday afternoon, 1 day', berlin, '2026-06-03T15:00', '1d', '2026-06-04 09:30 +02:00'],
    ['Wednesday afternoon, 3 days', berlin, '2026-06-03T15:00', '3d', '2026-06-08 09:30 +02:00'],
    ['Wednesday afternoon, next week', berlin, '2026-06-03T15:00', 'next_week', '2026-06-08 09:30 +02:00'],
    ['Friday afternoon, 1 day → Monday', berlin, '2026-06-05T16:00', '1d', '2026-06-08 09:30 +02:00'],
    ['Friday afternoon, 3 days → Wednesday', berlin, '2026-06-05T16:00', '3d', '2026-06-10 09:30 +02:00'],
    ['Friday afternoon, next week → Monday', berlin, '2026-06-05T16:00', 'next_week', '2026-06-08 09:30 +02:00'],
    ['Saturday, 1 day → Monday', berlin, '2026-06-06T10:00', '1d', '2026-06-08 09:30 +02:00'],
    ['Sunday, next week → the coming Monday', berlin, '2026-06-07T10:00', 'next_week', '2026-06-08 09:30 +02:00'],
    [
      'Monday before reminder time, 1 day → Tuesday, not today',
      berlin,
      '2026-06-08T07:00',
      '1d',
      '2026-06-09 09:30 +02:00',
    ],
    ['Monday, next week → the Monday after', berlin, '2026-06-08T07:00', 'next_week', '2026-06-15 09:30 +02:00'],
    [
      'next week when its Monday is a holiday → Tuesday',
      rep(BERLIN, { holidays: ['2026-06-15'] }),
      '2026-06-10T12:00',
      'next_week',
      '2026-06-16 09:30 +02:00',
    ],
    ['Fri+Sat team, Thursday, 1 day → Sunday', fridaySaturday, '2026-06-04T12:00', '1d', '2026-06-07 09:30 +04:00'],
    [
      'Fri+Sat team, Thursday, next week → Sunday',
      fridaySaturday,
      '2026-06-04T12:00',
      'next_week',
      '2026-06-07 09:30 +04:00',
    ],
    [
      'Fri+Sat team, Sunday, next week → the Sunday after',
      fridaySaturday,
      '2026-06-07T12:00',
      'next_week',
      '2026-06-14 09:30 +04:00',
    ],
    [
      'team without a weekend, next week → Monday',
      rep(BERLIN, { weekendDays: [] }),
      '2026-06-06T12:00',
      'next_week',
      '2026-06-08 09:30 +02:00',
    ],
    [
      'New York Friday before spring forward, 1 day → Monday at 09:30 EDT',
      rep(NEW_YORK),
      '2026-03-06T16:00',
      '1d',
      '2026-03-09 09:30 -04:00',
    ],
    [
      'Berlin Friday before fall back, next week → Monday at 09:30 CET',
      berlin,
      '2026-10-23T16:00',
      'next_week',
      '2026-10-26 09:30 +01:00',
    ],
  ])('%s', (_name, cal, now, option, expected) => {
    // `now` arrives from the clock in UTC; the rep's zone decides the day.
    expect(wall(snoozeUntil(at(now, cal.timezone).toUTC(), option, cal))).toBe(expected);
  });
});

describe('firstDayBack: "away until D" means back on D, or the first business day after it', () => {
  const christmas = ['2026-12-24', '2026-12-25'];
  test.each<[string, string | null | undefined, string[], string | null]>([
    ['not away', undefined, [], null],
    ['away cleared', null, [], null],
    ['back on a Monday', '2026-12-28', [], '2026-12-28 09:30 +01:00'],
    ['back on a Saturday → Monday', '2026-06-06', [], '2026-06-08 09:30 +02:00'],
    [
      'back on Christmas Eve, a Thursday, with Christmas off → Monday',
      '2026-12-24',
      christmas,
      '2026-12-28 09:30 +01:00',
    ],
  ])('%s', (_name, awayUntil, holidays, expected) => {
    expect(wall(firstDayBack(rep(BERLIN, { awayUntil, holidays })))).toBe(expected);
  });

  test.each(['2026-13-01', 'Dec 24', '2026-12-24T10:00'])('refuses a stored awayUntil of %s', (awayUntil) => {
    expect(() => firstDayBack(rep(BERLIN, { awayUntil }))).toThrow(RangeError);
  });
});

describe('spreadAfterAway', () => {
  type FollowUp = { id: string; dueAt: DateTime };
  // Away until Wednesday Dec 30; New Year's Day (Friday) is a holiday. The first business days back
  // are Wed 30, Thu 31, Mon Jan 4, Tue Jan 5.
  const cal = rep(BERLIN, { awayUntil: '2026-12-30', holidays: ['2026-12-24', '2026-12-25', '2027-01-01'] });
  const awayDays = [
    '2026-12-14',
    '2026-12-15',
    '2026-12-16',
    '2026-12-17',
    '2026-12-18',
    '2026-12-21',
    '2026-12-22',
    '2026-12-23',
    '2026-12-28',
    '2026-12-29',
  ];
  const dueDuringAway: FollowUp[] = awayDays.map((day, i) => ({ id: `f${i + 1}`, dueAt: at(`${day}T09:30`, BERLIN) }));

  function days(items: FollowUp[]): Record<string, string> {
    return Object.fromEntries(items.map((item) => [item.id, reminderDay(item.dueAt, cal)]));
  }

  test('10 due during the away period → 3, 3, 3, 1 over the first business days back, skipping the holiday', () => {
    const spread = spreadAfterAway(dueDuringAway, cal);
    expect(spread.map((item) => item.id)).toEqual(dueDuringAway.map((item) => item.id));
    expect(days(spread)).toEqual({
      f1: '2026-12-30',
      f2: '2026-12-30',
      f3: '2026-12-30',
      f4: '2026-12-31',
      f5: '2026-12-31',
      f6: '2026-12-31',
      f7: '2027-01-04',
      f8: '2027-01-04',
      f9: '2027-01-04',
      f10: '2027-01-05',
    });
    for (const item of spread) expect(item.dueAt.toFormat('HH:mm ZZ')).toBe('09:30 +01:00');
  });

  test('earlier due moments get earlier days, whatever the input order; ties keep input order', () => {
    const shuffled: FollowUp[] = [
      { id: 'late', dueAt: at('2026-12-29T09:30', BERLIN) },
      { id: 'tie-a', dueAt: at('2026-12-21T09:30', BERLIN) },
      { id: 'first', dueAt: at('2026-12-14T09:30', BERLIN) },
      { id: 'tie-b', dueAt: at('2026-12-21T09:30', BERLIN) },
      { id: 'second', dueAt: at('2026-12-15T09:30', BERLIN) },
    ];
    const spread = spreadAfterAway(shuffled, cal, 2);
    expect(spread.map((item) => item.id)).toEqual(['late', 'tie-a', 'first', 'tie-b', 'second']);
    expect(days(spread)).toEqual({
      first: '2026-12-30',
      second: '2026-12-30',
      'tie-a': '2026-12-31',
      'tie-b': '2026-12-31',
      late: '2027-01-04',
    });
  });

  test('follow-ups due from the first day back on stay as they are and count towards that day', () => {
    const onDayBack = { id: 'back-1', dueAt: at('2026-12-30T09:30', BERLIN) };
    const later = { id: 'later', dueAt: at('2027-01-12T09:30', BERLIN) };
    const items = [onDayBack, ...dueDuringAway.slice(0, 4), later];
    const spread = spreadAfterAway(items, cal);
    expect(spread[0]).toBe(onDayBack);
    expect(spread[5]).toBe(later);
    expect(days(spread)).toEqual({
      'back-1': '2026-12-30',
      f1: '2026-12-30',
      f2: '2026-12-30',
      f3: '2026-12-31',
      f4: '2026-12-31',
      later: '2027-01-12',
    });
  });

  test('a follow-up due late on the last evening away, in the rep zone, is moved', () => {
    const lastEvening = { id: 'x', dueAt: at('2026-12-29T23:30', BERLIN).toUTC() };
    expect(wall(spreadAfterAway([lastEvening], cal)[0]?.dueAt ?? null)).toBe('2026-12-30 09:30 +01:00');
  });

  test('does not touch the input items', () => {
    const before = dueDuringAway.map((item) => item.dueAt.toISO());
    spreadAfterAway(dueDuringAway, cal);
    expect(dueDuringAway.map((item) => item.dueAt.toISO())).toEqual(before);
  });

  test('a rep who is not away gets everything back unchanged', () => {
    const spread = spreadAfterAway(dueDuringAway, { ...cal, awayUntil: null });
    expect(spread).toEqual(dueDuringAway);
    for (const [i, item] of spread.entries()) expect(item).toBe(dueDuringAway[i]);
  });

  test.each([0, -2, 1.5])('refuses perDay %s', (perDay) => {
    expect(() => spreadAfterAway(dueDuringAway, cal, perDay)).toThrow(RangeError);
  });
});

describe('one reminder message per rep per morning', () => {
  test.each([
    ['New York evening is still that day', NEW_YORK, '2026-06-03T23:30:00Z', '2026-06-03'],
    ['Kolkata is already the next day', 'Asia/Kolkata', '2026-06-03T23:30:00Z', '2026-06-04'],
    ['Auckland is already the next day', 'Pacific/Auckland', '2026-06-03T13:00:00Z', '2026-06-04'],
    ['Berlin on the fall-back night', BERLIN, '2026-10-24T23:30:00Z', '2026-10-25'],
  ])('reminderDay: %s', (_name, zone, instant, expected) => {
    expect(reminderDay(DateTime.fromISO(instant, { zone: 'utc' }), rep(zone))).toBe(expected);
  });

  test('follow-ups due the same morning share a key; the next morning gets another', () => {
    const cal = rep(NEW_YORK);
    const a = nextFollowUp(at('2026-06-03T08:00', NEW_YORK), 1, cal);
    const b = nextFollowUp(at('2026-06-03T21:00', NEW_YORK), 1, cal);
    const c = nextFollowUp(at('2026-06-04T08:00', NEW_YORK), 1, cal);
    if (!a || !b || !c) throw new Error('expected due dates');
    expect(reminderDay(a, cal)).toBe(reminderDay(b, cal));
    expect(reminderDay(c, cal)).not.toBe(reminderDay(a, cal));
    expect(reminderDay(a, cal)).not.toContain(':');
  });

  test.each([
    ['Berlin spring-forward Sunday', BERLIN, '09:30', '2026-03-29', '2026-03-29 09:30 +02:00'],
    ['New York fall-back Sunday', NEW_YORK, '09:30', '2026-11-01', '2026-11-01 09:30 -05:00'],
    ['Kolkata, a custom time', 'Asia/Kolkata', '08:00', '2026-06-04', '2026-06-04 08:00 +05:30'],
  ])('morningBatchAt: %s', (_name, zone, reminderTime, day, expected) => {
    expect(wall(morningBatchAt(day, rep(zone, { reminderTime })))).toBe(expected);
  });

  test('morningBatchAt refuses a malformed day key', () => {
    expect(() => morningBatchAt('2026-02-30', rep(BERLIN))).toThrow(RangeError);
  });
});

describe('parseReminderTime', () => {
  test.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    [' 9:30 ', '09:30'],
    ['9:30am', '09:30'],
    ['9:30 AM', '09:30'],
    ['9.30', '09:30'],
    ['4pm', '16:00'],
    ['4 pm', '16:00'],
    ['4 p.m.', '16:00'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['12:15pm', '12:15'],
    ['23:59', '23:59'],
    ['00:00', '00:00'],
    ['noon', '12:00'],
  ])('%j → %s', (text, expected) => {
    expect(parseReminderTime(text)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['', /What time/],
    ['9', /morning or the evening/],
    ['24:00', /isn't a time of day/],
    ['9:60', /isn't a time of day/],
    ['13pm', /isn't a time of day/],
    ['0am', /isn't a time of day/],
    ['half nine', /can't read "half nine"/],
    ['9:30:15', /can't read/],
  ])('%j → error', (text, error) => {
    const result = parseReminderTime(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  test('echoes only the start of a long paste', () => {
    const result = parseReminderTime('x'.repeat(500));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeLessThan(120);
  });
});

describe('parseWeekendDays', () => {
  test.each([
    ['sat,sun', [6, 7]],
    ['sat, sun', [6, 7]],
    ['fri sat', [5, 6]],
    ['Friday and Saturday', [5, 6]],
    ['SUN, sat, sun', [6, 7]],
    ['thurs/fri', [4, 5]],
    ['sun', [7]],
    ['none', []],
  ])('%j → %j', (text, expected) => {
    expect(parseWeekendDays(text)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['', /Which days/],
    ['sat, sundy', /don't know the day "sundy"/],
    ['sat-sun', /don't know the day "sat-sun"/],
    ['6,7', /don't know the day "6"/],
    ['mon tue wed thu fri sat sun', /at least one working day/],
  ])('%j → error', (text, error) => {
    const result = parseWeekendDays(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('parseHolidays', () => {
  test.each([
    ['2026-12-24, 2026-12-25', ['2026-12-24', '2026-12-25']],
    ['2026-12-25 2026-12-24', ['2026-12-24', '2026-12-25']],
    ['2026-12-24\n2026-12-25\n2026-12-24', ['2026-12-24', '2026-12-25']],
    ['2027-1-1', ['2027-01-01']],
    ['2028-02-29', ['2028-02-29']],
    ['', []],
    ['  ', []],
  ])('%j → %j', (text, expected) => {
    expect(parseHolidays(text)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['24/12/2026', /can't read "24\/12\/2026" as a date/],
    ['2026-12-24, christmas', /can't read "christmas"/],
    ['2026-02-30', /isn't a date in the calendar/],
    ['2027-02-29', /isn't a date in the calendar/],
    ['2026-13-01', /isn't a date in the calendar/],
  ])('%j → error', (text, error) => {
    const result = parseHolidays(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  test('refuses more than a year of holidays', () => {
    const start = DateTime.utc(2026, 1, 1);
    const dates = Array.from({ length: 400 }, (_, i) => start.plus({ days: i }).toISODate()).join(', ');
    const result = parseHolidays(dates);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/400 holidays/);
  });
});

describe('parseCadence', () => {
  test.each([
    ['3,7', [3, 7]],
    ['3, 7', [3, 7]],
    ['3 7', [3, 7]],
    ['3 then 7', [3, 7]],
    ['5', [5]],
    ['1,30', [1, 30]],
    ['2,3,5,8,13', [2, 3, 5, 8, 13]],
  ])('%j → %j', (text, expected) => {
    expect(parseCadence(text)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['', /How many business days/],
    ['3,0', /1 to 30 business days, not "0"/],
    ['3,31', /1 to 30 business days, not "31"/],
    ['3.5', /isn't a whole number/],
    ['three', /isn't a whole number/],
    ['-3', /isn't a whole number/],
    ['1,2,3,4,5,6', /at most 5/],
  ])('%j → error', (text, error) => {
    const result = parseCadence(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});
