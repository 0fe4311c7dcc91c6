// The numbers behind the weekly digest, `/outreach stats` and the App Home: weeks, response rates,
// trends, follow-up discipline, message quality, recognition and the coaching tip of the week. Pure:
// the caller passes the clock (`now`) and the counts it read; nothing here reads the time or does I/O.
//
// Conventions, so every number means the same thing wherever it shows:
// - A week runs from Monday 00:00 to the next Monday 00:00 in the given zone, [start, end). Across a
//   DST change it is 167 or 169 hours long, because luxon steps it in local calendar days.
// - A week's `Counts` are over the outreach *sent* in that week: `replied` is how many of those have
//   a reply by now, whenever the reply came. A reply on Tuesday to Friday's message counts for
//   Friday's week, so a rate is always "of what we sent then, how much got answered", never replies
//   of one week divided by sends of another (which can exceed 100%). The flip side: the newest week
//   looks lower until its replies come in.
// - Rates are fractions (0.32), or null when nothing was sent: never NaN. Views turn them into
//   whole percentages.
// - A follow-up is on time when it was acted on by the end of the first business day after the day
//   it was due, in the team's calendar (weekend days and holidays do not count). One that is still
//   inside that window and not acted on yet is pending: counted neither on time nor late.
import { DateTime } from 'luxon';
import { addBusinessDays, type TeamCalendar } from './cadence';
import type { FindingCode, Verdict } from './purpose-check';
import { isValidTimeZone } from './time-zone';

// ---------------------------------------------------------------------------------------------
// Weeks

export interface Week {
  start: Date;
  end: Date;
}

/** The Monday-to-Monday week, in `timezone`, that `at` falls in. */
export function weekContaining(at: Date, timezone: string): Week {
  // luxon's startOf('week') is the ISO week (Monday), whatever the locale, unless asked otherwise.
  return weekFrom(inZone(at, timezone).startOf('week'));
}

/** `n` consecutive weeks, oldest first, the last one being `week`. Stepped in local weeks, so DST-safe. */
export function weeksEndingWith(week: Week, n: number, timezone: string): Week[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`weeksEndingWith: n must be a whole number ≥ 0, got ${n}`);
  const last = DateTime.fromJSDate(weekContaining(week.start, timezone).start, { zone: timezone });
  const weeks: Week[] = [];
  for (let back = n - 1; back >= 0; back--) weeks.push(weekFrom(last.minus({ weeks: back })));
  return weeks;
}

function weekFrom(localMonday: DateTime): Week {
  return { start: localMonday.toJSDate(), end: localMonday.plus({ weeks: 1 }).toJSDate() };
}

function inZone(at: Date, timezone: string): DateTime {
  if (!isValidTimeZone(timezone)) throw new RangeError(`stats: unknown time zone ${JSON.stringify(timezone)}`);
  const local = DateTime.fromJSDate(at, { zone: timezone });
  if (!local.isValid) throw new RangeError(`stats: invalid date ${String(at)}`);
  return local;
}

// ---------------------------------------------------------------------------------------------
// Rates and trends

/** Over the outreach sent in a span: how many were sent, and how many of those got a reply (by now). */
export interface Counts {
  sent: number;
  replied: number;
}

/** replied ÷ sent, or null when nothing was sent. */
export function responseRate(c: Counts): number | null {
  if (!(c.sent > 0)) return null;
  return Math.min(1, Math.max(0, c.replied / c.sent));
}

export interface Trend {
  /** `flat` when the two are within FLAT_POINTS of each other. */
  direction: 'up' | 'down' | 'flat';
  /** The difference in whole percentage points (or score points), signed: +5, -3, 0. */
  points: number;
}

/** A difference this small (in points) reads as "about the same": week-to-week noise, not a trend. */
export const FLAT_POINTS = 1;

/** `current` against `baseline`, both as fractions (0.32) or both on a 0–100 scale (`scale` 1). */
export function trendOf(current: number | null, baseline: number | null, scale = 100): Trend | null {
  if (current === null || baseline === null) return null;
  const points = Math.round((current - baseline) * scale);
  const direction = Math.abs(points) <= FLAT_POINTS ? 'flat' : points > 0 ? 'up' : 'down';
  return { direction, points: points === 0 ? 0 : points }; // never -0
}

