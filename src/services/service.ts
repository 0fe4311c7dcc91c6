import type { Pool } from 'pg';
import type { Logger } from '../logger';
import type { SlackMessenger } from './slack-port';

/** What a service is given besides the pool: Slack (none in some tests and CLIs), the log and the time. */
export interface ServiceOptions {
  slack: SlackMessenger | null;
  logger: Logger;
  /** Now: the system clock unless a test sets one. */
  clock?: () => Date;
}

/** A service over Postgres: the pool, its options, and the time it goes by. */
export abstract class PooledService<O extends ServiceOptions> {
  protected readonly clock: () => Date;

  constructor(
    protected readonly pool: Pool,
    protected readonly options: O,
  ) {
    this.clock = options.clock ?? (() => new Date());
  }

  /** A workspace admin, as Slack says; without Slack, or when it does not answer, no one is. */
  protected async isAdmin(userId: string): Promise<boolean> {
    if (!this.options.slack) return false;
    return this.options.slack.isAdmin(userId).catch(() => false);
  }
}
