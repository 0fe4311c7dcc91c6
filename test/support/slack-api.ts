import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';

/**
 * A local stand-in for Slack's Web API, spoken to by the real `@slack/web-api` WebClient (point its
 * `slackApiUrl` at `${url}/api/`) and by Bolt's `respond()` (give the app `responseUrl(id)` as the
 * response_url of a request). Slack is the one thing the tests cannot reach, so it is replaced at the
 * HTTP level and nothing above it is mocked: WebClient's serialisation, retries and rate-limit
 * handling all run for real.
 */

/**
 * What a call carried. WebClient form-encodes its arguments and turns nested values (`blocks`, `view`,
 * `attachments`, …) into JSON strings; those are parsed back here, so a test reads objects. Typed
 * loosely on purpose: a test reaches into whatever it expects and the assertion is the check.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiArgs = Record<string, any>;

export interface ApiCall {
  /**
   * The Web API method (`chat.postMessage`), `response_url` for a post to `responseUrl(id)`, or
   * `file_upload` for the bytes POSTed to an upload URL from `files.getUploadURLExternal` (the middle
   * step of files.uploadV2; its args are `file_id`, `size` and, unless turned off, `text`).
   */
  method: string;
  /** The parsed body, without the `token` field (that is in `token`). */
  args: ApiArgs;
  /** From `Authorization: Bearer …`, else from a `token` field; undefined when neither was sent. */
  token: string | undefined;
  /** The request path, e.g. `/api/chat.postMessage` or `/response/cmd-1`. */
  path: string;
}

export interface FakeResponse {
  /** 200 unless given; WebClient treats 429 (with `Retry-After`) as a rate limit and other non-200s as HTTP errors. */
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as it is. */
  body: unknown;
  /**
   * Slack got the call and did what it asked (a post is a message, history lists it), but the
   * connection drops before the answer: the client sees a reset socket and cannot tell.
   */
  hangUp?: boolean;
}

/** Return undefined to fall back to the default answer (e.g. fail only the first call). */
export type FakeHandler = (call: ApiCall) => FakeResponse | undefined | Promise<FakeResponse | undefined>;

export interface FakeUser {
  tz?: string;
  real_name?: string;
  name?: string;
  /** A workspace admin (users.info `is_admin`). */
  is_admin?: boolean;
}

export interface FakeSlackApiOptions {
  /** Per-user answers to `users.info` (and the members `users.list` returns); anyone not listed gets America/New_York and a made-up name. */
  users?: Record<string, FakeUser>;
  /**
   * Keep the bytes of file uploads in the recorded call (`args.text`); on by default. A bench turns it
   * off, so that a large upload is counted as it streams in and never held.
   */
  keepUploads?: boolean;
  /** What apps.connections.open answers (Socket Mode's WebSocket URL): a local stand-in's, see socket-mode-server.ts. */
  socketModeUrl?: string;
  /** Answers in place from the start (as `respondWith` sets them later), for calls made while an app starts. */
  answers?: Record<string, FakeHandler>;
}

export interface FakeSlackApi {
  /** `http://127.0.0.1:<port>`, without a trailing slash. The Web API lives under `${url}/api/`. */
  url: string;
  /** Every call in arrival order. The same array for the server's lifetime (reset empties it in place). */
  calls: ApiCall[];
  callsTo(method: string): ApiCall[];
  /** Resolves with the calls to `method` once at least `count` have arrived; rejects after `timeoutMs`. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<ApiCall[]>;
  /** Overrides the answer to `method` (including `response_url`) until `reset()`. */
  respondWith(method: string, handler: FakeHandler): void;
  /** `${url}/response/<id>`: a response_url whose posts are recorded as method `response_url`. */
  responseUrl(id: string): string;
  /** Forgets recorded calls and overrides. Message timestamps and view ids keep increasing. */
  reset(): void;
  /**
   * Slack unreachable: open connections are cut and new ones reset at once, so the app sees network
   * errors (as with DNS or routing failing), not answers. Nothing is recorded while dark.
   */
  goDark(): void;
  comeBack(): void;
  close(): Promise<void>;
}

export const FAKE_TEAM_ID = 'T000';
export const FAKE_BOT_USER_ID = 'UBOT';
export const FAKE_BOT_ID = 'BBOT';
export const FAKE_APP_ID = 'A0PURPOSE';