function sum(counts: Counts[]): Counts {
  return counts.reduce((a, c) => ({ sent: a.sent + c.sent, replied: a.replied + c.replied }), { sent: 0, replied: 0 });
}

/** Counts with their rate, so a view never divides. */
export interface RatedCounts extends Counts {
  rate: number | null;
}

function rated(c: Counts): RatedCounts {
  return { sent: c.sent, replied: c.replied, rate: responseRate(c) };
}

// ---------------------------------------------------------------------------------------------
// Follow-up discipline

export interface FollowUpDue {
  repId: string;
  dueAt: Date;
  actedAt: Date | null;
}

export type FollowUpTiming = 'on_time' | 'late' | 'pending';

/**
 * The end of a follow-up's window: midnight after the first business day after the local day it was
 * due. Reps work in days, not hours: a reminder on Friday morning is on time if acted on by the end
 * of Monday (or of Tuesday when Monday is a holiday).
 */
export function followUpDeadline(dueAt: Date, cal: TeamCalendar & { timezone: string }): Date {
  const due = inZone(dueAt, cal.timezone);
  const nextBusinessDay = addBusinessDays(due, 1, cal);
  return nextBusinessDay.startOf('day').plus({ days: 1 }).toJSDate();
}

/**
 * On time (acted on before the window ended; acting early counts too), late (acted on after it, or
 * not acted on and the window is over), or pending (not acted on, and the window is still open as of
 * `now`): a pending one is counted neither way yet, so a Monday digest does not call Friday's
 * follow-ups late before the rep had their business day to act.
 */
export function followUpTiming(
  f: FollowUpDue,
  cal: TeamCalendar & { timezone: string },
  now: Date,
  deadlineOf: (dueAt: Date) => number = (dueAt) => followUpDeadline(dueAt, cal).getTime(),
): FollowUpTiming {
  const deadline = deadlineOf(f.dueAt);
  if (f.actedAt !== null) return f.actedAt.getTime() < deadline ? 'on_time' : 'late';
  return now.getTime() < deadline ? 'pending' : 'late';
}

/** Acted on within one business day of being due (the team's weekend days and holidays do not count). */
export function actedOnTime(f: FollowUpDue, cal: TeamCalendar & { timezone: string }, now: Date): boolean {
  return followUpTiming(f, cal, now) === 'on_time';
}

export interface FollowUpTally {
  /** Every follow-up due in the week (not cancelled). */
  due: number;
  onTime: number;
  late: number;
  /** Still inside their window, not acted on yet: in `due`, not in `counted`. */
  pending: number;
  /** onTime + late: the follow-ups `share` is over. */
  counted: number;
  /** onTime ÷ counted, or null when none is counted yet. */
  share: number | null;
}

/**
 * Deadlines by the local day a follow-up was due: a week has at most seven such days, so a team's
 * thousands of follow-ups need seven calendar walks, not one each.
 */
function deadlineCache(cal: TeamCalendar & { timezone: string }): (dueAt: Date) => number {
  const byDay = new Map<string, number>();
  return (dueAt) => {
    const day = inZone(dueAt, cal.timezone).toISODate() ?? '';
    let deadline = byDay.get(day);
    if (deadline === undefined) {
      deadline = followUpDeadline(dueAt, cal).getTime();
      byDay.set(day, deadline);
    }
    return deadline;
  };
}

export function tallyFollowUps(
  followUps: FollowUpDue[],
  cal: TeamCalendar & { timezone: string },
  now: Date,
): FollowUpTally {
  let onTime = 0;
  let late = 0;
  let pending = 0;
  const deadlines = deadlineCache(cal);
  for (const f of followUps) {
    const timing = followUpTiming(f, cal, now, deadlines);
    if (timing === 'on_time') onTime++;
    else if (timing === 'late') late++;
    else pending++;
  }
  const counted = onTime + late;
  return { due: followUps.length, onTime, late, pending, counted, share: counted > 0 ? onTime / counted : null };
}

