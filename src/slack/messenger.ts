import { ErrorCode, WebClient } from '@slack/web-api';
import { NotInChannelError, RateLimitedError, type SlackMessenger } from '../services/slack-port';
import type { SlackMessage } from '../views/mrkdwn';

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

  async postMessage(channel: string, message: SlackMessage): Promise<{ channel: string; ts: string }> {
    try {
      const posted = await this.client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
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

  async userNames(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    try {
      // A few pages even for a large workspace; users.list is Tier 2, so this runs once per digest.
      for await (const page of this.client.paginate('users.list', { limit: 200 })) {
        for (const u of (page as { members?: Array<{ id?: string; deleted?: boolean; real_name?: string; name?: string; profile?: { display_name?: string; real_name?: string } }> }).members ?? []) {
          const name = u.profile?.display_name || u.profile?.real_name || u.real_name || u.name;
          if (u.id && name && !u.deleted) names.set(u.id, name);
        }
      }
    } catch (err) {
      throw translate(err);
    }
    return names;
  }
}

const NOT_IN_CHANNEL = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

function translate(err: unknown): unknown {
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e?.code === ErrorCode.RateLimitedError) return new RateLimitedError(Math.max(1, e.retryAfter ?? 1) * 1000);
  if (e?.code === ErrorCode.PlatformError && NOT_IN_CHANNEL.has(e.data?.error ?? '')) return new NotInChannelError(e.data!.error!);
  return err;
}
