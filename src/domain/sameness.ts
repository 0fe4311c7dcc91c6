import type { PurposeCheckResult } from './purpose-check';

export interface SamenessEvidence {
  /** Closest earlier message, 0..1 trigram similarity. */
  similarity: number;
  byRep: number;
  byTeam: number;
}

/** Trigram similarity from which two messages read as the same template with names swapped. */
export const SAMENESS_THRESHOLD = 0.75;
export const SAMENESS_DAYS = 90;

/**
 * A message nearly the same as others the rep or the team sent recently reads as a template, however
 * well it scores alone. One look-alike is a warning; three or more is a mass template, which the
 * purpose check would call boilerplate had it seen them all, so the verdict is capped at needs_work.
 */
export function applySameness(result: PurposeCheckResult, evidence: SamenessEvidence): PurposeCheckResult {
  if (evidence.byTeam === 0 || evidence.similarity < SAMENESS_THRESHOLD) return result;
  const percent = Math.round(evidence.similarity * 100);
  const who =
    evidence.byRep > 0
      ? `${evidence.byRep} message${evidence.byRep === 1 ? '' : 's'} you sent`
      : `${evidence.byTeam} message${evidence.byTeam === 1 ? '' : 's'} your team sent`;
  const finding = {
    code: 'same_as_earlier',
    severity: evidence.byTeam >= 3 ? ('critical' as const) : ('warning' as const),
    message: `${percent}% the same as ${who} in the last ${SAMENESS_DAYS} days: it reads as a template. Make it about this person.`,
  };
  const penalty = evidence.byTeam >= 3 ? 20 : 10;
  const score = Math.max(0, result.score - penalty);
  const verdict = evidence.byTeam >= 3 && result.verdict === 'purposeful' ? 'needs_work' : result.verdict;
  return { ...result, score, verdict, findings: [finding, ...result.findings] };
}