// ---------------------------------------------------------------------------------------------
// Message quality

export const VERDICTS: readonly Verdict[] = ['purposeful', 'needs_work', 'boilerplate'];

export interface VerdictRate extends RatedCounts {
  verdict: Verdict;
}

function verdictRates(byVerdict: Record<Verdict, Counts>): VerdictRate[] {
  return VERDICTS.map((verdict) => ({ verdict, ...rated(byVerdict[verdict] ?? { sent: 0, replied: 0 }) }));
}

/** Purposeful's reply rate minus boilerplate's, in points: the evidence that purpose pays. */
/** Below this many sent of either verdict, a gap in reply rates is noise, not evidence: say nothing. */
export const EVIDENCE_MIN_SENT = 10;

function purposeLead(rates: VerdictRate[]): number | null {
  const p = rates.find((r) => r.verdict === 'purposeful');
  const b = rates.find((r) => r.verdict === 'boilerplate');
  const purposeful = p?.rate ?? null;
  const boilerplate = b?.rate ?? null;
  if (purposeful === null || boilerplate === null) return null;
  if (p!.sent < EVIDENCE_MIN_SENT || b!.sent < EVIDENCE_MIN_SENT) return null;
  return Math.round((purposeful - boilerplate) * 100);
}

function meanScore(q: { scored: number; scoreSum: number }): number | null {
  return q.scored > 0 ? Math.round(q.scoreSum / q.scored) : null;
}

// ---------------------------------------------------------------------------------------------
// Messages the check did not read

/**
 * Sent outreach in languages the purpose check does not read: it has no score and no verdict, so
 * every quality figure leaves it out, and the digest and stats say how many there were and in
 * which languages. Numbers and language codes only.
 */
export interface NotChecked {
  /** How many messages. */
  count: number;
  /** Their languages (ISO 639-1 codes), most messages first, ties by code. */
  langs: string[];
  /** How many of them have no language on record (stored before languages were): in `count`, not in `langs`. */
  unnamed: number;
}

/** Counts by language (a null language: not on record) → one tally. */
export function tallyNotChecked(rows: ReadonlyArray<{ lang: string | null; count: number }> = []): NotChecked {
  const byLang = new Map<string, number>();
  let count = 0;
  let unnamed = 0;
  for (const r of rows) {
    if (!Number.isInteger(r.count) || r.count <= 0) continue;
    count += r.count;
    const lang = r.lang?.trim().toLowerCase() ?? '';
    if (/^[a-z]{2,3}$/.test(lang) && lang !== 'und') byLang.set(lang, (byLang.get(lang) ?? 0) + r.count);
    else unnamed += r.count;
  }
  const langs = [...byLang]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([lang]) => lang);
  return { count, langs, unnamed };
}

// ---------------------------------------------------------------------------------------------
// Coaching tip of the week

export interface CoachingTip {
  /** The purpose check's finding code the tip answers, e.g. 'no_why_you'. */
  code: string;
  /** How many of the week's messages had it. */
  count: number;
  /** What it is, in a few words: "no reason why them". */
  label: string;
  /** One short, friendly thing to try. */
  tip: string;
}

// Positive findings (praise, not a problem) never become the tip of the week, and neither does "not
// checked": a message in a language the check does not read is nothing the rep did wrong.
const NOT_A_TIP = new Set(['follow_up_adds_value', 'not_checked']);

// One collator for every name comparison: `localeCompare(…, 'en')` builds a new one per call, which
// made sorting a 1,000-rep table take most of a second.
const byName = new Intl.Collator('en').compare;

/** Findings that are praise or bookkeeping, never a tip of the week. */
type NoTip = 'follow_up_adds_value' | 'not_checked';

