// `npm run demo`: Purposeful without a Slack workspace. With Postgres and Redis up, it starts the real
// app (bot, follow-up worker, digest worker: `run()` from main.ts, ROLE=all) against a local stand-in
// for Slack's Web API, plays a small team through a week with the signed requests Slack itself sends
// (slash commands, button clicks, modal submissions, the App Home event), and prints what each person
// saw. Everything it makes (a database of its own, a Redis key prefix of its own) is removed at the
// end, also when it fails or is interrupted.
//
// Not part of the build (tsconfig.build.json excludes it): it uses the test support code.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { Config } from '../src/config';
import { createLogger, scrubSecrets } from '../src/logger';
import { run, type Running } from '../src/main';
import { DRAFT_FIELD_LABELS } from '../src/views/draft-modal';
import { FollowUpQueue } from '../src/queue/followups';
import { elements, stateValues, visibleText } from '../test/support/modal';
import { dropPrefix } from '../test/support/redis';
import { startFakeSlackApi, type ApiCall, type FakeSlackApi } from '../test/support/slack-api';
import {
  appHomeOpened,
  blockActions,
  postToApp,
  slashCommand,
  viewSubmission,
  type AppResponse,
} from '../test/support/slack-requests';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/purposeful_demo';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface DemoOptions {
  /** A Postgres server to use (its database part is ignored: the demo makes a fresh database there). */
  databaseUrl?: string;
  redisUrl?: string;
  /** The fresh database's name; `purposeful_demo_<timestamp>` unless given. Dropped at the end. */
  databaseName?: string;
  /** The BullMQ key prefix; `purposeful-demo-<timestamp>` unless given. Its keys are deleted at the end. */
  queuePrefix?: string;
  /** Where the printed text goes as it is produced (besides being returned). */
  write?: (text: string) => void;
  /** The app's own log level (silent unless asked: its logs would drown the story). */
  logLevel?: string;
  /** Aborting stops the demo at the next step; it still cleans up. */
  signal?: AbortSignal;
  /**
   * After the week, keep the app running with its queue dashboard on (/admin/queues, basic auth with
   * these credentials) until `signal` aborts; `onReady` gets the dashboard's URL.
   */
  dashboard?: { user: string; password: string; port?: number; onReady(url: string): void };
}

export interface DemoResult {
  text: string;
  databaseName: string;
  queuePrefix: string;
}

/** A problem to tell the person running the demo in one line, without a stack trace. */
export class DemoError extends Error {
  override readonly name = 'DemoError';
}

// ---------------------------------------------------------------------------------------------------
// The cast

interface Person {
  id: string;
  name: string;
  first: string;
  tz: string;
  role: string;
}

const MAYA: Person = {
  id: 'U0MAYA',
  name: 'Maya Chen',
  first: 'Maya',
  tz: 'America/New_York',
  role: 'account executive',
};
const LEO: Person = { id: 'U0LEO', name: 'Leo Brandt', first: 'Leo', tz: 'Europe/Berlin', role: 'account executive' };
const PRIYA: Person = {
  id: 'U0PRIYA',
  name: 'Priya Nair',
  first: 'Priya',
  tz: 'Asia/Kolkata',
  role: 'solutions engineer',
};
const AVA: Person = { id: 'U0AVA', name: 'Ava Torres', first: 'Ava', tz: 'America/Chicago', role: 'sales manager' };
const PEOPLE = [MAYA, LEO, PRIYA, AVA];
const SALES = { id: 'C0SALES', name: 'sales' };
const TEAM_TIMEZONE = 'America/New_York';

const MAYA_ANSWERS = {
  prospectName: 'Jane Doe',
  company: 'Copperline Bank',
  role: 'Head of Digital Onboarding',
  channel: 'linkedin_message',
  whoIAm: "I'm Maya, an AE at Fernpath (identity checks for regional banks)",
  howKnown: 'Met briefly at the Fintech Forum drinks last week',
  whyYou:
    'Your Fintech Forum talk on ID-scan drop-off, especially the 18% of applicants Copperline loses at the selfie step',
  whatsInIt: 'A two-page benchmark of ID-scan drop-off at 14 regional banks, with the two fixes that cut it by a third',
  ask: 'Would it help if I sent it over?',
};

const PRIYA_ANSWERS = {
  prospectName: 'Marcus Lee',
  company: 'Northgate Credit Union',
  role: 'Head of Fraud & Risk',
  channel: 'linkedin_message',
  whoIAm: "I'm Priya, a solutions engineer at Fernpath (identity checks for regional banks)",
  howKnown: 'a mutual friend, Sam Ortiz from Brightline',
  whyYou: "Your post on manual-review queues doubling after Northgate's mobile launch",
  whatsInIt: 'Notes from three credit unions your size that cut manual reviews by 40% without adding staff',
  ask: 'Shall I send you the notes?',
};

/** LinkedIn's default invitation, as most people send it. */
const LEO_MESSAGE = "Hi Tom, I'd like to add you to my professional network on LinkedIn.";

