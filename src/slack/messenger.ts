import { createReadStream } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline } from 'node:stream/promises';
import { ErrorCode, LogLevel, WebClient, type Logger as WebClientLogger } from '@slack/web-api';
import {
  NotInChannelError,
  PostUnconfirmedError,
  RateLimitedError,
  type MessageMetadata,
  type SlackMessenger,
} from '../services/slack-port';
// Counts every call and reports Slack outages; it must wrap WebClient before a client is made.
import './calls';
import type { SlackMessage } from '../views/mrkdwn';

/** The Web API behind SlackMessenger, for the worker and for services outside a Slack request. */
export class WebApiMessenger implements SlackMessenger {
  readonly client: WebClient;
  /** The same, without the client's own retry: for a post that must not go out twice (postMessage `once`). */
  private readonly onceClient: WebClient;

  constructor(token: string, apiUrl?: string, client?: WebClient) {
    const options = (retries: number) => ({
      ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
      // A 429 goes back to the job, which waits Retry-After in the queue instead of blocking a worker slot.
      rejectRateLimitedCalls: true,
      retryConfig: { retries, factor: 1, minTimeout: 200, maxTimeout: 500 },
      timeout: 10_000,
      // Every failed call is thrown to its caller and counted in calls.ts; the client's own console
      // warning per retry would only repeat it, outside the JSON log.
      logger: SILENT,
      logLevel: LogLevel.ERROR,
    });
    this.client = client ?? new WebClient(token, options(1));
    this.onceClient = client ?? new WebClient(token, options(0));
  }

  async postMessage(
    channel: string,
    message: SlackMessage & { metadata?: MessageMetadata },
    options: { once?: boolean } = {},
  ): Promise<{ channel: string; ts: string }> {
    try {
      const posted = await (options.once ? this.onceClient : this.client).chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        ...(message.metadata
          ? { metadata: { event_type: message.metadata.eventType, event_payload: message.metadata.payload } }
          : {}),
      });
      return { channel: posted.channel ?? channel, ts: posted.ts ?? '' };
    } catch (err) {
      if (options.once && mayHaveArrived(err)) throw new PostUnconfirmedError(err);
      throw translate(err);
    }
  }

  async postedToUser(
    userId: string,
    eventType: string,
    since: Date,
  ): Promise<Array<{ channel: string; ts: string; payload: Record<string, unknown> }>> {
    try {
      const dm = await this.client.conversations.open({ users: userId });
      const channel = dm.channel?.id;
      if (!channel) throw new Error('conversations.open returned no channel');
      const found: Array<{ channel: string; ts: string; payload: Record<string, unknown> }> = [];
      let cursor: string | undefined;
      // The window is a few minutes of one DM: a page or two at most; five bound a chatty one.
      for (let page = 0; page < 5; page++) {
        const history = await this.client.conversations.history({
          channel,
          oldest: (since.getTime() / 1000).toFixed(6),
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        for (const m of history.messages ?? []) {
          const metadata = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } })
            .metadata;
          if (m.ts && metadata?.event_type === eventType)
            found.push({ channel, ts: m.ts, payload: metadata.event_payload ?? {} });
        }
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!history.has_more || !cursor) break;
      }
      return found;
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
        for (const u of (
          page as {
            members?: Array<{
              id?: string;
              deleted?: boolean;
              real_name?: string;
              name?: string;
              profile?: { display_name?: string; real_name?: string };
            }>;
          }
        ).members ?? []) {
          const name = u.profile?.display_name || u.profile?.real_name || u.real_name || u.name;
          if (u.id && name && !u.deleted) names.set(u.id, name);
        }
      }
    } catch (err) {
      throw translate(err);
    }
    return names;
  }

  async uploadToDm(
    userId: string,
    file: { path: string; length: number; filename: string; title: string; comment: string },
  ): Promise<{ fileId: string }> {
    try {
      return await uploadStreamed(this.client, userId, file);
    } catch (err) {
      throw translate(err);
    }
  }
}

/**
 * files.uploadV2 in three steps: ask for an upload URL, POST the bytes to it, complete into the DM.
 * WebClient's own filesUploadV2 reads the whole file into a Buffer first; a large export must not sit
 * in memory, so the bytes are streamed from disk here and the two API calls go through WebClient.
 */
async function uploadStreamed(
  client: WebClient,
  userId: string,
  file: { path: string; length: number; filename: string; title: string; comment: string },
): Promise<{ fileId: string }> {
  const dm = await client.conversations.open({ users: userId });
  const channel = dm.channel?.id;
  if (!channel) throw new Error('conversations.open returned no channel');
  const target = await client.files.getUploadURLExternal({ filename: file.filename, length: file.length });
  if (!target.upload_url || !target.file_id) throw new Error('files.getUploadURLExternal returned no upload URL');
  await postFile(target.upload_url, file.path, file.length);
  await client.files.completeUploadExternal({
    files: [{ id: target.file_id, title: file.title }],
    channel_id: channel,
    initial_comment: file.comment,
  });
  return { fileId: target.file_id };
}

/** POSTs a file to an upload URL, read from disk as the socket takes it (a pipe keeps backpressure). */
async function postFile(url: string, filePath: string, length: number): Promise<void> {
  const target = new URL(url);
  const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(length) },
    timeout: 120_000,
  });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
    request.once('timeout', () => request.destroy(new Error('file upload timed out')));
  });
  // A request that fails (the upload host unreachable) rejects the pipeline first, and `answered`
  // is then never awaited: without this its rejection was unhandled, logged and counted as a bug.
  answered.catch(() => undefined);
  await pipeline(createReadStream(filePath), request);
  const response = await answered;
  response.resume();
  if ((response.statusCode ?? 0) >= 300) throw new Error(`file upload answered HTTP ${response.statusCode}`);
}

/** For every WebClient of ours: failures reach the caller (and the JSON log), never the client's console logger. */
export const SILENT: WebClientLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};

const NOT_IN_CHANNEL = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action']);

/** Errors of a call that never reached Slack: no connection was made. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/**
 * A call that failed without an answer from Slack after it may have been sent (a timeout, a reset
 * connection): Slack may have done it. An answer (an error, a 429, a 5xx) or no connection at all
 * means it did not.
 */
function mayHaveArrived(err: unknown): boolean {
  const e = err as { code?: string; original?: { code?: string } };
  return e?.code === ErrorCode.RequestError && !NOT_CONNECTED.has(e.original?.code ?? '');
}

function translate(err: unknown): unknown {
  const e = err as { code?: string; retryAfter?: number; data?: { error?: string } };
  if (e?.code === ErrorCode.RateLimitedError) return new RateLimitedError(Math.max(1, e.retryAfter ?? 1) * 1000);
  if (e?.code === ErrorCode.PlatformError && NOT_IN_CHANNEL.has(e.data?.error ?? ''))
    return new NotInChannelError(e.data!.error!);
  return err;
}