/** One tip per finding code of the purpose check: a new code without a tip does not compile. */
export const COACHING_TIPS: Record<Exclude<FindingCode, NoTip>, { label: string; tip: string }> = {
  template_field: {
    label: 'unfilled template fields',
    tip: 'Read each message once before sending: a leftover {first_name} tells the prospect it went to everyone.',
  },
  default_invitation: {
    label: "LinkedIn's default invitation",
    tip: 'Swap the default invitation for one line on why them and one on what you offer.',
  },
  near_empty: {
    label: 'near-empty messages',
    tip: 'Two sentences beat none: say why them and what is in it for them.',
  },
  mass_template: {
    label: 'mass-template wording',
    tip: 'Write to one person, not "leaders like you": name what only they would recognise.',
  },
  generic_connect: {
    label: 'a connect request with no reason',
    tip: 'Give them a reason to accept: one detail about them and one thing you can offer.',
  },
  generic_flattery: {
    label: 'generic flattery',
    tip: 'Trade "impressive profile" for one specific thing they did or said.',
  },
  generic_opener: { label: 'an opener that fits anyone', tip: 'Open with why them, not "I hope this finds you well".' },
  unnamed_mutual_connections: {
    label: 'unnamed mutual connections',
    tip: 'Name the person you both know, or leave mutual connections out.',
  },
  no_why_you: {
    label: 'no reason why them',
    tip: 'Start with why them: a post, a talk, a launch or a person you both know.',
  },
  no_value: {
    label: 'nothing in it for them',
    tip: 'Offer something useful before asking: a data point, a checklist, an intro.',
  },
  no_who_i_am: {
    label: 'no line on who you are',
    tip: 'One line on who you are (role and company) makes a stranger safe to answer.',
  },
  no_ask: { label: 'no clear ask', tip: 'End with one easy next step, like "Want me to send it?"' },
  several_asks: { label: 'several asks', tip: 'One message, one ask: keep the one that matters most.' },
  heavy_ask: { label: 'a heavy first ask', tip: 'Ask for something small first, like 15 minutes or a yes/no.' },
  meeting_imposed: { label: 'meetings booked for them', tip: 'Ask before you book: let them pick whether and when.' },
  asks_a_favour: {
    label: 'asking a favour with nothing in return',
    tip: 'Before asking for an intro, offer something useful of your own.',
  },
  vague_ask: {
    label: 'open-ended asks',
    tip: 'Swap "chat sometime" for one concrete, easy ask: your offer as a question, or 15 minutes on a named day.',
  },
  pressure: { label: 'your quota as their reason', tip: 'Leave your deadline out: give them their reason to reply.' },
  vague_intent: {
    label: 'vague intent',
    tip: 'Say exactly what you offer or want to learn, instead of "pick your brain".',
  },
  hype: { label: 'hype', tip: 'Plain words read as more credible than capitals, "!!" and buzzwords.' },
  pure_pitch: {
    label: 'pitching features',
    tip: 'Lead with something useful to them; the product can wait for the reply.',
  },
  pushy_follow_up: {
    label: 'follow-ups that only nudge',
    tip: 'Make each follow-up bring something new, a finding or a resource, not "just bumping this".',
  },
  wall_of_text: { label: 'walls of text', tip: 'Cut to one detail, one offer and one ask: short messages get read.' },
  long_message: { label: 'long messages', tip: 'Aim for a message they can read in one glance on a phone.' },
  over_channel_limit: {
    label: 'messages over the channel limit',
    tip: 'Check the length before you send: LinkedIn cuts notes and InMails off at their limit.',
  },
  long_inmail: { label: 'long InMails', tip: 'Keep InMails short: the short ones get more replies.' },
  booking_link_only: {
    label: 'a booking link as the only ask',
    tip: 'Ask one question they can answer in a word; a booking link can follow their yes.',
  },
  contract_ask: {
    label: 'contracts or fees in a first message',
    tip: 'Earn the conversation first: ask for 15 minutes or a yes/no, not a signature.',
  },
  deadline: {
    label: 'your deadline as their reason',
    tip: 'Leave out "by Friday": a date matters only when it is theirs.',
  },
  scarcity: { label: 'scarcity', tip: 'Drop "only 3 spots left": let the offer stand on its use to them.' },
  subject_line: {
    label: 'subject lines',
    tip: 'Three to six plain words naming their detail get opened; skip "quick question".',
  },
  reading_grade: {
    label: 'hard reading',
    tip: 'Short sentences and short words: messages near a 5th-grade level get more replies.',
  },
  about_you: { label: 'messages about the sender', tip: 'Turn one "we do" sentence into what it means for them.' },
  unsure_why_you: {
    label: 'a why-you they may not recognise',
    tip: 'Name the post or talk and one thing it said, so they know you read it.',
  },
  unsure_value: {
    label: 'an offer they may not see',
    tip: 'Give what they get a sentence of its own, in their terms: a number, a sample, an intro.',
  },
  unsure_who: {
    label: 'a sender they may not place',
    tip: 'Open with your name, role and company in one plain sentence.',
  },
  unsure_asks: {
    label: 'a second question',
    tip: 'End on the one ask that matters; a question they need not answer can go.',
  },
};

