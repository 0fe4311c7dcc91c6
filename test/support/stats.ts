import { DEFAULT_TEAM_CALENDAR } from '../../src/domain/cadence';
import type { Verdict } from '../../src/domain/purpose-check';
import {
  type Counts,
  type DigestInput,
  type RepStats,
  type RepStatsInput,
  weekContaining,
} from '../../src/domain/stats';
import type { AppHomeInput } from '../../src/views/app-home';

/** The week of 16–22 November 2026 in Berlin, and the Monday morning after it, when its digest goes out. */
export const WEEK = weekContaining(new Date('2026-11-18T12:00:00Z'), 'Europe/Berlin');
export const NOW = new Date('2026-11-23T09:00:00Z');
export const ZERO: Counts = { sent: 0, replied: 0 };
export const NO_VERDICTS: Record<Verdict, Counts> = { purposeful: ZERO, needs_work: ZERO, boilerplate: ZERO };
/** Counts from [sent, replied] pairs, oldest week first: `counts([10, 2], [0, 0])`. */
export const counts = (...pairs: Array<[sent: number, replied: number]>): Counts[] =>
  pairs.map(([sent, replied]) => ({ sent, replied }));
/** Counts by verdict from [sent, replied] pairs, in the order purposeful, needs work, boilerplate. */
export function verdictCounts(
  purposeful: [sent: number, replied: number],
  needsWork: [sent: number, replied: number],
  boilerplate: [sent: number, replied: number],
): Record<Verdict, Counts> {
  const [p, n, b] = counts(purposeful, needsWork, boilerplate) as [Counts, Counts, Counts];
  return { purposeful: p, needs_work: n, boilerplate: b };
}
/** Weekly purpose scores from [scored, scoreSum] pairs, oldest week first. */
export const scores = (...pairs: Array<[scored: number, scoreSum: number]>) =>
  pairs.map(([scored, scoreSum]) => ({ scored, scoreSum }));
/** A Friday in WEEK, when a rep looks at their numbers. */
export const FRIDAY = new Date('2026-11-20T12:00:00Z');

/** The input of WEEK's digest for a team that sent nothing in four weeks, with `overrides` on top. */
export function digestInput(overrides: Partial<DigestInput> = {}): DigestInput {
  return {
    week: WEEK,
    timezone: 'Europe/Berlin',
    now: NOW,
    weeks: [ZERO, ZERO, ZERO, ZERO],
    reps: [],
    followUps: [],
    calendar: DEFAULT_TEAM_CALENDAR,
    quality: { scored: 0, scoreSum: 0, boilerplate: 0 },
    byVerdict: NO_VERDICTS,
    findings: [],
    showRepNames: true,
    ...overrides,
  };
}

/** The input of a rep's stats for WEEK, seen on FRIDAY in Berlin, with nothing sent in four weeks; `overrides` on top. */
export function repStatsInput(overrides: Partial<RepStatsInput> = {}): RepStatsInput {
  return {
    week: WEEK,
    timezone: 'Europe/Berlin',
    weeks: [ZERO, ZERO, ZERO, ZERO],
    qualityByWeek: [ZERO, ZERO, ZERO, ZERO].map(() => ({ scored: 0, scoreSum: 0 })),
    byVerdict: NO_VERDICTS,
    followUps: [],
    calendar: DEFAULT_TEAM_CALENDAR,
    now: FRIDAY,
    ...overrides,
  };
}

/** The App Home input for a rep with `stats` and nothing due or open, on FRIDAY in Berlin; `overrides` on top. */
export function appHomeInput(stats: RepStats, overrides: Partial<AppHomeInput> = {}): AppHomeInput {
  return { stats, due: [], open: [], openTotal: 0, now: FRIDAY, timezone: 'Europe/Berlin', ...overrides };
}
