import { ErrorCode, WebClient } from '@slack/web-api';
import { RateLimitedError, type SlackMessenger } from '../services/slack-port';

/** The Web API behind SlackMessenger, for the worker and for services outside a Slack request. */
export class WebApiMessenger implements SlackMessenger {
  readonly client: WebClient;

  constructor(token: string, apiUrl?: string, client?: WebClient) {
    this.client =
      client ??
      new WebClient(token, {
        ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
        // A 429 goes back to the job, which waits Retry-After in the queue instead of blocking a worker slot.
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 1, factor: 1, minTimeout: 200, maxTimeout: 500 },
        timeout: 10_000,
      });
  }

  async postMessage(channel: string, message: { text: string; blocks: object[] }): Promise<{ channel: string; ts: string }> {
    try {
      const posted = await this.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never });
      return { channel: posted.channel ?? channel, ts: posted.ts ?? '' };
    } catch (err) {
      throw translate(err);
    }
  }

  async userTimezone(userId: string): Promise<string | null> {
    try {
      const info = await this.client.users.info({ user: userId });
      return info.user?.tz ?? null;
    } catch (err) {
      throw translate(err);
    }
  }

  async isAdmin(userId: string): Promise<boolean> {
    try {
      const info = await this.client.users.info({ user: userId });
      return Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
    } catch (err) {
      throw translate(err);
    }
  }
}

function translate(err: unknown): unknown {
  const e = err as { code?: string; retryAfter?: number };
  if (e?.code === ErrorCode.RateLimitedError) return new RateLimitedError(Math.max(1, e.retryAfter ?? 1) * 1000);
  return err;
}