export const GENERIC_TIP = {
  label: 'one thing to improve',
  tip: 'Before sending, check the four parts: who you are, why them, what is in it for them, one clear ask.',
};

/** The tip for the most frequent finding (ties go to the code that sorts first), or null when none. */
export function coachingTip(findings: Array<{ code: string; count: number }>): CoachingTip | null {
  const top = findings
    .filter((f) => f.count > 0 && !NOT_A_TIP.has(f.code))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))[0];
  if (!top) return null;
  const known = Object.hasOwn(COACHING_TIPS, top.code)
    ? COACHING_TIPS[top.code as keyof typeof COACHING_TIPS]
    : undefined;
  return { code: top.code, count: top.count, ...(known ?? GENERIC_TIP) };
}

// ---------------------------------------------------------------------------------------------
// The weekly digest

export interface RepWeekCounts {
  repId: string;
  name: string | null;
  sent: number;
  replied: number;
}

export interface DigestInput {
  week: Week;
  timezone: string;
  now: Date;
  /** The last 4 weeks, oldest first; the last one is this week. */
  weeks: Counts[];
  /** Reps with any activity this week. */
  reps: RepWeekCounts[];
  /** Follow-ups due this week (not cancelled). */
  followUps: FollowUpDue[];
  /** The team's weekend days and holidays. */
  calendar: TeamCalendar;
  /** This week's sent outreach. */
  quality: { scored: number; scoreSum: number; boilerplate: number };
  /** Outreach sent in the last 12 weeks, by verdict. */
  byVerdict: Record<Verdict, Counts>;
  /** Finding codes of this week's sent outreach, with counts. */
  findings: Array<{ code: string; count: number }>;
  /** This week's sent outreach the check did not read, counted by language; absent: none. */
  notChecked?: ReadonlyArray<{ lang: string | null; count: number }>;
  showRepNames: boolean;
}

/** Fewest sends this week to be in the top three: 1 reply of 1 sent is luck, not a week's work. */
export const TOP_MIN_SENT = 3;
export const TOP_COUNT = 3;

export interface RepRow extends RatedCounts {
  repId: string;
  name: string;
  /** This rep's follow-ups due this week, on time of those counted (pending ones left out). */
  followUps: { onTime: number; counted: number };
}

export interface TopRep extends RatedCounts {
  /** 1, 2, 3. */
  rank: number;
  repId: string;
  name: string;
}