/** Argument names that WebClient sends as JSON strings and that a test wants to read as objects. */
const JSON_FIELDS = new Set([
  'attachments',
  'blocks',
  'files',
  'metadata',
  'option_groups',
  'options',
  'unfurls',
  'user_auth_blocks',
  'view',
]);

interface Waiter {
  method: string;
  count: number;
  resolve: (calls: ApiCall[]) => void;
}

export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: ApiCall[] = [];
  const overrides = new Map<string, FakeHandler>(Object.entries(options.answers ?? {}));
  let waiters: Waiter[] = [];
  let sequence = 0;
  let url = '';
  let dark = false;

  const next = () => ++sequence;
  // Slack's message timestamps are "seconds.micro" strings, unique per channel; these are unique overall.
  const nextTs = () => {
    const n = next() * 100;
    return `${1_700_000_000 + Math.floor(n / 1_000_000)}.${String(n % 1_000_000).padStart(6, '0')}`;
  };
  const nextViewId = () => `V${String(next()).padStart(10, '0')}`;

  const callsTo = (method: string) => calls.filter((call) => call.method === method);

  // A posted message's ts and arrival time, fixed when it arrives: conversations.history lists it from
  // then on, even while its answer is held back (as Slack has the message before the poster hears so),
  // unless the answer turns out to be a refusal.
  const posted = new WeakMap<ApiCall, { ts: string; at: number }>();

  function record(call: ApiCall): void {
    calls.push(call);
    if (call.method === 'chat.postMessage') posted.set(call, { ts: nextTs(), at: Date.now() });
    const still: Waiter[] = [];
    for (const waiter of waiters) {
      const matching = callsTo(waiter.method);
      if (matching.length >= waiter.count) waiter.resolve(matching);
      else still.push(waiter);
    }
    waiters = still;
  }

  function defaultAnswer(call: ApiCall): FakeResponse {
    const { method, args } = call;
    switch (method) {
      case 'response_url':
        return { body: 'ok', headers: { 'content-type': 'text/plain' } };
      case 'auth.test':
        return {
          body: {
            ok: true,
            url: `${url}/`,
            team: 'Acme',
            team_id: typeof args.team_id === 'string' ? args.team_id : FAKE_TEAM_ID,
            user: 'purposeful',
            user_id: FAKE_BOT_USER_ID,
            bot_id: FAKE_BOT_ID,
            is_enterprise_install: false,
          },
        };
      case 'chat.postMessage': {
        const ts = posted.get(call)?.ts ?? nextTs();
        return { body: { ok: true, channel: channelFor(args.channel), ts, message: messageFrom(args, ts) } };
      }
      case 'chat.update': {
        const ts = String(args.ts ?? nextTs());
        return {
          body: {
            ok: true,
            channel: channelFor(args.channel),
            ts,
            text: args.text ?? '',
            message: messageFrom(args, ts),
          },
        };
      }
      case 'chat.postEphemeral':
        return { body: { ok: true, message_ts: nextTs() } };
      case 'chat.delete':
        return { body: { ok: true, channel: channelFor(args.channel), ts: args.ts } };
      case 'conversations.open': {
        const user = String(args.users ?? args.user ?? '').split(',')[0] ?? '';
        return { body: { ok: true, channel: { id: `D${user}` } } };
      }
      case 'conversations.history': {
        // The channel's posts, newest first, from `oldest` (seconds, compared with arrival time here);
        // metadata only with include_all_metadata, as Slack does.
        const channel = String(args.channel ?? '');
        const oldestMs = Number(args.oldest ?? 0) * 1000;
        const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
        const messages = callsTo('chat.postMessage')
          .filter((c) => channelFor(c.args.channel) === channel && posted.has(c) && posted.get(c)!.at >= oldestMs)
          .reverse()
          .map((c) => ({
            type: 'message',
            bot_id: FAKE_BOT_ID,
            user: FAKE_BOT_USER_ID,
            ts: posted.get(c)!.ts,
            text: c.args.text ?? '',
            ...(withMetadata && c.args.metadata ? { metadata: c.args.metadata } : {}),
          }));
        return { body: { ok: true, messages, has_more: false, response_metadata: { next_cursor: '' } } };
      }
      case 'views.open':
      case 'views.push':
        return { body: { ok: true, view: viewFrom(args, nextViewId()) } };
      case 'views.update':
        return {
          body: { ok: true, view: viewFrom(args, typeof args.view_id === 'string' ? args.view_id : nextViewId()) },
        };
      case 'views.publish':
        return { body: { ok: true, view: viewFrom(args, `VHOME${String(args.user_id ?? '')}`) } };
      case 'users.info':
        return { body: { ok: true, user: userFrom(String(args.user ?? ''), options.users ?? {}) } };
      case 'files.getUploadURLExternal': {
        const fileId = `F${String(next()).padStart(10, '0')}`;
        return { body: { ok: true, file_id: fileId, upload_url: `${url}/upload/${fileId}` } };
      }
      case 'files.completeUploadExternal': {
        const files = Array.isArray(args.files) ? (args.files as Array<{ id?: string; title?: string }>) : [];
        return {
          body: {
            ok: true,
            files: files.map((f) => ({
              id: f.id,
              title: f.title ?? '',
              channels: args.channel_id ? [args.channel_id] : [],
            })),
          },
        };
      }
      case 'file_upload':
        return { body: `OK - ${String(args.size ?? 0)}`, headers: { 'content-type': 'text/plain' } };
      case 'users.list':
        // One page: the listed users (a workspace's members as far as the test cares).
        return {
          body: {
            ok: true,
            members: Object.keys(options.users ?? {}).map((id) => userFrom(id, options.users ?? {})),
            response_metadata: { next_cursor: '' },
          },
        };
      case 'apps.connections.open':
        return options.socketModeUrl
          ? { body: { ok: true, url: options.socketModeUrl } }
          : { body: { ok: false, error: 'invalid_auth' } };
      default:
        return { body: { ok: true } };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const upload = /^\/upload\/([A-Z0-9]+)$/.exec(path);
    if (upload) {
      // The upload URL's POST: counted as it streams in; kept only when asked (a test reads the file).
      // Slack takes the bytes raw or as multipart form data (WebClient's own filesUploadV2 sends a form).
      const contentType = String(req.headers['content-type'] ?? '');
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of req as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (options.keepUploads !== false || contentType.startsWith('multipart/form-data')) chunks.push(chunk);
      }
      let bytes = Buffer.concat(chunks);
      if (contentType.startsWith('multipart/form-data')) {
        const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
        const file = [...form.values()].find((v) => typeof v !== 'string') as Blob | undefined;
        bytes = file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
        size = bytes.length;
      }
      const args: ApiArgs = {
        file_id: upload[1],
        size,
        ...(options.keepUploads !== false ? { text: bytes.toString('utf8') } : {}),
      };
      const call: ApiCall = { method: 'file_upload', args, token: undefined, path };
      record(call);
      const override = overrides.get('file_upload');
      send(res, (override && (await override(call))) ?? defaultAnswer(call));
      return;
    }
    const method = methodOf(path);
    const raw = await readBody(req);
    if (method === undefined) {
      send(res, { status: 404, body: { ok: false, error: 'unknown_path' } });
      return;
    }
    const args = await parseArgs(raw, String(req.headers['content-type'] ?? ''));
    const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const token = bearer ?? (typeof args.token === 'string' ? args.token : undefined);
    delete args.token;
    const call: ApiCall = { method, args, token, path };
    record(call);
    const override = overrides.get(method);
    const answer = (override && (await override(call))) ?? defaultAnswer(call);
    // A refused post (a 429, an error answer) never became a message: history does not list it.
    if (
      (answer.status ?? 200) >= 400 ||
      (typeof answer.body === 'object' && answer.body !== null && (answer.body as { ok?: unknown }).ok === false)
    )
      posted.delete(call);
    if (answer.hangUp) {
      res.socket?.destroy();
      return;
    }
    send(res, answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, { status: 500, body: { ok: false, error: 'fake_slack_api_error', detail: String(err) } });
    });
  });
  server.on('connection', (socket) => {
    if (dark) socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    calls,
    callsTo,
    waitFor(method, count = 1, timeoutMs = 5000) {
      const already = callsTo(method);
      if (already.length >= count) return Promise.resolve(already);
      return new Promise<ApiCall[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          const seen = calls.map((c) => c.method).join(', ') || 'none';
          reject(
            new Error(
              `waited ${timeoutMs} ms for ${count} call(s) to ${method}, got ${callsTo(method).length}; calls so far: ${seen}`,
            ),
          );
        }, timeoutMs);
        const waiter: Waiter = {
          method,
          count,
          resolve: (found) => {
            clearTimeout(timer);
            resolve(found);
          },
        };
        waiters.push(waiter);
      });
    },
    respondWith(method, handler) {
      overrides.set(method, handler);
    },
    responseUrl(id) {
      return `${url}/response/${encodeURIComponent(id)}`;
    },
    reset() {
      calls.length = 0;
      overrides.clear();
    },
    goDark() {
      dark = true;
      server.closeAllConnections();
    },
    comeBack() {
      dark = false;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // fetch keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      });
    },
  };
}

