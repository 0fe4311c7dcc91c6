import type { Pool } from 'pg';
import type { Logger } from '../logger';
import { blankExpiredBatch, finishRetentionRun, startRetentionRun } from '../store/retention';
import { DEFAULT_RETENTION_DAYS } from '../store/team-settings';

export interface RetentionResult {
  blanked: number;
  batches: number;
}

/**
 * Retention: every team's outreach texts and profile URLs go after its window (team setting, default
 * 365 days). Idempotent (a blanked row is never touched again) and in batches, so no statement holds
 * many row locks for long; each run is recorded in retention_runs.
 */
export class RetentionService {
  constructor(
    private readonly pool: Pool,
    private readonly o: { logger: Logger; clock?: () => Date; batchSize?: number },
  ) {}

  async run(trigger: 'schedule' | 'startup' | 'manual'): Promise<RetentionResult> {
    const now = (this.o.clock ?? (() => new Date()))();
    const batchSize = this.o.batchSize ?? 1000;
    const runId = await startRetentionRun(this.pool, trigger, now);
    let blanked = 0;
    let batches = 0;
    for (;;) {
      const n = await blankExpiredBatch(this.pool, now, DEFAULT_RETENTION_DAYS, batchSize);
      if (n === 0) break;
      blanked += n;
      batches++;
      if (n < batchSize) break;
    }
    await finishRetentionRun(this.pool, runId, { blanked, batches, finishedAt: new Date() });
    if (blanked > 0) this.o.logger.info({ blanked, batches, trigger }, 'retention: blanked texts of old outreach');
    return { blanked, batches };
  }
}