export interface Digest {
  week: Week;
  timezone: string;
  /** True while the week is still running at `now` (a preview): its numbers are so far. */
  partial: boolean;
  /** This week: outreach sent, how many of those got a reply, and the rate (null when none was sent). */
  thisWeek: RatedCounts;
  /** The last 4 weeks together, this one included. */
  fourWeeks: RatedCounts;
  /** Each of the last 4 weeks' rates, oldest first, for a sparkline. */
  weeklyRates: Array<number | null>;
  /** Each of the last 4 weeks' sends, oldest first. */
  weeklySent: number[];
  /** This week's rate against the 4-week rate; null when either is null. */
  trend: Trend | null;
  followUps: FollowUpTally;
  quality: {
    /** This week's sent outreach that had a purpose check. */
    scored: number;
    /** Mean purpose score (0–100, whole), null when nothing was scored. */
    meanScore: number | null;
    boilerplate: number;
    /** boilerplate ÷ scored, null when nothing was scored. */
    boilerplateShare: number | null;
  };
  /** This week's sent outreach in languages the check does not read: in no quality figure. */
  notChecked: NotChecked;
  /** Reply rate by verdict over the last 12 weeks, in the order purposeful, needs work, boilerplate. */
  byVerdict: VerdictRate[];
  /** Purposeful's reply rate minus boilerplate's, in points; null unless both were sent. */
  purposeLead: number | null;
  showRepNames: boolean;
  /** How many reps sent outreach this week (shown whether or not names are). */
  activeReps: number;
  /** Named reps, alphabetically (a table, not a ranking); empty when names are off. */
  reps: RepRow[];
  /** Reps whose name could not be read, summed into one line; null when there are none or names are off. */
  unnamed: (Counts & { reps: number }) | null;
  /** Up to three, best first: most replies, then best rate; at least TOP_MIN_SENT sent and one reply. Empty when names are off. */
  top: TopRep[];
  /** From the most frequent finding this week; null when there were none. */
  tip: CoachingTip | null;
}

export function buildDigest(input: DigestInput): Digest {
  const cal = { ...input.calendar, timezone: input.timezone };
  const thisWeek = rated(input.weeks.at(-1) ?? { sent: 0, replied: 0 });
  const fourWeeks = rated(sum(input.weeks));
  const byVerdict = verdictRates(input.byVerdict);
  const active = input.reps.filter((r) => r.sent > 0);

  const perRep = new Map<string, { onTime: number; counted: number }>();
  const deadlines = deadlineCache(cal);
  for (const f of input.followUps) {
    const timing = followUpTiming(f, cal, input.now, deadlines);
    if (timing === 'pending') continue;
    const tally = perRep.get(f.repId) ?? { onTime: 0, counted: 0 };
    tally.counted++;
    if (timing === 'on_time') tally.onTime++;
    perRep.set(f.repId, tally);
  }

  let reps: RepRow[] = [];
  let unnamed: Digest['unnamed'] = null;
  let top: TopRep[] = [];
  if (input.showRepNames) {
    const named = input.reps.filter(
      (r): r is RepWeekCounts & { name: string } => r.name !== null && r.name.trim() !== '',
    );
    reps = named
      .map((r) => ({
        repId: r.repId,
        name: r.name.trim(),
        ...rated(r),
        followUps: perRep.get(r.repId) ?? { onTime: 0, counted: 0 },
      }))
      .sort((a, b) => byName(a.name, b.name) || (a.repId < b.repId ? -1 : a.repId > b.repId ? 1 : 0));
    const namedIds = new Set(named.map((r) => r.repId));
    const others = input.reps.filter((r) => !namedIds.has(r.repId));
    if (others.length > 0) unnamed = { reps: others.length, ...sum(others) };
    top = reps
      .filter((r) => r.sent >= TOP_MIN_SENT && r.replied > 0)
      .sort((a, b) => b.replied - a.replied || (b.rate ?? 0) - (a.rate ?? 0) || byName(a.name, b.name))
      .slice(0, TOP_COUNT)
      .map((r, i) => ({ rank: i + 1, repId: r.repId, name: r.name, sent: r.sent, replied: r.replied, rate: r.rate }));
  }

  return {
    week: input.week,
    timezone: input.timezone,
    partial: input.now.getTime() < input.week.end.getTime(),
    thisWeek,
    fourWeeks,
    weeklyRates: input.weeks.map(responseRate),
    weeklySent: input.weeks.map((w) => w.sent),
    trend: trendOf(thisWeek.rate, fourWeeks.rate),
    followUps: tallyFollowUps(input.followUps, cal, input.now),
    quality: {
      scored: input.quality.scored,
      meanScore: meanScore(input.quality),
      boilerplate: input.quality.boilerplate,
      boilerplateShare: input.quality.scored > 0 ? Math.min(1, input.quality.boilerplate / input.quality.scored) : null,
    },
    notChecked: tallyNotChecked(input.notChecked),
    byVerdict,
    purposeLead: purposeLead(byVerdict),
    showRepNames: input.showRepNames,
    activeReps: active.length,
    reps,
    unnamed,
    top,
    tip: coachingTip(input.findings),
  };
}

