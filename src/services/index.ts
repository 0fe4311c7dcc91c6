import type { Pool } from 'pg';
import type { Logger } from '../logger';
import type { DigestQueue } from '../queue/digests';
import type { FollowUpQueue } from '../queue/followups';
import type { RecordsQueue } from '../queue/records';
import { DigestService } from './digest';
import { ErasureService } from './erasure';
import { ExportService } from './export';
import { FollowUpService } from './followups';
import { OutreachService } from './outreach';
import { RetentionService } from './retention';
import { SettingsService } from './settings';
import type { SlackMessenger } from './slack-port';

export interface Services {
  outreach: OutreachService;
  followUps: FollowUpService;
  settings: SettingsService;
  digests: DigestService;
  retention: RetentionService;
  erasure: ErasureService;
  exports: ExportService;
}

/** Every use case, wired once: the same for the bot, the worker, the tests and the benches. */
export function createServices(o: {
  pool: Pool;
  queue: FollowUpQueue | null;
  /** The digests queue; without it subscriptions are kept in Postgres only (the worker reconciles). */
  digestQueue?: DigestQueue | null;
  /** The records queue (retention, purges, exports); without it exports cannot be asked for. */
  recordsQueue?: RecordsQueue | null;
  slack: SlackMessenger | null;
  logger: Logger;
  defaultTimezone: string;
  /** Days between an uninstall and the purge (UNINSTALL_GRACE_DAYS); 30 unless given. */
  uninstallGraceDays?: number;
  clock?: () => Date;
}): Services {
  const clock = o.clock ?? (() => new Date());
  const followUps = new FollowUpService(o.pool, {
    queue: o.queue,
    slack: o.slack,
    defaultTimezone: o.defaultTimezone,
    logger: o.logger,
    clock,
  });
  return {
    outreach: new OutreachService(o.pool, clock, followUps),
    followUps,
    settings: new SettingsService(o.pool, { slack: o.slack, logger: o.logger, clock }),
    digests: new DigestService(o.pool, {
      queue: o.digestQueue ?? null,
      slack: o.slack,
      logger: o.logger,
      defaultTimezone: o.defaultTimezone,
      clock,
    }),
    retention: new RetentionService(o.pool, { logger: o.logger, clock }),
    erasure: new ErasureService(o.pool, {
      queue: o.queue,
      digestQueue: o.digestQueue ?? null,
      recordsQueue: o.recordsQueue ?? null,
      slack: o.slack,
      logger: o.logger,
      uninstallGraceDays: o.uninstallGraceDays ?? 30,
      clock,
    }),
    exports: new ExportService(o.pool, { queue: o.recordsQueue ?? null, slack: o.slack, logger: o.logger, clock }),
  };
}