// ---------------------------------------------------------------------------------------------------
// Reading Slack's blocks as a person would

const WIDTH = 100;

const EMOJI: Record<string, string> = {
  memo: '📝',
  outbox_tray: '📤',
  inbox_tray: '📥',
  large_green_circle: '🟢',
  large_yellow_circle: '🟡',
  red_circle: '🔴',
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  x: '❌',
  alarm_clock: '⏰',
  zzz: '💤',
  speech_balloon: '💬',
  bar_chart: '📊',
  leftwards_arrow_with_hook: '↩️',
  wastebasket: '🗑️',
  chart_with_upwards_trend: '📈',
  chart_with_downwards_trend: '📉',
  warning: '⚠️',
  tada: '🎉',
  wave: '👋',
  calendar: '📅',
  date: '📅',
  spiral_calendar_pad: '🗓️',
  bulb: '💡',
  trophy: '🏆',
  star: '⭐',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  eyes: '👀',
  mag: '🔍',
  pencil: '📝',
  pencil2: '✏️',
  email: '📧',
  envelope: '✉️',
  arrow_right: '➡️',
  arrow_up: '⬆️',
  arrow_down: '⬇️',
  small_red_triangle: '🔺',
  small_red_triangle_down: '🔻',
  clipboard: '📋',
  busts_in_silhouette: '👥',
  bust_in_silhouette: '👤',
  sparkles: '✨',
  fire: '🔥',
  seedling: '🌱',
  thumbsup: '👍',
  '+1': '👍',
  information_source: 'ℹ️',
  house: '🏠',
  dart: '🎯',
  link: '🔗',
  lock: '🔒',
  muscle: '💪',
  raised_hands: '🙌',
  heavy_minus_sign: '➖',
  mailbox_with_mail: '📬',
  handshake: '🤝',
  stopwatch: '⏱️',
  clock930: '🕤',
  ok_hand: '👌',
  point_right: '👉',
  rocket: '🚀',
  new: '🆕',
  repeat: '🔁',
  hammer_and_wrench: '🛠️',
  gear: '⚙️',
};

/** Slack mrkdwn → what a reader sees: no markup stars, links by their label, entities decoded, emoji drawn. */
export function readable(text: string, names: Map<string, string> = new Map()): string {
  return text
    .replace(/<([^<>|]+)\|([^<>]+)>/g, (_, target: string, label: string) =>
      target.startsWith('#') ? `#${label}` : label,
    )
    .replace(/<@([A-Z0-9]+)>/g, (_, id: string) => `@${names.get(id) ?? id}`)
    .replace(/<#([A-Z0-9]+)>/g, (_, id: string) => (id === SALES.id ? `#${SALES.name}` : `#${id}`))
    .replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<(https?:[^<>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/^```\n?|\n?```$/gm, '')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/(^|[^\w*])\*([^*\n]+?)\*(?![\w*])/gm, '$1$2')
    .replace(/(^|[^\w_])_([^_\n]+?)_(?![\w_])/gm, '$1$2')
    .replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole)
    .replace(/^>[ \t]?/gm, '│ ');
}

/** Wraps each line at WIDTH, keeping a quote bar on the lines it continues. */
function wrap(text: string, indent: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const bar = line.startsWith('│ ') ? '│ ' : '';
    let rest = bar ? line.slice(2) : line;
    // A bullet or a "label  value" line continues under its text, not under the bullet or label.
    const hang = bar
      ? ''
      : ' '.repeat(/^(• |▸ )/.test(line) ? 2 : (/^\S.{0,30}? {2,}(?=\S)/.exec(line)?.[0].length ?? 0));
    let first = true;
    const room = () => Math.max(20, WIDTH - indent.length - bar.length - (first ? 0 : hang.length));
    if (rest.trim() === '') {
      if (bar) out.push(`${indent}${bar}`.trimEnd());
      continue;
    }
    while (rest.length > room()) {
      let cut = rest.lastIndexOf(' ', room());
      if (cut <= room() / 3) cut = room();
      out.push(`${indent}${bar}${first ? '' : hang}${rest.slice(0, cut).trimEnd()}`);
      rest = rest.slice(cut).trimStart();
      first = false;
    }
    out.push(`${indent}${bar}${first ? '' : hang}${rest}`);
  }
  return out;
}

type Block = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const textOf = (t: unknown): string =>
  t && typeof t === 'object' && typeof (t as Block).text === 'string' ? (t as Block).text : '';

function control(e: Block): string {
  switch (e.type) {
    case 'button':
      return `[${textOf(e.text)}]`;
    case 'static_select':
    case 'external_select':
    case 'users_select':
    case 'conversations_select':
    case 'channels_select':
      return `[${textOf(e.initial_option?.text) || textOf(e.placeholder) || 'Choose'} ▾]`;
    case 'overflow':
      return '[⋯]';
    case 'datepicker':
      return `[${e.initial_date ?? textOf(e.placeholder) ?? 'date'} 📅]`;
    default:
      return `[${textOf(e.text) || textOf(e.placeholder) || e.type}]`;
  }
}

