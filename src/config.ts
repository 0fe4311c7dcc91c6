import { z } from 'zod';
import { IANAZone } from 'luxon';

/**
 * The environment, parsed once at start-up. A missing or malformed variable stops start-up with one
 * line that names it and says what it expects; the value itself is never echoed, because it may be a
 * secret (a token, a password inside a URL).
 */

const url = (protocols: string[], example: string) =>
  z
    .string({ error: `expected a URL like ${example}` })
    .min(1, `expected a URL like ${example}`)
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `expected a URL like ${example}`);

const roles = ['all', 'bot', 'worker'] as const;

/** How long a statement of the bot's may run: far above any of its queries, short of a rep's patience. */
export const DEFAULT_BOT_STATEMENT_TIMEOUT_MS = 3000;
/**
 * How long a statement of the worker's may run: far above a reminder's or a digest's queries and a
 * retention batch, short enough that a job behind a held lock or a stuck Postgres fails and retries
 * with backoff instead of holding its slot for good. A workspace's purge sets its own, longer one.
 */
export const DEFAULT_WORKER_STATEMENT_TIMEOUT_MS = 60_000;
const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const slackSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: 'expected the bot token from your Slack app (xoxb-…)' })
    .regex(/^xox[bp]-\S+$/, 'expected the bot token from your Slack app (xoxb-…)'),
  SLACK_SIGNING_SECRET: z
    .string({ error: "expected the signing secret from your Slack app's Basic Information page" })
    .regex(/^\S{8,}$/, "expected the signing secret from your Slack app's Basic Information page"),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-\S+$/, 'expected an app-level token (xapp-…) for Socket Mode, or leave it unset for HTTP mode')
    .optional(),
  SLACK_API_URL: url(['http:', 'https:'], 'https://slack.com/api/').optional(),
});

