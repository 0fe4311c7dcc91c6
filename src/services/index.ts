import type { Pool } from 'pg';
import type { Logger } from '../logger';
import type { FollowUpQueue } from '../queue/followups';
import { FollowUpService } from './followups';
import { OutreachService } from './outreach';
import { SettingsService } from './settings';
import type { SlackMessenger } from './slack-port';

export interface Services {
  outreach: OutreachService;
  followUps: FollowUpService;
  settings: SettingsService;
}

/** Every use case, wired once: the same for the bot, the worker, the tests and the benches. */
export function createServices(o: {
  pool: Pool;
  queue: FollowUpQueue | null;
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
  };
}