/** `/api/chat.postMessage` → `chat.postMessage`; `/response/<id>` → `response_url`. Also accepts a
 *  method right under the root, in case the app is given the URL without `/api/`. */
function methodOf(path: string): string | undefined {
  if (/^\/response\/[^/]+$/.test(path)) return 'response_url';
  const method = /^\/(?:api\/)?([A-Za-z]+(?:\.[A-Za-z]+)+)$/.exec(path)?.[1];
  return method;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function parseArgs(raw: Buffer, contentType: string): Promise<ApiArgs> {
  const text = raw.toString('utf8');
  if (text === '') return {};
  if (contentType.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as ApiArgs)
      : { body: parsed };
  }
  const args: ApiArgs = {};
  if (contentType.startsWith('multipart/form-data')) {
    // files.uploadV2 and friends: keep the fields, describe the files.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    form.forEach((value, key) => {
      args[key] = typeof value === 'string' ? value : { filename: value.name, size: value.size };
    });
  } else {
    for (const [key, value] of new URLSearchParams(text)) args[key] = value;
  }
  for (const key of Object.keys(args)) {
    const value = args[key];
    if (JSON_FIELDS.has(key) && typeof value === 'string') {
      try {
        args[key] = JSON.parse(value);
      } catch {
        // Leave it as sent: a test may be checking exactly that the app sent something malformed.
      }
    }
  }
  return args;
}

