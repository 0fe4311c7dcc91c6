import { Worker, type Job } from 'bullmq';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { ReminderJobData } from '../queue/followups';
import type { FollowUpService, ReminderOutcome } from '../services/followups';
import { RateLimitedError } from '../services/slack-port';

const jobData = z.object({
  teamId: z.string().min(1),
  repId: z.string().min(1),
  followUpId: z.string().regex(/^\d{1,18}$/),
  dueAt: z.number().int(),
});

/**
 * A due follow-up: send the rep's reminder. A 429 from Slack pauses the whole queue for Retry-After
 * (the app posts with one bot token, so every other reminder would be refused too) and puts this job
 * back to wait, its claim kept for it: a Monday-morning burst then waits the limit out instead of
 * every job trying, and being refused, on its own.
 */
export function followUpReminderProcessor(
  service: FollowUpService,
  logger: Logger,
  pauseQueue: (ms: number) => Promise<void>,
) {
  return async (job: Job<ReminderJobData>): Promise<ReminderOutcome> => {
    const data = jobData.safeParse(job.data);
    if (!data.success) {
      logger.error({ jobId: job.id }, 'malformed follow-up job dropped');
      return { reminded: 0 };
    }
    try {
      return await service.remind(data.data, job.id ?? `fu-${data.data.followUpId}-${data.data.dueAt}`);
    } catch (err) {
      if (err instanceof RateLimitedError) {
        await pauseQueue(err.retryAfterMs);
        throw Worker.RateLimitError();
      }
      throw err;
    }
  };
}
