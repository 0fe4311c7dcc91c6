import type { SlackMessage } from '../views/mrkdwn';

/** Slack message metadata: invisible to people, read back with conversations.history. */
export interface MessageMetadata {
  eventType: string;
  payload: Record<string, string>;
}

/** What services need from Slack, so that they never import the Slack SDK themselves. */
export interface SlackMessenger {
  /**
   * Posts a message. With `once`, the call is not retried by the client, and a failure after which
   * Slack may have posted it all the same (no answer: a timeout, a dropped connection) throws
   * PostUnconfirmedError; any other error means Slack did not post it.
   */
  postMessage(
    channel: string,
    message: SlackMessage & { metadata?: MessageMetadata },
    options?: { once?: boolean },
  ): Promise<{ channel: string; ts: string }>;
  /**
   * The app's own messages carrying metadata of `eventType` in its DM with the user, posted since
   * `since` (conversations.history; needs im:history). Newest first.
   */
  postedToUser(
    userId: string,
    eventType: string,
    since: Date,
  ): Promise<Array<{ channel: string; ts: string; payload: Record<string, unknown> }>>;
  /** The user's IANA time zone from their Slack profile, or null when Slack does not say. */
  userTimezone(userId: string): Promise<string | null>;
  /** Workspace admins and owners may change team settings. */
  isAdmin(userId: string): Promise<boolean>;
  /** Display names of the workspace's people (users.list), for the digest's per-rep table. */
  userNames(): Promise<Map<string, string>>;
  /** Uploads a file from disk into the bot's DM with the user (files.uploadV2's three steps, streamed). */
  uploadToDm(
    userId: string,
    file: { path: string; length: number; filename: string; title: string; comment: string },
  ): Promise<{ fileId: string }>;
}

/** Slack refused to post into a channel the bot is not in (or cannot see). */
export class NotInChannelError extends Error {
  override readonly name = 'NotInChannelError';
  constructor(readonly slackError: string) {
    super(`Slack refused the post: ${slackError}`);
  }
}

/**
 * A post went out and no answer came back (a timeout, a connection dropped mid-call): Slack may have
 * posted it. Posting again could post it twice.
 */
export class PostUnconfirmedError extends Error {
  override readonly name = 'PostUnconfirmedError';
  /** Slack not answering: a failed job is reported as Slack's outage (outages.ts), not as a bug. */
  readonly dependency = 'slack';
  constructor(cause: unknown) {
    super('Slack did not answer the post; it may have been posted', { cause });
  }
}

/** Slack said 429: try again after `retryAfterMs`. */
export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
  constructor(readonly retryAfterMs: number) {
    super(`rate limited by Slack for ${retryAfterMs} ms`);
  }
}

/**
 * Slack did not say whether a user is a workspace admin: it is down, answered 5xx or rate-limited the
 * call. Marked as Slack's outage (`dependency`), so a request that fails on it is counted and logged
 * as one (outages.ts), and the person is told that the check, not their request, failed.
 */
export class AdminUnknownError extends Error {
  override readonly name = 'AdminUnknownError';
  readonly dependency = 'slack';
  constructor(cause: unknown) {
    super('Slack did not say whether the user is a workspace admin', { cause });
  }
}
