import { DateTime } from 'luxon';
import { DEFAULT_TEAM_CALENDAR, type TeamCalendar } from '../../src/domain/cadence';
import { FINDING_CODES, type FindingCode } from '../../src/domain/purpose-check';
import {
  COACHING_TIPS,
  GENERIC_TIP,
  TOP_MIN_SENT,
  actedOnTime,
  buildDigest,
  buildRepStats,
  coachingTip,
  followUpTiming,
  responseRate,
  trendOf,
  weekContaining,
  weeksEndingWith,
  type Counts,
  type DigestInput,
  type FollowUpDue,
  type RepStatsInput,
  type RepWeekCounts,
  type Week,
} from '../../src/domain/stats';
import {
  counts,
  NO_VERDICTS,
  digestInput as quietWeekDigestInput,
  repStatsInput,
  scores,
  verdictCounts,
} from '../support/stats';

// June 2026: Mon 1, Fri 5, Sat 6, Sun 7, Mon 8, Tue 9, Wed 10. November 2026: Mon 16 … Sun 22, Mon 23.
// DST: New York springs forward on Sun 8 March 2026; Berlin falls back on Sun 25 October 2026.
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

function local(iso: string, zone: string): Date {
  const value = DateTime.fromISO(iso, { zone });
  if (!value.isValid) throw new Error(`bad test date ${iso}`);
  return value.toJSDate();
}

/** A week as its local wall-clock readings: '2026-11-16 00:00 +01:00 → 2026-11-23 00:00 +01:00'. */
function wall(week: Week, zone: string): string {
  const f = (d: Date) => DateTime.fromJSDate(d, { zone }).toFormat('yyyy-MM-dd HH:mm ZZ');
  return `${f(week.start)} → ${f(week.end)}`;
}

function hours(week: Week): number {
  return (week.end.getTime() - week.start.getTime()) / 3_600_000;
}

const WEEK = weekContaining(new Date('2026-11-18T12:00:00Z'), 'UTC');
const AFTER_WEEK = new Date('2026-11-23T09:00:00Z'); // the Monday-morning digest

/** The shared quiet week's digest input, for a team on UTC. */
function digestInput(overrides: Partial<DigestInput> = {}): DigestInput {
  return quietWeekDigestInput({ week: WEEK, timezone: 'UTC', now: AFTER_WEEK, ...overrides });
}

