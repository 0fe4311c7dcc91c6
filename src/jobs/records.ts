import { DelayedError, type Job } from 'bullmq';
import { z } from 'zod';
import type { Logger } from '../logger';
import type { RecordsJobData } from '../queue/records';
import type { ErasureService } from '../services/erasure';
import type { ExportService } from '../services/export';
import type { RetentionService } from '../services/retention';
import { RateLimitedError } from '../services/slack-port';

const slackId = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,40}$/i);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const jobData = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('retention') }),
  z.object({ kind: z.literal('purge'), teamId: slackId }),
  z.object({
    kind: z.literal('export'),
    teamId: slackId,
    userId: slackId,
    scope: z.enum(['team', 'own']),
    from: isoDate,
    to: isoDate,
  }),
]);

export interface RecordsServices {
  retention: RetentionService;
  erasure: ErasureService;
  exports: ExportService;
}

/** The `records` queue: the daily retention pass, a removed workspace's purge, an export. */
export function recordsProcessor(services: RecordsServices, logger: Logger) {
  return async (job: Job<RecordsJobData>, token?: string): Promise<unknown> => {
    const parsed = jobData.safeParse(job.data);
    if (!parsed.success) {
      logger.error({ jobId: job.id }, 'malformed records job dropped');
      return { result: 'malformed' };
    }
    const data = parsed.data;
    try {
      switch (data.kind) {
        case 'retention':
          return await services.retention.run('schedule');
        case 'purge':
          return { purged: await services.erasure.purge(data.teamId) };
        case 'export':
          return await services.exports.run(data);
      }
    } catch (err) {
      if (err instanceof RateLimitedError) {
        await job.moveToDelayed(Date.now() + err.retryAfterMs, token);
        throw new DelayedError();
      }
      if (data.kind === 'export' && job.attemptsMade + 1 >= (job.opts.attempts ?? 1))
        await services.exports.tellFailed(data);
      throw err;
    }
  };
}