const coreSchema = z.object({
  PORT: z.coerce
    .number({ error: 'expected a TCP port number (1-65535)' })
    .int('expected a TCP port number (1-65535)')
    .min(0, 'expected a TCP port number (1-65535)')
    .max(65535, 'expected a TCP port number (1-65535)')
    .default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/purposeful'),
  REDIS_URL: url(['redis:', 'rediss:'], 'redis://host:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[^\s:]+$/, 'expected a Redis key prefix without spaces or colons, e.g. purposeful or {purposeful}')
    .default('purposeful'),
  ROLE: z.enum(roles, { error: `expected one of ${roles.join(', ')}` }).default('all'),
  LOG_LEVEL: z.enum(logLevels, { error: `expected one of ${logLevels.join(', ')}` }).default('info'),
  DEFAULT_TIMEZONE: z
    .string()
    .refine(
      (zone) => IANAZone.isValidZone(zone),
      'expected an IANA time zone such as Europe/Berlin or America/New_York',
    )
    .default('UTC'),
  // Bounded work in the bot: requests handled at once (each holds at most one Postgres connection),
  // and requests that may wait for one of those slots; past that, the rep is told "busy" at once.
  BOT_CONCURRENCY: z.coerce
    .number({ error: 'expected a whole number of requests, 1-1000' })
    .int('expected a whole number of requests, 1-1000')
    .min(1, 'expected a whole number of requests, 1-1000')
    .max(1000, 'expected a whole number of requests, 1-1000')
    .default(16),
  BOT_QUEUE: z.coerce
    .number({ error: 'expected a whole number of requests, 0-10000' })
    .int('expected a whole number of requests, 0-10000')
    .min(0, 'expected a whole number of requests, 0-10000')
    .max(10000, 'expected a whole number of requests, 0-10000')
    .default(64),
  // Postgres cancels a statement of the bot's that runs longer (a lock held on a table): the rep is
  // told to try again and the connection is free, instead of both waiting out the lock.
  BOT_STATEMENT_TIMEOUT_MS: z.coerce
    .number({ error: 'expected a whole number of milliseconds, 100-600000' })
    .int('expected a whole number of milliseconds, 100-600000')
    .min(100, 'expected a whole number of milliseconds, 100-600000')
    .max(600_000, 'expected a whole number of milliseconds, 100-600000')
    .default(DEFAULT_BOT_STATEMENT_TIMEOUT_MS),
  // The same for the worker's jobs, which retry with backoff when Postgres cancels one.
  WORKER_STATEMENT_TIMEOUT_MS: z.coerce
    .number({ error: 'expected a whole number of milliseconds, 1000-3600000' })
    .int('expected a whole number of milliseconds, 1000-3600000')
    .min(1000, 'expected a whole number of milliseconds, 1000-3600000')
    .max(3_600_000, 'expected a whole number of milliseconds, 1000-3600000')
    .default(DEFAULT_WORKER_STATEMENT_TIMEOUT_MS),
});

// The queue dashboard at /admin/queues: off unless one of these is set. Never logged or echoed.
const adminSchema = z.object({
  ADMIN_USER: z
    .string()
    .regex(/^[^:\s]{1,100}$/, 'expected a user name without colons or spaces')
    .optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(12, 'expected a password of at least 12 characters')
    .max(200, 'expected at most 200 characters')
    .optional(),
  ADMIN_TOKEN: z
    .string()
    .regex(/^\S{24,200}$/, 'expected a token of at least 24 characters without spaces (e.g. openssl rand -hex 24)')
    .optional(),
  UNINSTALL_GRACE_DAYS: z.coerce
    .number({ error: 'expected a whole number of days from 0 to 365' })
    .int('expected a whole number of days from 0 to 365')
    .min(0, 'expected a whole number of days from 0 to 365')
    .max(365, 'expected a whole number of days from 0 to 365')
    .default(30),
});

const fullSchema = coreSchema.extend(slackSchema.shape).extend(adminSchema.shape);

export type Role = (typeof roles)[number];

export interface Config {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  role: Role;
  logLevel: (typeof logLevels)[number];
  defaultTimezone: string;
  /** Bounded work in the bot (BOT_CONCURRENCY, BOT_QUEUE); defaults when not given. */
  limits?: { concurrency: number; queue: number };
  /** Postgres' statement_timeout for the bot's connections (BOT_STATEMENT_TIMEOUT_MS); the default when not given. */
  botStatementTimeoutMs?: number;
  /** The same for the worker's connections (WORKER_STATEMENT_TIMEOUT_MS); the default when not given. */
  workerStatementTimeoutMs?: number;
  slack: {
    botToken: string;
    signingSecret: string;
    appToken?: string;
    apiUrl?: string;
  };
  /** Credentials for the queue dashboard; undefined keeps it off. */
  admin?: { user?: string; password?: string; token?: string };
  /** Days between an uninstall and the purge of that workspace's data (0: at once); 30 when left out. */
  uninstallGraceDays?: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

/** Empty strings count as unset: `FOO=` in a .env file means "not given". */
function withoutEmpty(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
}

function firstProblem(error: z.ZodError, env: Env): string {
  const issue = error.issues[0];
  const name = issue?.path.join('.') ?? 'environment';
  const missing = env[name] === undefined;
  return `${name} is ${missing ? 'missing' : 'malformed'}: ${issue?.message ?? 'invalid'}`;
}

export function loadConfig(env: Env = process.env): Config {
  env = withoutEmpty(env);
  const parsed = fullSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(firstProblem(parsed.error, env));
  const e = parsed.data;
  if ((e.ADMIN_USER === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    const missing = e.ADMIN_USER === undefined ? 'ADMIN_USER' : 'ADMIN_PASSWORD';
    throw new ConfigError(
      `${missing} is missing: ADMIN_USER and ADMIN_PASSWORD go together (or use ADMIN_TOKEN alone)`,
    );
  }
  const admin =
    e.ADMIN_USER !== undefined || e.ADMIN_TOKEN !== undefined
      ? { user: e.ADMIN_USER, password: e.ADMIN_PASSWORD, token: e.ADMIN_TOKEN }
      : undefined;
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX,
    role: e.ROLE,
    logLevel: e.LOG_LEVEL,
    defaultTimezone: e.DEFAULT_TIMEZONE,
    limits: { concurrency: e.BOT_CONCURRENCY, queue: e.BOT_QUEUE },
    botStatementTimeoutMs: e.BOT_STATEMENT_TIMEOUT_MS,
    workerStatementTimeoutMs: e.WORKER_STATEMENT_TIMEOUT_MS,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    },
    ...(admin ? { admin } : {}),
    uninstallGraceDays: e.UNINSTALL_GRACE_DAYS,
  };
}

/** What `npm run migrate` needs: the database and nothing else. */
export function loadDatabaseUrl(env: Env = process.env): string {
  env = withoutEmpty(env);
  const parsed = coreSchema.pick({ DATABASE_URL: true }).safeParse(env);
  if (!parsed.success) throw new ConfigError(firstProblem(parsed.error, env));
  return parsed.data.DATABASE_URL;
}