/** One block as the lines a person reads. */
function blockLines(block: Block, names: Map<string, string>): string[] {
  const r = (t: string) => readable(t, names);
  switch (block.type) {
    case 'section': {
      const parts: string[] = [];
      if (textOf(block.text)) parts.push(r(textOf(block.text)));
      if (Array.isArray(block.fields)) {
        const fields = block.fields.map((f: Block) => r(textOf(f)).replace(/\n/g, ' '));
        for (let i = 0; i < fields.length; i += 2) parts.push(fields.slice(i, i + 2).join('    '));
      }
      if (block.accessory && block.accessory.type !== 'image') parts.push(control(block.accessory));
      return parts;
    }
    case 'header':
      return [r(textOf(block.text)).toUpperCase()];
    case 'context':
      return [
        (block.elements ?? [])
          .filter((e: Block) => e.type !== 'image')
          .map((e: Block) => r(textOf(e)))
          .join('  '),
      ];
    case 'actions':
      return [(block.elements ?? []).map(control).join(' ')];
    case 'input': {
      const label = textOf(block.label) + (block.optional ? ' (optional)' : '');
      const e: Block = block.element ?? {};
      const value = (e.type === 'plain_text_input' ? String(e.initial_value ?? '') : control(e).slice(1, -1))
        .replace(/\s+/g, ' ')
        .trim();
      return [`${label}: [${value.length > 60 ? `${value.slice(0, 57)}…` : value || '        '}]`];
    }
    case 'divider':
    case 'image':
      return [];
    default: {
      const text = visibleText([block]);
      return text ? [r(text)] : [];
    }
  }
}

function blocksLines(blocks: unknown, names: Map<string, string>): string[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((b: Block) => blockLines(b, names)).filter((l) => l.trim() !== '');
}

// ---------------------------------------------------------------------------------------------------
// Talking to Postgres and Redis

function hostOf(url: string, fallbackPort: number): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || fallbackPort}`;
  } catch {
    return 'the given address';
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function reason(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: Array<{ message?: string }> };
  const message = e?.message || e?.errors?.[0]?.message || e?.code || String(err);
  return scrubSecrets(message.split('\n')[0]!);
}

async function checkPostgres(serverUrl: string): Promise<void> {
  let client: Client;
  try {
    client = new Client({ connectionString: withDatabase(serverUrl, 'postgres'), connectionTimeoutMillis: 3000 });
  } catch (err) {
    throw new DemoError(`DATABASE_URL is not a Postgres URL like ${DEFAULT_DATABASE_URL} (${reason(err)}).`);
  }
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    // A five-character SQLSTATE means the server answered and refused (no such role, a wrong password…).
    if (/^[0-9A-Z]{5}$/.test(String((err as { code?: string }).code ?? ''))) {
      throw new DemoError(
        `Postgres at ${hostOf(serverUrl, 5432)} refused the connection (${reason(err)}). Check the user and password in DATABASE_URL.`,
      );
    }
    throw new DemoError(
      `Postgres is not reachable at ${hostOf(serverUrl, 5432)} (${reason(err)}). Start it (Debian: sudo service postgresql start) or point DATABASE_URL at one.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(redisUrl: string): Promise<void> {
  let redis: Redis;
  try {
    // No connectTimeout: ioredis leaves its timer running after a refused connection, which holds the
    // process for its full length. The race below gives up after the same three seconds instead.
    redis = new Redis(redisUrl, {
      lazyConnect: true,
      connectTimeout: 0,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      retryStrategy: () => null,
    });
  } catch (err) {
    throw new DemoError(`REDIS_URL is not a Redis URL like ${DEFAULT_REDIS_URL} (${reason(err)}).`);
  }
  let first: unknown;
  redis.on('error', (err) => {
    first ??= err;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer within 3 s')), 3000);
    });
    await Promise.race([redis.connect().then(() => redis.ping()), timeout]);
  } catch (err) {
    throw new DemoError(
      `Redis is not reachable at ${hostOf(redisUrl, 6379)} (${reason(first ?? err)}). Start it (Debian: sudo service redis-server start) or point REDIS_URL at one.`,
    );
  } finally {
    clearTimeout(timer);
    await close(redis);
  }
}

