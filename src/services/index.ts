import type { Pool } from 'pg';
import type { Logger } from '../logger';
import type { DigestQueue } from '../queue/digests';
import type { FollowUpQueue } from '../queue/followups';
import { DigestService } from './digest';
import { FollowUpService } from './followups';
import { OutreachService } from './outreach';
import { SettingsService } from './settings';
import type { SlackMessenger } from './slack-port';

export interface Services {
  outreach: OutreachService;
  followUps: FollowUpService;
  settings: SettingsService;
  digests: DigestService;
}

/** Every use case, wired once: the same for the bot, the worker, the tests and the benches. */
export function createServices(o: {
  pool: Pool;
  queue: FollowUpQueue | null;
  /** The digests queue; without it subscriptions are kept in Postgres only (the worker reconciles). */
  digestQueue?: DigestQueue | null;
  slack: SlackMessenger | null;
  logger: Logger;
  defaultTimezone: string;
  clock?: () => Date;
}): Services {
  const clock = o.clock ?? (() => new Date());
  const followUps = new FollowUpService(o.pool, { queue: o.queue, slack: o.slack, defaultTimezone: o.defaultTimezone, logger: o.logger, clock });
  return {
    outreach: new OutreachService(o.pool, clock, followUps),
    followUps,
    settings: new SettingsService(o.pool, o.slack),
    digests: new DigestService(o.pool, { queue: o.digestQueue ?? null, slack: o.slack, logger: o.logger, defaultTimezone: o.defaultTimezone, clock }),
  };
}
