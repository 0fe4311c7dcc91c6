import type { BackoffOptions } from 'bullmq';

/**
 * Retries that outlast an outage. BullMQ's exponential backoff has no ceiling, so a job's attempts run
 * out after a few long waits (8 attempts from 5 s: done in 10 minutes), and a failed job stays in
 * Redis, where it kept the reconciler from re-adding its follow-up for a week. This strategy doubles
 * from the job's `delay` up to a ten-minute ceiling: reminders keep trying for about four hours,
 * digests for about an hour and a half, and then the reconciler takes over (see FollowUpQueue.missing).
 */
export const CAPPED_EXPONENTIAL = 'capped-exponential';
export const BACKOFF_CEILING_MS = 10 * 60 * 1000;

export function cappedBackoff(delayMs: number): BackoffOptions {
  return { type: CAPPED_EXPONENTIAL, delay: delayMs };
}

/** The workers' `settings.backoffStrategy`. */
export function backoffStrategy(
  attemptsMade: number,
  type?: string,
  _err?: Error,
  job?: { opts?: { backoff?: number | BackoffOptions } },
): number {
  const backoff = job?.opts?.backoff;
  const delay = typeof backoff === 'object' && backoff.delay ? backoff.delay : 5000;
  if (type !== CAPPED_EXPONENTIAL) return delay;
  return Math.min(delay * 2 ** Math.max(0, attemptsMade - 1), BACKOFF_CEILING_MS);
}