/** QUIT when connected; disconnect() alone leaves a 2-second timer behind that holds the process. */
async function close(redis: Redis): Promise<void> {
  if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
  else if (redis.status !== 'end') redis.disconnect();
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres'), connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------
// The demo

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Plays the week; returns everything it printed. Removes what it made, also on failure. */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const serverUrl = options.databaseUrl ?? DEFAULT_DATABASE_URL;
  const redisUrl = options.redisUrl ?? DEFAULT_REDIS_URL;
  const stamp = `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}_${randomBytes(2).toString('hex')}`;
  const databaseName = options.databaseName ?? `purposeful_demo_${stamp}`;
  const queuePrefix = options.queuePrefix ?? `purposeful-demo-${stamp.replace(/_/g, '-')}`;
  if (!/^[a-z0-9_]{1,63}$/.test(databaseName))
    throw new DemoError(`${databaseName} is not a plain database name (a-z, 0-9, _).`);
  const write = options.write ?? (() => undefined);
  const printed: string[] = [];
  const print = (...lines: string[]) => {
    for (const line of lines) {
      printed.push(line);
      write(`${line}\n`);
    }
  };

  await checkPostgres(serverUrl);
  await checkRedis(redisUrl);

  let slack: FakeSlackApi | undefined;
  let running: Running | undefined;
  let redis: Redis | undefined;
  let queue: FollowUpQueue | undefined;
  let failure: unknown;
  try {
    slack = await startFakeSlackApi({
      users: Object.fromEntries(PEOPLE.map((p) => [p.id, { real_name: p.name, name: p.first, tz: p.tz }])),
    });
    const databaseUrl = withDatabase(serverUrl, databaseName);
    const config: Config = {
      port: options.dashboard?.port ?? 0,
      ...(options.dashboard ? { admin: { user: options.dashboard.user, password: options.dashboard.password } } : {}),
      databaseUrl,
      redisUrl,
      queuePrefix,
      role: 'all',
      logLevel: (LOG_LEVELS.includes(options.logLevel ?? '') ? options.logLevel : 'silent') as Config['logLevel'],
      defaultTimezone: TEAM_TIMEZONE,
      slack: {
        botToken: 'xoxb-purposeful-demo',
        signingSecret: `demo-${randomBytes(16).toString('hex')}`,
        apiUrl: `${slack.url}/api/`,
      },
    };
    const logger = createLogger(config.logLevel, process.stderr);
    try {
      running = await run(config, logger);
    } catch (err) {
      throw new DemoError(`the app did not start: ${reason(err)}`);
    }
    if (!running.bot) throw new DemoError('the app started without its bot');
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    redis.on('error', () => undefined);
    queue = new FollowUpQueue(redis, queuePrefix);
    await playTheWeek({
      slack,
      running,
      queue,
      baseUrl: `http://127.0.0.1:${running.bot.port}`,
      signingSecret: config.slack.signingSecret,
      print,
      signal: options.signal,
      where: { databaseName, queuePrefix },
    });
    if (options.dashboard) {
      options.dashboard.onReady(`http://127.0.0.1:${running.bot.port}/admin/queues`);
      const signal = options.signal;
      if (signal && !signal.aborted)
        await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    }
  } catch (err) {
    failure = err;
  } finally {
    const problems: string[] = [];
    const attempt = async (what: string, f: () => Promise<unknown>) => {
      try {
        await f();
      } catch (err) {
        problems.push(`${what}: ${reason(err)}`);
      }
    };
    // The app first, so that no worker writes into Redis or Postgres while they are being removed.
    if (running) await attempt('stopping the app', () => running!.stop());
    if (queue) await attempt('closing the queue', () => queue!.close());
    if (redis) await close(redis);
    if (slack) await attempt('stopping the Slack stand-in', () => slack!.close());
    await attempt(`deleting the Redis keys under ${queuePrefix}`, () => dropPrefix(queuePrefix, redisUrl));
    await attempt(`dropping the database ${databaseName}`, () => dropDatabase(serverUrl, databaseName));
    if (problems.length > 0) {
      failure = new DemoError(
        `cleaning up failed: ${problems.join('; ')}${failure === undefined ? '' : ` (after: ${reason(failure)})`}`,
      );
    }
  }
  if (failure !== undefined) throw failure;
  return { text: printed.join('\n'), databaseName, queuePrefix };
}

interface Stage {
  slack: FakeSlackApi;
  running: Running;
  queue: FollowUpQueue;
  baseUrl: string;
  signingSecret: string;
  print: (...lines: string[]) => void;
  signal?: AbortSignal;
  where: { databaseName: string; queuePrefix: string };
}

