import { DEFAULT_TEAM_CALENDAR } from '../../src/domain/cadence';
import type { Verdict } from '../../src/domain/purpose-check';
import { type Counts, type DigestInput, weekContaining } from '../../src/domain/stats';

/** The week of 16–22 November 2026 in Berlin, and the Monday morning after it, when its digest goes out. */
export const WEEK = weekContaining(new Date('2026-11-18T12:00:00Z'), 'Europe/Berlin');
export const NOW = new Date('2026-11-23T09:00:00Z');
export const ZERO: Counts = { sent: 0, replied: 0 };
export const NO_VERDICTS: Record<Verdict, Counts> = { purposeful: ZERO, needs_work: ZERO, boilerplate: ZERO };

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
