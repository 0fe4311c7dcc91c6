import type { Pool } from 'pg';
import type { Logger } from '../logger';
import { AdminUnknownError, RateLimitedError, type SlackMessenger } from './slack-port';

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

  /**
   * A workspace admin (or owner), as Slack says; without Slack (some CLIs and tests) no one is. The one
   * admin check of every service. When Slack does not answer (down, 5xx, rate-limited) it throws
   * AdminUnknownError rather than guess: an admin told "only admins may" is as wrong as a rep let in.
   * A caller for whom "not an admin" is a safe fallback (a modal that merely offers less) passes
   * `ifUnknown: 'not_admin'`.
   */
  protected async isAdmin(userId: string, ifUnknown: 'throw' | 'not_admin' = 'throw'): Promise<boolean> {
    if (!this.options.slack) return false;
    try {
      return await this.options.slack.isAdmin(userId);
    } catch (err) {
      const unanswered = err instanceof RateLimitedError || (err as { dependency?: unknown })?.dependency === 'slack';
      // Slack answered with an error of its own (user_not_found, …): not an admin.
      if (!unanswered && (err as { code?: unknown })?.code === 'slack_webapi_platform_error') return false;
      if (!unanswered) throw err;
      if (ifUnknown === 'not_admin') return false;
      throw new AdminUnknownError(err);
    }
  }
}
