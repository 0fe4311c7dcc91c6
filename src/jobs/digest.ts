import { DelayedError, type Job } from 'bullmq';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { DigestJobData } from '../queue/digests';
import type { DigestService, PostResult } from '../services/digest';
import { RateLimitedError } from '../services/slack-port';

const jobData = z.object({ teamId: z.string().min(1), channelId: z.string().min(1) });

/** A subscribed channel's weekly run: post the digest once for the week. */
export function digestProcessor(service: DigestService, logger: Logger, clock: () => Date = () => new Date()) {
  return async (job: Job<DigestJobData>, token?: string): Promise<{ result: PostResult | 'malformed' }> => {
    const data = jobData.safeParse(job.data);
    if (!data.success) {
      logger.error({ jobId: job.id }, 'malformed digest job dropped');
      return { result: 'malformed' };
    }
    try {
      const result = await service.postScheduled(data.data, job.id ?? `digest-${data.data.teamId}-${data.data.channelId}`, clock());
      logger.info({ teamId: data.data.teamId, channelId: data.data.channelId, result }, 'digest run');
      return { result };
    } catch (err) {
      if (err instanceof RateLimitedError) {
        await job.moveToDelayed(Date.now() + err.retryAfterMs, token);
        throw new DelayedError();
      }
      throw err;
    }
  };
}
