import type { Logger } from '../logger';
import type { OutreachService } from '../services/outreach';

/** What the Slack edge may call: services, a logger and the clock. No pool, no SQL. */
export interface ListenerDeps {
  outreach: OutreachService;
  logger: Logger;
  now: () => Date;
}