// ---------------------------------------------------------------------------------------------
// A rep's own numbers: `/outreach stats` and the App Home

export interface RepStatsInput {
  week: Week;
  timezone: string;
  /** The last 4 weeks, oldest first; the last one is this week. */
  weeks: Counts[];
  /** The last 4 weeks, oldest first. */
  qualityByWeek: Array<{ scored: number; scoreSum: number }>;
  /** The rep's outreach sent in the last 12 weeks, by verdict. */
  byVerdict: Record<Verdict, Counts>;
  /** The rep's follow-ups due this week (not cancelled). */
  followUps: FollowUpDue[];
  calendar: TeamCalendar;
  now: Date;
  /** The rep's sent outreach this week that the check did not read, by language; absent: none. */
  notChecked?: ReadonlyArray<{ lang: string | null; count: number }>;
}

export interface RepStats {
  week: Week;
  timezone: string;
  /** True while the week is still running at `now`: its numbers are so far. */
  partial: boolean;
  thisWeek: RatedCounts;
  fourWeeks: RatedCounts;
  /** Each of the last 4 weeks' rates, oldest first. */
  weeklyRates: Array<number | null>;
  weeklySent: number[];
  /** This week's rate against the 4-week rate; null when either is null. */
  trend: Trend | null;
  quality: {
    /** This week's mean purpose score (0–100, whole), null when nothing was scored. */
    meanScore: number | null;
    /** The 4 weeks together. */
    fourWeekMean: number | null;
    /** Each week's mean score, oldest first, null for a week with nothing scored. */
    byWeek: Array<number | null>;
    /** This week's mean score against the 4-week mean, in score points. */
    trend: Trend | null;
  };
  /** This week's sent outreach in languages the check does not read: in no quality figure. */
  notChecked: NotChecked;
  /** Over the rep's last 12 weeks, purposeful, needs work, boilerplate. */
  byVerdict: VerdictRate[];
  purposeLead: number | null;
  followUps: FollowUpTally;
}

export function buildRepStats(input: RepStatsInput): RepStats {
  const cal = { ...input.calendar, timezone: input.timezone };
  const thisWeek = rated(input.weeks.at(-1) ?? { sent: 0, replied: 0 });
  const fourWeeks = rated(sum(input.weeks));
  const byWeek = input.qualityByWeek.map(meanScore);
  const allQuality = input.qualityByWeek.reduce(
    (a, q) => ({ scored: a.scored + q.scored, scoreSum: a.scoreSum + q.scoreSum }),
    { scored: 0, scoreSum: 0 },
  );
  const thisQuality = input.qualityByWeek.at(-1);
  const quality = {
    meanScore: thisQuality ? meanScore(thisQuality) : null,
    fourWeekMean: meanScore(allQuality),
    byWeek,
    trend: null as Trend | null,
  };
  // Unrounded means, so the trend does not inherit two roundings.
  const exact = (q: { scored: number; scoreSum: number } | undefined) =>
    q && q.scored > 0 ? q.scoreSum / q.scored : null;
  quality.trend = trendOf(exact(thisQuality), exact(allQuality), 1);
  const byVerdict = verdictRates(input.byVerdict);
  return {
    week: input.week,
    timezone: input.timezone,
    partial: input.now.getTime() < input.week.end.getTime(),
    thisWeek,
    fourWeeks,
    weeklyRates: input.weeks.map(responseRate),
    weeklySent: input.weeks.map((w) => w.sent),
    trend: trendOf(thisWeek.rate, fourWeeks.rate),
    quality,
    notChecked: tallyNotChecked(input.notChecked),
    byVerdict,
    purposeLead: purposeLead(byVerdict),
    followUps: tallyFollowUps(input.followUps, cal, input.now),
  };
}
