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
      // The scheduler stamps each run with its slot (prevMillis): a run that starts late (a worker down
      // over Monday morning, retries past midnight) still posts the week its slot closed.
      const slot = (job.opts as { prevMillis?: unknown }).prevMillis;
      const now = clock();
      const scheduledAt = typeof slot === 'number' && Number.isFinite(slot) ? new Date(slot) : now;
      const result = await service.postScheduled(
        data.data,
        job.id ?? `digest-${data.data.teamId}-${data.data.channelId}`,
        now,
        scheduledAt,
      );
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
