import type { AuthorizeResult } from '@slack/bolt';
import type { BotTokenCheck } from './auth';

export interface Identity {
  botId: string;
  botUserId: string;
}

/** After a failed auth.test, the next one waits this long: a Slack outage costs one call a minute, not one per request. */
export const IDENTITY_RETRY_MS = 60_000;

/**
 * Bolt's `authorize` for this single-workspace app: the bot token, and the bot's identity (for Bolt's
 * ignoreSelf) from auth.test. Known from start-up, or, when Slack did not answer then, asked for
 * lazily on a request, at most once a minute, and kept once Slack answers. Bolt's own fallback
 * (`tokenVerificationEnabled: false`) would call auth.test on every request until a restart.
 */
export class BotIdentity {
  private known: Identity | undefined;
  private lastTryAt = -Infinity;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly token: string,
    /** auth.test with a short timeout and no retries: a request waits for it. */
    private readonly lookup: () => Promise<BotTokenCheck>,
    initial: Identity | 'unknown',
    private readonly clock: () => number = Date.now,
    private readonly onFailure: (check: Exclude<BotTokenCheck, { kind: 'ok' }>) => void = () => undefined,
  ) {
    if (initial !== 'unknown') this.known = initial;
  }

  get identity(): Identity | undefined {
    return this.known;
  }

  readonly authorize = async (): Promise<AuthorizeResult> => {
    if (!this.known && !this.inFlight && this.clock() - this.lastTryAt >= IDENTITY_RETRY_MS) {
      this.lastTryAt = this.clock();
      this.inFlight = this.lookup()
        .then((check) => {
          if (check.kind === 'ok') this.known = { botId: check.botId, botUserId: check.botUserId };
          else this.onFailure(check);
        })
        .catch(() => undefined)
        .finally(() => {
          this.inFlight = undefined;
        });
    }
    if (this.inFlight) await this.inFlight;
    return {
      botToken: this.token,
      ...(this.known ? { botId: this.known.botId, botUserId: this.known.botUserId } : {}),
    };
  };
}