function send(res: ServerResponse, answer: FakeResponse): void {
  const isText = typeof answer.body === 'string';
  const body = isText ? (answer.body as string) : JSON.stringify(answer.body);
  res.writeHead(answer.status ?? 200, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    ...answer.headers,
  });
  res.end(body);
}

/** Posting to a user id lands in the bot's DM with them, and Slack answers with the DM's id. */
function channelFor(channel: unknown): string {
  const id = String(channel ?? '');
  return /^[UW][A-Z0-9]+$/.test(id) ? `D${id}` : id;
}

function messageFrom(args: ApiArgs, ts: string): ApiArgs {
  return {
    type: 'message',
    user: FAKE_BOT_USER_ID,
    bot_id: FAKE_BOT_ID,
    app_id: FAKE_APP_ID,
    team: FAKE_TEAM_ID,
    ts,
    text: args.text ?? '',
    ...(args.blocks !== undefined && { blocks: args.blocks }),
    ...(args.attachments !== undefined && { attachments: args.attachments }),
    ...(args.thread_ts !== undefined && { thread_ts: args.thread_ts }),
    ...(args.metadata !== undefined && { metadata: args.metadata }),
  };
}

function viewFrom(args: ApiArgs, id: string): ApiArgs {
  const view: ApiArgs = args.view !== null && typeof args.view === 'object' ? args.view : {};
  return {
    id,
    team_id: FAKE_TEAM_ID,
    app_id: FAKE_APP_ID,
    bot_id: FAKE_BOT_ID,
    callback_id: '',
    private_metadata: '',
    external_id: '',
    state: { values: {} },
    hash: `${id}.hash`,
    previous_view_id: null,
    root_view_id: id,
    ...view,
  };
}

function userFrom(id: string, users: Record<string, FakeUser>): ApiArgs {
  const given = users[id] ?? {};
  const tz = given.tz ?? 'America/New_York';
  const now = DateTime.now().setZone(tz);
  const realName = given.real_name ?? `Rep ${id}`;
  const name = given.name ?? realName.toLowerCase().replace(/[^a-z0-9]+/g, '.');
  return {
    id,
    team_id: FAKE_TEAM_ID,
    name,
    real_name: realName,
    deleted: false,
    is_bot: false,
    is_admin: given.is_admin ?? false,
    tz,
    tz_label: now.isValid ? now.offsetNameLong : tz,
    tz_offset: now.isValid ? now.offset * 60 : 0,
    profile: { real_name: realName, display_name: name },
  };
}