describe('weekContaining', () => {
  test.each([
    ['UTC, midweek', '2026-11-18T12:00', 'UTC', '2026-11-16 00:00 +00:00 → 2026-11-23 00:00 +00:00', 168],
    [
      'Berlin, Sunday late evening is still that week',
      '2026-11-22T23:59',
      BERLIN,
      '2026-11-16 00:00 +01:00 → 2026-11-23 00:00 +01:00',
      168,
    ],
    [
      'Berlin, Monday 00:00 starts the new week',
      '2026-11-23T00:00',
      BERLIN,
      '2026-11-23 00:00 +01:00 → 2026-11-30 00:00 +01:00',
      168,
    ],
    [
      'Tokyo, Monday 01:00 local is Sunday in UTC',
      '2026-11-16T01:00',
      'Asia/Tokyo',
      '2026-11-16 00:00 +09:00 → 2026-11-23 00:00 +09:00',
      168,
    ],
    [
      'Kolkata, a half-hour offset',
      '2026-11-19T05:30',
      'Asia/Kolkata',
      '2026-11-16 00:00 +05:30 → 2026-11-23 00:00 +05:30',
      168,
    ],
    [
      'Berlin, the week clocks fall back: 169 hours',
      '2026-10-21T12:00',
      BERLIN,
      '2026-10-19 00:00 +02:00 → 2026-10-26 00:00 +01:00',
      169,
    ],
    [
      'New York, the week clocks spring forward: 167 hours',
      '2026-03-08T12:00',
      NEW_YORK,
      '2026-03-02 00:00 -05:00 → 2026-03-09 00:00 -04:00',
      167,
    ],
    [
      'Auckland, a southern-hemisphere DST week (spring forward Sun 27 Sep)',
      '2026-09-23T12:00',
      'Pacific/Auckland',
      '2026-09-21 00:00 +12:00 → 2026-09-28 00:00 +13:00',
      167,
    ],
  ])('%s', (_name, at, zone, expected, length) => {
    const week = weekContaining(local(at, zone), zone);
    expect(wall(week, zone)).toBe(expected);
    expect(hours(week)).toBe(length);
  });

  test('the same instant is in different weeks in different zones', () => {
    const instant = new Date('2026-11-22T23:30:00Z'); // Sunday night in London, Monday morning in Tokyo
    expect(weekContaining(instant, 'Europe/London').start).toEqual(new Date('2026-11-16T00:00:00Z'));
    expect(weekContaining(instant, 'Asia/Tokyo').start).toEqual(new Date('2026-11-22T15:00:00Z'));
  });

  test('one millisecond before Monday 00:00 is the week before', () => {
    const monday = local('2026-11-23T00:00', BERLIN);
    expect(weekContaining(new Date(monday.getTime() - 1), BERLIN).end).toEqual(monday);
    expect(weekContaining(monday, BERLIN).start).toEqual(monday);
  });

  test('an unknown zone is the caller’s bug', () => {
    expect(() => weekContaining(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('weeksEndingWith', () => {
  test('n consecutive local weeks, oldest first, across a DST change', () => {
    const week = weekContaining(local('2026-11-04T10:00', BERLIN), BERLIN);
    const weeks = weeksEndingWith(week, 4, BERLIN);
    expect(weeks.map((w) => wall(w, BERLIN))).toEqual([
      '2026-10-12 00:00 +02:00 → 2026-10-19 00:00 +02:00',
      '2026-10-19 00:00 +02:00 → 2026-10-26 00:00 +01:00',
      '2026-10-26 00:00 +01:00 → 2026-11-02 00:00 +01:00',
      '2026-11-02 00:00 +01:00 → 2026-11-09 00:00 +01:00',
    ]);
    expect(weeks.map(hours)).toEqual([168, 169, 168, 168]);
    expect(weeks.at(-1)).toEqual(week);
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]!.start).toEqual(weeks[i - 1]!.end);
  });

  test('12 weeks back over a spring-forward in New York stay on Monday 00:00', () => {
    const week = weekContaining(local('2026-04-15T10:00', NEW_YORK), NEW_YORK);
    const weeks = weeksEndingWith(week, 12, NEW_YORK);
    expect(weeks).toHaveLength(12);
    for (const w of weeks) {
      const start = DateTime.fromJSDate(w.start, { zone: NEW_YORK });
      expect([start.weekday, start.hour, start.minute]).toEqual([1, 0, 0]);
    }
    expect(weeks.map(hours).filter((h) => h !== 168)).toEqual([167]);
  });

  test('n = 1 is the week itself; a negative n is a bug', () => {
    expect(weeksEndingWith(WEEK, 1, 'UTC')).toEqual([WEEK]);
    expect(() => weeksEndingWith(WEEK, -1, 'UTC')).toThrow(RangeError);
  });
});

describe('responseRate', () => {
  test.each([
    [{ sent: 0, replied: 0 }, null],
    [{ sent: 4, replied: 0 }, 0],
    [{ sent: 4, replied: 1 }, 0.25],
    [{ sent: 3, replied: 3 }, 1],
  ])('%o → %s', (counts, expected) => {
    expect(responseRate(counts)).toBe(expected);
  });

  // Counts are over the outreach sent in a week: a reply counts for the week its outreach was sent,
  // whenever it arrives. This is how the store counts (by sent_at), modelled on a list of outreach.
  const outreach = [
    { sentAt: '2026-11-16T10:00:00Z', repliedAt: '2026-11-17T10:00:00Z' },
    { sentAt: '2026-11-20T10:00:00Z', repliedAt: '2026-11-25T10:00:00Z' }, // replied the week after
    { sentAt: '2026-11-21T10:00:00Z', repliedAt: null },
    { sentAt: '2026-11-24T10:00:00Z', repliedAt: null },
  ];
  function countsOf(week: Week, asOf: Date): Counts {
    const inWeek = outreach.filter((o) => new Date(o.sentAt) >= week.start && new Date(o.sentAt) < week.end);
    return {
      sent: inWeek.length,
      replied: inWeek.filter((o) => o.repliedAt !== null && new Date(o.repliedAt) <= asOf).length,
    };
  }

  test('a reply that arrives in a later week counts toward the week the outreach was sent', () => {
    const [week1, week2] = weeksEndingWith(weekContaining(new Date('2026-11-24T00:00:00Z'), 'UTC'), 2, 'UTC') as [
      Week,
      Week,
    ];
    // On the Monday morning, the late reply has not come yet; a week later it has, and it lifts week 1.
    expect(responseRate(countsOf(week1, new Date('2026-11-23T09:00:00Z')))).toBeCloseTo(1 / 3);
    expect(responseRate(countsOf(week1, new Date('2026-11-30T09:00:00Z')))).toBeCloseTo(2 / 3);
    // Week 2 saw a reply arrive but sent only one message, still unanswered: 0%, never 100% or more.
    expect(responseRate(countsOf(week2, new Date('2026-11-30T09:00:00Z')))).toBe(0);
  });

  test('buildDigest reads the week’s rate from its own sends, so a late reply raises an earlier week, not this one', () => {
    const d = buildDigest(
      digestInput({
        weeks: counts([0, 0], [0, 0], [3, 2], [1, 0]),
      }),
    );
    expect(d.thisWeek).toEqual({ sent: 1, replied: 0, rate: 0 });
    expect(d.fourWeeks).toEqual({ sent: 4, replied: 2, rate: 0.5 });
    expect(d.weeklyRates).toEqual([null, null, 2 / 3, 0]);
  });
});

describe('trendOf', () => {
  test.each([
    [0.5, 0.3, { direction: 'up', points: 20 }],
    [0.2, 0.3, { direction: 'down', points: -10 }],
    [0.305, 0.3, { direction: 'flat', points: 1 }],
    [0.3, 0.3, { direction: 'flat', points: 0 }],
    [0.298, 0.3, { direction: 'flat', points: 0 }], // never -0
    [null, 0.3, null],
    [0.3, null, null],
  ])('%s against %s', (current, baseline, expected) => {
    const trend = trendOf(current, baseline);
    expect(trend).toEqual(expected);
    if (trend) expect(Object.is(trend.points, -0)).toBe(false);
  });
});

describe('actedOnTime', () => {
  const cal = { ...DEFAULT_TEAM_CALENDAR, timezone: BERLIN };
  const withHoliday = { ...cal, holidays: ['2026-06-08'] };
  const fridayTeam = { ...cal, weekendDays: [5, 6] }; // Friday and Saturday off
  const due = (iso: string, acted: string | null, zone = BERLIN): FollowUpDue => ({
    repId: 'U1',
    dueAt: local(iso, zone),
    actedAt: acted === null ? null : local(acted, zone),
  });
  const later = local('2026-07-01T00:00', BERLIN);

  test.each([
    ['acted the day it was due', due('2026-06-03T09:30', '2026-06-03T15:00'), cal, true],
    ['acted the next business day, late in the evening', due('2026-06-03T09:30', '2026-06-04T23:59'), cal, true],
    ['acted two business days later', due('2026-06-03T09:30', '2026-06-05T00:00'), cal, false],
    ['acted early, before it was due', due('2026-06-03T09:30', '2026-06-02T16:00'), cal, true],
    ['due Friday, acted Monday: the weekend does not count', due('2026-06-05T09:30', '2026-06-08T17:00'), cal, true],
    ['due Friday, acted Tuesday', due('2026-06-05T09:30', '2026-06-09T08:00'), cal, false],
    ['due Friday, Monday a holiday, acted Tuesday', due('2026-06-05T09:30', '2026-06-09T17:00'), withHoliday, true],
    ['due Friday, Monday a holiday, acted Wednesday', due('2026-06-05T09:30', '2026-06-10T08:00'), withHoliday, false],
    [
      'Friday+Saturday weekend: due Thursday, acted Sunday',
      due('2026-06-04T09:30', '2026-06-07T11:00'),
      fridayTeam,
      true,
    ],
    [
      'Friday+Saturday weekend: due Thursday, acted Monday',
      due('2026-06-04T09:30', '2026-06-08T11:00'),
      fridayTeam,
      false,
    ],
    ['never acted on', due('2026-06-03T09:30', null), cal, false],
  ])('%s', (_name, f, calendar, expected) => {
    expect(actedOnTime(f, calendar, later)).toBe(expected);
  });

  test('the window is read in the team’s zone, across a DST change', () => {
    // Due Friday 23 Oct in New York; clocks change in Berlin that Sunday, in New York a week later.
    const ny = { ...DEFAULT_TEAM_CALENDAR, timezone: NEW_YORK };
    expect(actedOnTime(due('2026-10-23T09:30', '2026-10-26T23:59', NEW_YORK), ny, later)).toBe(true);
    expect(actedOnTime(due('2026-10-23T09:30', '2026-10-27T00:00', NEW_YORK), ny, later)).toBe(false);
    // The same instant read in Berlin is already Tuesday morning: late for a Berlin team.
    const acted = local('2026-10-26T23:59', NEW_YORK);
    expect(actedOnTime({ repId: 'U1', dueAt: local('2026-10-23T09:30', BERLIN), actedAt: acted }, cal, later)).toBe(
      false,
    );
  });

  test('not acted on and still inside its window: pending, neither on time nor late', () => {
    const f = due('2026-06-05T09:30', null); // Friday
    expect(followUpTiming(f, cal, local('2026-06-08T09:00', BERLIN))).toBe('pending'); // Monday morning
    expect(actedOnTime(f, cal, local('2026-06-08T09:00', BERLIN))).toBe(false);
    expect(followUpTiming(f, cal, local('2026-06-08T23:59', BERLIN))).toBe('pending');
    expect(followUpTiming(f, cal, local('2026-06-09T00:00', BERLIN))).toBe('late');
    expect(followUpTiming(due('2026-06-05T09:30', '2026-06-05T10:00'), cal, local('2026-06-05T11:00', BERLIN))).toBe(
      'on_time',
    );
  });
});

describe('buildDigest', () => {
  test('no outreach this week: rates are null, never NaN, and there is no trend', () => {
    const d = buildDigest(digestInput());
    expect(d.thisWeek).toEqual({ sent: 0, replied: 0, rate: null });
    expect(d.fourWeeks.rate).toBeNull();
    expect(d.trend).toBeNull();
    expect(d.quality).toEqual({ scored: 0, meanScore: null, boilerplate: 0, boilerplateShare: null });
    expect(d.followUps.share).toBeNull();
    expect(d.byVerdict.every((v) => v.rate === null)).toBe(true);
    expect(d.purposeLead).toBeNull();
    expect(d.tip).toBeNull();
    expect(JSON.stringify(d)).not.toMatch(/NaN|Infinity/);
  });

  test('this week against the 4-week rate', () => {
    const d = buildDigest(
      digestInput({
        weeks: counts([10, 2], [10, 3], [10, 2], [10, 5]),
      }),
    );
    expect(d.thisWeek.rate).toBe(0.5);
    expect(d.fourWeeks).toEqual({ sent: 40, replied: 12, rate: 0.3 });
    expect(d.trend).toEqual({ direction: 'up', points: 20 });
    expect(d.weeklySent).toEqual([10, 10, 10, 10]);
  });

  test('nothing sent this week but earlier: a 4-week rate and no trend', () => {
    const d = buildDigest(
      digestInput({
        weeks: counts([10, 2], [0, 0], [0, 0], [0, 0]),
      }),
    );
    expect(d.thisWeek.rate).toBeNull();
    expect(d.fourWeeks.rate).toBe(0.2);
    expect(d.trend).toBeNull();
  });

  test('a preview during the week is partial; the Monday digest of last week is not', () => {
    expect(buildDigest(digestInput({ now: new Date('2026-11-19T12:00:00Z') })).partial).toBe(true);
    expect(buildDigest(digestInput()).partial).toBe(false);
  });

  test('follow-up discipline: on time of those whose window is over; pending ones set apart', () => {
    const followUps: FollowUpDue[] = [
      { repId: 'UA', dueAt: new Date('2026-11-16T09:30:00Z'), actedAt: new Date('2026-11-16T12:00:00Z') }, // on time
      { repId: 'UA', dueAt: new Date('2026-11-17T09:30:00Z'), actedAt: new Date('2026-11-20T12:00:00Z') }, // late
      { repId: 'UB', dueAt: new Date('2026-11-18T09:30:00Z'), actedAt: null }, // late: Thursday is over
      { repId: 'UB', dueAt: new Date('2026-11-20T09:30:00Z'), actedAt: null }, // Friday: Monday still open
      { repId: 'UB', dueAt: new Date('2026-11-20T09:30:00Z'), actedAt: new Date('2026-11-23T08:00:00Z') }, // on time
    ];
    const d = buildDigest(
      digestInput({
        followUps,
        reps: [
          { repId: 'UA', name: 'Ana', sent: 4, replied: 1 },
          { repId: 'UB', name: 'Ben', sent: 2, replied: 0 },
        ],
      }),
    );
    expect(d.followUps).toEqual({ due: 5, onTime: 2, late: 2, pending: 1, counted: 4, share: 0.5 });
    expect(d.reps.map((r) => [r.name, r.followUps])).toEqual([
      ['Ana', { onTime: 1, counted: 2 }],
      ['Ben', { onTime: 1, counted: 2 }],
    ]);
  });

  test('holidays from the team calendar widen the window', () => {
    const calendar: TeamCalendar = { ...DEFAULT_TEAM_CALENDAR, holidays: ['2026-11-23'] };
    const followUps = [
      { repId: 'UA', dueAt: new Date('2026-11-20T09:30:00Z'), actedAt: new Date('2026-11-24T10:00:00Z') },
    ];
    expect(buildDigest(digestInput({ followUps, now: new Date('2026-11-30T00:00:00Z') })).followUps.onTime).toBe(0);
    expect(
      buildDigest(digestInput({ followUps, calendar, now: new Date('2026-11-30T00:00:00Z') })).followUps.onTime,
    ).toBe(1);
  });

  test('message quality: mean score, share of boilerplate, reply rate by verdict', () => {
    const d = buildDigest(
      digestInput({
        quality: { scored: 8, scoreSum: 8 * 61 + 3, boilerplate: 2 },
        byVerdict: verdictCounts([40, 14], [30, 6], [20, 1]),
      }),
    );
    expect(d.quality).toEqual({ scored: 8, meanScore: 61, boilerplate: 2, boilerplateShare: 0.25 });
    expect(d.byVerdict).toEqual([
      { verdict: 'purposeful', sent: 40, replied: 14, rate: 0.35 },
      { verdict: 'needs_work', sent: 30, replied: 6, rate: 0.2 },
      { verdict: 'boilerplate', sent: 20, replied: 1, rate: 0.05 },
    ]);
    expect(d.purposeLead).toBe(30);
  });

  test('a reply-rate gap on a handful of messages is not claimed as evidence', () => {
    const few = buildDigest(
      digestInput({
        byVerdict: verdictCounts([2, 1], [0, 0], [1, 0]),
      }),
    );
    expect(few.purposeLead).toBeNull();
    const enough = buildDigest(
      digestInput({
        byVerdict: verdictCounts([10, 4], [0, 0], [10, 1]),
      }),
    );
    expect(enough.purposeLead).toBe(30);
  });

  describe('recognition', () => {
    const reps: RepWeekCounts[] = [
      { repId: 'U1', name: 'Ana', sent: 10, replied: 5 },
      { repId: 'U2', name: 'Ben', sent: 3, replied: 3 },
      { repId: 'U3', name: 'Cy', sent: 2, replied: 2 }, // 100%, but too few sends
      { repId: 'U4', name: 'Dee', sent: 20, replied: 5 }, // as many replies as Ana, lower rate
      { repId: 'U5', name: 'Eve', sent: 5, replied: 1 },
      { repId: 'U6', name: 'Fay', sent: 8, replied: 0 },
    ];

    test('the top three: most replies, then best rate, with enough sends to count', () => {
      const d = buildDigest(digestInput({ reps }));
      expect(d.top.map((t) => [t.rank, t.name, t.replied])).toEqual([
        [1, 'Ana', 5],
        [2, 'Dee', 5],
        [3, 'Ben', 3],
      ]);
      expect(TOP_MIN_SENT).toBe(3);
    });

    test('never a bottom ranking: fewer than three good weeks show fewer names, never the rest', () => {
      const d = buildDigest(
        digestInput({
          reps: [
            { repId: 'U1', name: 'Ana', sent: 10, replied: 2 },
            { repId: 'U5', name: 'Eve', sent: 5, replied: 0 },
            { repId: 'U6', name: 'Fay', sent: 8, replied: 0 },
            { repId: 'U3', name: 'Cy', sent: 1, replied: 0 },
          ],
        }),
      );
      expect(d.top.map((t) => t.name)).toEqual(['Ana']);
    });

    test('the per-rep table is alphabetical, not a ranking', () => {
      const d = buildDigest(digestInput({ reps }));
      expect(d.reps.map((r) => r.name)).toEqual(['Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay']);
      expect(d.reps[0]).toMatchObject({ sent: 10, replied: 5, rate: 0.5 });
    });

    test('showRepNames false: no names anywhere, only how many reps were active', () => {
      const d = buildDigest(digestInput({ reps, showRepNames: false }));
      expect(d.top).toEqual([]);
      expect(d.reps).toEqual([]);
      expect(d.unnamed).toBeNull();
      expect(d.activeReps).toBe(6);
      const json = JSON.stringify(d);
      for (const r of reps) expect(json).not.toContain(r.name!);
    });

    test('reps whose name could not be read are summed into one line and are not ranked', () => {
      const d = buildDigest(
        digestInput({
          reps: [
            { repId: 'U1', name: 'Ana', sent: 4, replied: 1 },
            { repId: 'U7', name: null, sent: 9, replied: 6 },
            { repId: 'U8', name: '  ', sent: 1, replied: 0 },
          ],
        }),
      );
      expect(d.reps.map((r) => r.name)).toEqual(['Ana']);
      expect(d.unnamed).toEqual({ reps: 2, sent: 10, replied: 6 });
      expect(d.top.map((t) => t.name)).toEqual(['Ana']);
    });
  });

  test('the coaching tip answers the most frequent finding', () => {
    const d = buildDigest(
      digestInput({
        findings: [
          { code: 'no_ask', count: 3 },
          { code: 'no_why_you', count: 9 },
          { code: 'hype', count: 2 },
        ],
      }),
    );
    expect(d.tip).toEqual({ code: 'no_why_you', count: 9, ...COACHING_TIPS.no_why_you });
  });
});

describe('coachingTip', () => {
  const tie = [
    { code: 'no_value', count: 4 },
    { code: 'hype', count: 4 },
  ];
  test.each<[string, Array<{ code: string; count: number }>, string | null]>([
    ['no findings, no tip', [], null],
    ['no findings, no tip', [{ code: 'no_ask', count: 0 }], null],
    ['a tie goes to the code that sorts first, whatever the input order', tie, 'hype'],
    ['a tie goes to the code that sorts first, whatever the input order', [...tie].reverse(), 'hype'],
    [
      'praise is not something to fix',
      [
        { code: 'follow_up_adds_value', count: 12 },
        { code: 'no_ask', count: 1 },
      ],
      'no_ask',
    ],
    ['praise is not something to fix', [{ code: 'follow_up_adds_value', count: 12 }], null],
    // The message was in a language the check does not read.
    [
      '"not checked" is not something to fix either',
      [
        { code: 'not_checked', count: 9 },
        { code: 'no_ask', count: 1 },
      ],
      'no_ask',
    ],
    ['"not checked" is not something to fix either', [{ code: 'not_checked', count: 9 }], null],
  ])('%s: %j', (_rule, findings, code) => {
    const tip = coachingTip(findings);
    expect(tip === null ? null : tip.code).toBe(code);
  });

  test('an unknown code gets the generic tip', () => {
    expect(coachingTip([{ code: 'brand_new_finding', count: 5 }])).toEqual({
      code: 'brand_new_finding',
      count: 5,
      ...GENERIC_TIP,
    });
    expect(coachingTip([{ code: 'toString', count: 5 }])).toEqual({ code: 'toString', count: 5, ...GENERIC_TIP });
  });

  test('every finding the purpose check can raise has a short tip of its own', () => {
    const tipless = new Set<FindingCode>(['follow_up_adds_value', 'not_checked']);
    expect(FINDING_CODES.length).toBeGreaterThan(20);
    for (const code of FINDING_CODES.filter((c) => !tipless.has(c))) {
      const tip = COACHING_TIPS[code as keyof typeof COACHING_TIPS];
      expect(tip).toBeDefined();
      expect(tip.tip.length).toBeLessThanOrEqual(120);
    }
  });
});

describe('buildRepStats', () => {
  const input = (overrides: Partial<RepStatsInput> = {}): RepStatsInput =>
    repStatsInput({
      week: WEEK,
      timezone: 'UTC',
      weeks: counts([5, 1], [4, 1], [6, 2], [5, 3]),
      qualityByWeek: scores([5, 250], [0, 0], [6, 360], [5, 400]),
      byVerdict: verdictCounts([20, 8], [10, 2], [0, 0]),
      followUps: [{ repId: 'U1', dueAt: new Date('2026-11-18T09:30:00Z'), actedAt: new Date('2026-11-18T10:00:00Z') }],
      ...overrides,
    });

  test('the rep’s week, 4-week rate, quality trend and reply rate by verdict', () => {
    const s = buildRepStats(input());
    expect(s.partial).toBe(true);
    expect(s.thisWeek).toEqual({ sent: 5, replied: 3, rate: 0.6 });
    expect(s.fourWeeks).toEqual({ sent: 20, replied: 7, rate: 0.35 });
    expect(s.trend).toEqual({ direction: 'up', points: 25 });
    expect(s.quality.byWeek).toEqual([50, null, 60, 80]);
    expect(s.quality.meanScore).toBe(80);
    expect(s.quality.fourWeekMean).toBe(63); // 1010 / 16
    expect(s.quality.trend).toEqual({ direction: 'up', points: 17 });
    expect(s.byVerdict.map((v) => v.rate)).toEqual([0.4, 0.2, null]);
    expect(s.purposeLead).toBeNull(); // no boilerplate to compare with
    expect(s.followUps).toMatchObject({ due: 1, onTime: 1, share: 1 });
  });

  test('a rep with nothing at all: nulls, never NaN', () => {
    const zero = { sent: 0, replied: 0 };
    const s = buildRepStats(
      input({ weeks: [zero, zero, zero, zero], qualityByWeek: [], byVerdict: NO_VERDICTS, followUps: [] }),
    );
    expect(s.thisWeek.rate).toBeNull();
    expect(s.quality).toEqual({ meanScore: null, fourWeekMean: null, byWeek: [], trend: null });
    expect(JSON.stringify(s)).not.toMatch(/NaN|Infinity/);
  });
});
