import { DelayedError, type Job } from 'bullmq';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { ReminderJobData } from '../queue/followups';
import type { FollowUpService } from '../services/followups';
import { RateLimitedError } from '../services/slack-port';

const jobData = z.object({
  teamId: z.string().min(1),
  repId: z.string().min(1),
  followUpId: z.string().regex(/^\d{1,18}$/),
  dueAt: z.number().int(),
});

/**
 * A due follow-up: send the rep's reminder. A 429 from Slack moves this job back to delayed for
 * Retry-After, so the worker slot goes on to other reps instead of waiting.
 */
export function followUpReminderProcessor(service: FollowUpService, logger: Logger) {
  return async (job: Job<ReminderJobData>, token?: string): Promise<{ reminded: number }> => {
    const data = jobData.safeParse(job.data);
    if (!data.success) {
      logger.error({ jobId: job.id }, 'malformed follow-up job dropped');
      return { reminded: 0 };
    }
    try {
      return await service.remind(data.data, job.id ?? `fu-${data.data.followUpId}-${data.data.dueAt}`);
    } catch (err) {
      if (err instanceof RateLimitedError) {
        await job.moveToDelayed(Date.now() + err.retryAfterMs, token);
        throw new DelayedError();
      }
      throw err;
    }
  };
}