async function playTheWeek(stage: Stage): Promise<void> {
  const { slack, print } = stage;
  const names = new Map(PEOPLE.map((p) => [p.id, p.first]));
  const byId = new Map(PEOPLE.map((p) => [p.id, p]));

  // What the stand-in answered, so that a click can name the message it was on (Slack puts the
  // message's channel and ts in every click) and a submission the view it came from.
  const posted = new WeakMap<ApiCall, { channel: string; ts: string }>();
  const opened = new WeakMap<ApiCall, string>();
  let seq = 0;
  slack.respondWith('chat.postMessage', (call) => {
    const target = String(call.args.channel ?? '');
    const channel = /^[UW][A-Z0-9]+$/.test(target) ? `D${target}` : target;
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;
    posted.set(call, { channel, ts });
    return {
      body: {
        ok: true,
        channel,
        ts,
        message: {
          type: 'message',
          user: 'UBOT',
          bot_id: 'BBOT',
          ts,
          text: call.args.text ?? '',
          blocks: call.args.blocks,
        },
      },
    };
  });
  slack.respondWith('views.open', (call) => {
    const id = `VDEMO${String(++seq).padStart(6, '0')}`;
    opened.set(call, id);
    return {
      body: { ok: true, view: { id, team_id: 'T000', state: { values: {} }, hash: `${id}.hash`, ...call.args.view } },
    };
  });

  // Who each request came from: trigger ids (views.open carries one) and response URLs (respond()).
  const triggerOwner = new Map<string, Person>();
  const responseOwner = new Map<string, { person: Person; where: string }>();
  let n = 0;
  const triggerFor = (person: Person) => {
    const id = `${Date.now()}.${++n}.${randomBytes(8).toString('hex')}`;
    triggerOwner.set(id, person);
    return id;
  };
  const responseUrlFor = (person: Person, where: string) => {
    const id = `${person.first.toLowerCase()}-${++n}`;
    responseOwner.set(id, { person, where });
    return slack.responseUrl(id);
  };
  const dmOf = (p: Person) => `D${p.id}`;

  // ---- printing what people saw ----

  let lastWasAction = false;
  const shownModals = new Set<string>();
  const shownQuotes = new Set<string>();
  /** A message quoted again (the draft, then the same text as sent) is shown once. */
  const elideRepeats = (lines: string[]): string[] =>
    lines.map((line) => {
      if (!line.startsWith('│ ') || line.split('\n').length < 3) return line;
      if (shownQuotes.has(line)) return '│ (the same message as above)';
      shownQuotes.add(line);
      return line;
    });
  let cursor = 0;

  function show(call: ApiCall): void {
    const a = call.args;
    const heading = (h: string, lines: string[]) => {
      // Right under the action that caused it, without a blank line; apart from anything else.
      if (!lastWasAction) print('');
      lastWasAction = false;
      print(`── ${h}`, ...elideRepeats(lines).flatMap((l) => wrap(l, '   ')));
    };
    const body = (x: { blocks?: unknown; text?: unknown }) => {
      const lines = blocksLines(x.blocks, names);
      return lines.length > 0 ? lines : [readable(String(x.text ?? ''), names)];
    };
    switch (call.method) {
      case 'ack':
        // A fast read (list, stats) comes back in the HTTP answer itself, only to the person who typed.
        heading(`${String(a.who)} (only you can see this)`, body(a));
        return;
      case 'chat.postMessage': {
        const to = String(a.channel ?? '');
        const person = byId.get(to) ?? byId.get(to.replace(/^D/, ''));
        heading(
          person
            ? `${person.first} (DM from Purposeful)`
            : to === SALES.id
              ? `#${SALES.name} (Purposeful posted)`
              : `#${to}`,
          body(a),
        );
        return;
      }
      case 'chat.update': {
        const person = byId.get(String(a.channel ?? '').replace(/^D/, ''));
        heading(`${person?.first ?? a.channel} (DM from Purposeful, the message above changed in place)`, body(a));
        return;
      }
      case 'chat.postEphemeral': {
        const person = byId.get(String(a.user ?? ''));
        heading(
          `${person?.first ?? a.user} in ${a.channel === SALES.id ? `#${SALES.name}` : 'the DM'} (only you can see this)`,
          body(a),
        );
        return;
      }
      case 'response_url': {
        const id = decodeURIComponent(call.path.replace(/^\/response\//, ''));
        const owner = responseOwner.get(id);
        const who = owner?.person.first ?? 'someone';
        const how =
          a.replace_original === true || a.replace_original === 'true'
            ? 'the message above is replaced'
            : a.response_type === 'in_channel'
              ? `posted in ${owner?.where ?? 'the channel'}`
              : 'only you can see this';
        heading(`${who}${owner?.where.startsWith('#') ? ` in ${owner.where}` : ''} (${how})`, body(a));
        return;
      }
      case 'views.open':
      case 'views.push': {
        const person = triggerOwner.get(String(a.trigger_id ?? ''));
        const view = (a.view ?? {}) as Block;
        const title = textOf(view.title);
        const key = String(view.callback_id ?? title);
        if (shownModals.has(key)) {
          // The same form again: only what it comes prefilled with is news.
          const filled = ((view.blocks ?? []) as Block[]).filter((b) => b.type === 'input' && b.element?.initial_value);
          heading(
            `${person?.first ?? 'someone'} (a modal opens: ${title}, as above${filled.length > 0 ? ', prefilled' : ''})`,
            blocksLines(filled, names),
          );
          return;
        }
        shownModals.add(key);
        const buttons = [view.close && `[${textOf(view.close)}]`, view.submit && `[${textOf(view.submit)}]`]
          .filter(Boolean)
          .join(' ');
        heading(`${person?.first ?? 'someone'} (a modal opens: ${title})`, [
          ...blocksLines(view.blocks, names),
          ...(buttons ? [buttons] : []),
        ]);
        return;
      }
      case 'views.publish': {
        const person = byId.get(String(a.user_id ?? ''));
        heading(
          `${person?.first ?? a.user_id} (the App Home tab)`,
          blocksLines((a.view as Block | undefined)?.blocks, names),
        );
        return;
      }
      default:
        return; // auth.test, users.info, users.list: the app asking Slack, nobody sees those
    }
  }

  function flush(): void {
    const fresh = slack.calls.slice(cursor);
    cursor += fresh.length;
    fresh.forEach(show);
  }

  const fresh = () => slack.calls.slice(cursor);
  async function until(what: string, ready: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
    const started = Date.now();
    while (!(await ready())) {
      if (stage.signal?.aborted) throw new DemoError('interrupted');
      if (Date.now() - started > ms) {
        const seen =
          fresh()
            .map((c) => c.method)
            .join(', ') || 'nothing';
        throw new DemoError(
          `waited ${ms / 1000} s for ${what}, but it did not come (calls to Slack meanwhile: ${seen}). DEMO_LOG_LEVEL=debug shows the app's logs.`,
        );
      }
      await sleep(20);
    }
  }

  const say = (line: string) => {
    print('', ...wrap(`▸ ${line}`, ''));
    lastWasAction = true;
  };
  const section = (title: string, note?: string) => {
    print('', '', `━━ ${title} ━━`);
    if (note) print(...wrap(note, ''));
  };

  async function send(body: string, contentType: 'form' | 'json'): Promise<AppResponse> {
    if (stage.signal?.aborted) throw new DemoError('interrupted');
    const response = await postToApp(stage.baseUrl, { body, contentType, signingSecret: stage.signingSecret });
    if (response.status !== 200)
      throw new DemoError(
        `the app answered HTTP ${response.status} to a Slack request: ${response.text.slice(0, 200)}`,
      );
    return response;
  }

  /** A request as Slack sends it, then what it caused, once it has arrived. */
  async function step(o: {
    body: string;
    contentType?: 'form' | 'json';
    who: Person;
    expect: string;
    done: (call: ApiCall) => boolean;
    count?: number;
  }): Promise<ApiCall[]> {
    const response = await send(o.body, o.contentType ?? 'form');
    const json = response.json as
      | { response_action?: string; errors?: Record<string, string>; text?: string }
      | undefined;
    if (json?.response_action === 'errors') {
      flush();
      print(
        '',
        `── ${o.who.first} (the modal stays open with notes)`,
        ...Object.values(json.errors ?? {}).flatMap((e) => wrap(`⚠️ ${e}`, '   ')),
      );
      throw new DemoError(`the app refused ${o.who.first}'s answers: ${Object.values(json.errors ?? {}).join(' ')}`);
    }
    if (json && json.response_action === undefined && json.text !== undefined) {
      flush();
      const answer: ApiCall = { method: 'ack', args: { ...json, who: o.who.first }, token: undefined, path: '' };
      show(answer);
      return [answer];
    }
    await until(o.expect, () => fresh().filter(o.done).length >= (o.count ?? 1));
    const matched = fresh().filter(o.done);
    flush();
    return matched;
  }

  const command = (
    who: Person,
    text: string,
    where: { id: string; name: string } = { id: dmOf(who), name: 'directmessage' },
  ) =>
    slashCommand({
      user_id: who.id,
      user_name: who.first.toLowerCase(),
      channel_id: where.id,
      channel_name: where.name,
      text,
      trigger_id: triggerFor(who),
      response_url: responseUrlFor(who, where.id === SALES.id ? `#${SALES.name}` : 'DM'),
    });

  const click = (who: Person, on: ApiCall, label: string, extra: { option?: string } = {}) => {
    const control = elements(on.args.blocks).find((e) => e.text === label);
    if (!control)
      throw new DemoError(
        `${who.first}'s message has no "${label}" (it has: ${
          elements(on.args.blocks)
            .map((e) => e.text)
            .join(', ') || 'no buttons'
        })`,
      );
    const where = posted.get(on);
    const option = extra.option ? control.options?.find((o) => o.text === extra.option) : undefined;
    if (extra.option && !option) throw new DemoError(`"${label}" has no option "${extra.option}"`);
    return blockActions({
      user_id: who.id,
      trigger_id: triggerFor(who),
      channel_id: where?.channel ?? dmOf(who),
      message: { ts: where?.ts, text: on.args.text ?? '', blocks: on.args.blocks },
      response_url: responseUrlFor(who, 'DM'),
      actions: [
        option
          ? {
              action_id: control.action_id,
              type: control.type,
              selected_option: { value: option.value, text: { type: 'plain_text', text: option.text } },
            }
          : { action_id: control.action_id, value: control.value },
      ],
    });
  };

  const submit = (who: Person, modal: ApiCall, answers: Record<string, string>) => {
    const view = modal.args.view as Block;
    return viewSubmission({
      user_id: who.id,
      callback_id: String(view.callback_id),
      private_metadata: String(view.private_metadata ?? ''),
      view_id: opened.get(modal),
      state_values: stateValues(answers),
      view: { title: view.title, blocks: view.blocks },
    });
  };

  /** The prefilled values of a modal's inputs, as Slack would submit them untouched. */
  const prefilled = (modal: ApiCall): Record<string, string> =>
    Object.fromEntries(
      ((modal.args.view as Block).blocks as Block[])
        .filter((b) => b.type === 'input')
        .map((b) => [b.block_id, b.element?.initial_value ?? b.element?.initial_option?.value])
        .filter(([, v]) => typeof v === 'string' && v !== ''),
    );

  const isDmTo = (p: Person) => (c: ApiCall) =>
    c.method === 'chat.postMessage' && (c.args.channel === p.id || c.args.channel === dmOf(p));
  const isModal = (c: ApiCall) => c.method === 'views.open';
  const isUpdate = (p: Person) => (c: ApiCall) => c.method === 'chat.update' && c.args.channel === dmOf(p);
  const isResponse = (c: ApiCall) => c.method === 'response_url';
  const answersList = (answers: Record<string, string>, keys: string[]) =>
    keys.filter((k) => answers[k]).map((k) => `${(DRAFT_FIELD_LABELS[k] ?? k).padEnd(26)}${answers[k]}`);

  /** Draft → modal → DM with the check → Mark as sent → modal → logged. */
  async function draftAndSend(who: Person, prospect: string, answers: Record<string, string>, filled: string[] | null) {
    say(`${who.first} types /outreach draft ${prospect}`);
    const [modal] = await step({
      body: command(who, `draft ${prospect}`),
      who,
      expect: 'the draft modal',
      done: isModal,
    });
    const given = prefilled(modal!);
    if (filled) {
      say(`${who.first} fills in the rest and presses Compose draft:`);
      print(
        ...answersList(
          answers,
          filled.filter((k) => answers[k] !== given[k]),
        ).flatMap((l) => wrap(l, '   ')),
      );
    } else {
      say(`${who.first} fills in the four parts for ${answers.prospectName} and presses Compose draft`);
    }
    const [dm] = await step({
      body: submit(who, modal!, { ...prefilled(modal!), ...answers }),
      who,
      expect: `${who.first}'s DM with the draft`,
      done: isDmTo(who),
    });
    say(`${who.first} copies the draft into LinkedIn, sends it, and presses Mark as sent`);
    const [sentModal] = await step({
      body: click(who, dm!, 'Mark as sent'),
      who,
      expect: 'the Mark as sent modal',
      done: isModal,
    });
    say(
      `${who.first} leaves the text as it went out and presses ${textOf((sentModal!.args.view as Block).submit) || 'submit'}`,
    );
    await step({
      body: submit(who, sentModal!, prefilled(sentModal!)),
      who,
      expect: `${who.first}'s DM turning into a record of the sent message`,
      done: isUpdate(who),
    });
  }

  // ---- the story ----

  print(
    "Purposeful demo: a sales team's week, played through the same signed requests Slack sends.",
    "The real app runs (bot, follow-up worker, digest worker) against a local stand-in for Slack's Web",
    `API, with a Postgres database (${stage.where.databaseName}) and Redis key prefix`,
    `(${stage.where.queuePrefix}) of its own, both removed at the end.`,
    '',
    'The team at Fernpath:',
    ...PEOPLE.map((p) => `   ${p.name.padEnd(12)} ${p.role.padEnd(20)} ${p.tz}`),
  );

  section('Day 1: three reps reach out');
  const FILLED = ['company', 'role', 'whoIAm', 'howKnown', 'whyYou', 'whatsInIt', 'ask'];
  await draftAndSend(MAYA, 'Jane Doe', MAYA_ANSWERS, FILLED);

  say(`${LEO.first} sent Tom Becker LinkedIn's default invitation. He logs it: /outreach log Tom Becker`);
  const [logModal] = await step({
    body: command(LEO, 'log Tom Becker'),
    who: LEO,
    expect: 'the log modal',
    done: isModal,
  });
  say(`${LEO.first} picks "LinkedIn connection note", pastes what he sent and presses Log as sent:`);
  print(...wrap(`│ ${LEO_MESSAGE}`, '   '));
  await step({
    body: submit(LEO, logModal!, {
      ...prefilled(logModal!),
      channel: 'linkedin_connection_note',
      message: LEO_MESSAGE,
    }),
    who: LEO,
    expect: `${LEO.first}'s DM with the purpose check`,
    done: isDmTo(LEO),
  });

  await draftAndSend(PRIYA, 'https://www.linkedin.com/in/marcus-lee', PRIYA_ANSWERS, null);

  // ---- three business days later ----
  section(
    'Three business days later: follow-up reminders',
    "(Each sent message got a delayed job in the follow-ups queue, due at 09:30 in the rep's own time zone three business days on. The demo doesn't wait: it runs them now with BullMQ's Job.promote, as an operator can, so the reminders say \"sent today\".)",
  );
  const reps = [MAYA, LEO, PRIYA];
  const delayed = async () =>
    (await stage.queue.queue.getDelayed()).filter((j) => reps.some((r) => r.id === j.data.repId));
  let jobs: Awaited<ReturnType<typeof delayed>> = [];
  await until('a delayed follow-up job for each rep', async () => {
    jobs = await delayed();
    return jobs.length >= reps.length;
  });
  const worker = stage.running.worker!.worker;
  let completed = 0;
  const onCompleted = () => void completed++;
  worker.on('completed', onCompleted);
  try {
    for (const job of jobs) await job.promote();
    const isReminder = (c: ApiCall) =>
      c.method === 'chat.postMessage' && /Time to follow up/.test(visibleText(c.args.blocks));
    await until('a reminder DM to each rep', () =>
      reps.every((r) => fresh().some((c) => isReminder(c) && isDmTo(r)(c))),
    );
    await until('the worker to finish its jobs', () => completed >= jobs.length);
  } finally {
    worker.off('completed', onCompleted);
  }
  const reminders = new Map(
    reps.map((r) => [r.id, fresh().find((c) => isDmTo(r)(c) && /Time to follow up/.test(visibleText(c.args.blocks)))!]),
  );
  // They arrive in whatever order the worker finishes; print them in the team's order.
  const others = fresh().filter((c) => ![...reminders.values()].includes(c));
  cursor = slack.calls.length;
  others.forEach(show);
  for (const r of reps) show(reminders.get(r.id)!);

  say(`Jane wrote back to ${MAYA.first}. ${MAYA.first} presses They replied`);
  const [question] = await step({
    body: click(MAYA, reminders.get(MAYA.id)!, 'They replied'),
    who: MAYA,
    expect: 'the question how Jane replied',
    done: isResponse,
  });
  say(`${MAYA.first} presses Positive`);
  await step({ body: click(MAYA, question!, 'Positive'), who: MAYA, expect: 'the reply recorded', done: isResponse });

  say(`${LEO.first} isn't ready to follow up and picks Snooze → 3 days`);
  await step({
    body: click(LEO, reminders.get(LEO.id)!, 'Snooze', { option: '3 days' }),
    who: LEO,
    expect: 'the snooze confirmed',
    done: isResponse,
  });

  // ---- the numbers ----
  section('End of the week: the numbers');
  say(`${LEO.first} types /outreach stats`);
  await step({ body: command(LEO, 'stats'), who: LEO, expect: `${LEO.first}'s stats`, done: isResponse });

  say(`${MAYA.first} opens Purposeful's App Home tab`);
  await step({
    body: appHomeOpened({ user_id: MAYA.id }),
    contentType: 'json',
    who: MAYA,
    expect: `${MAYA.first}'s App Home`,
    done: (c) => c.method === 'views.publish',
  });

  say(`${AVA.first}, the manager, types /outreach digest here in #${SALES.name}`);
  await step({
    body: command(AVA, 'digest here', SALES),
    who: AVA,
    expect: 'the digest subscription confirmed',
    done: isResponse,
  });

  say(`${AVA.first} wants this week's numbers now, before Monday's digest: /outreach digest preview`);
  await step({ body: command(AVA, 'digest preview', SALES), who: AVA, expect: 'the digest preview', done: isResponse });

  print('', '', 'That was Purposeful. To install it in your workspace, see "Install in Slack" in the README.');
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const controller = new AbortController();
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130); // a second Ctrl-C: leave at once
    interrupted = true;
    process.stderr.write('\nStopping the demo and cleaning up…\n');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // `npm run demo | head`: once the reader is gone, stop quietly, but still clean up.
  let readerGone = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    readerGone = true;
    controller.abort();
  });
  // `npm run demo -- --dashboard`: afterwards, keep the app up with its queue dashboard until Ctrl-C.
  const dashboard = process.argv.includes('--dashboard')
    ? {
        user: 'demo',
        password: randomBytes(12).toString('hex'),
        port: Number(process.env.PORT) || 3000,
        onReady(this: { user: string; password: string }, url: string) {
          process.stdout.write(
            `\nQueue dashboard: ${url} (user ${this.user}, password ${this.password}). Ctrl-C stops the app and cleans up.\n`,
          );
        },
      }
    : undefined;
  try {
    await runDemo({
      ...(dashboard ? { dashboard } : {}),
      databaseUrl: process.env.DATABASE_URL || undefined,
      redisUrl: process.env.REDIS_URL || undefined,
      logLevel: process.env.DEMO_LOG_LEVEL || undefined,
      write: (text) => void (readerGone || process.stdout.write(text)),
      signal: controller.signal,
    });
    process.exitCode = 0;
  } catch (err) {
    if (readerGone) {
      process.exitCode = 0;
    } else if (interrupted && dashboard) {
      process.exitCode = 0;
    } else if (interrupted) {
      process.stderr.write(
        err instanceof DemoError && err.message.startsWith('cleaning up failed')
          ? `${err.message}\n`
          : "Stopped; the demo's database and Redis keys are removed.\n",
      );
      process.exitCode = 130;
    } else {
      const message = err instanceof DemoError ? err.message : `the demo failed: ${reason(err)}`;
      process.stderr.write(`${scrubSecrets(message)}\n`);
      process.exitCode = 1;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    // Everything is closed by now; should a library keep a handle open, don't hang the terminal.
    setTimeout(() => process.exit(), 2000).unref();
  }
}

if (require.main === module) void main();
