import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Tokens, signing secrets and connection strings must never reach a log line:
 * the paths below are redacted wherever they appear, and error serialisation goes through
 * `scrubSecrets`, because libraries like to put URLs with passwords in their messages.
 */
const REDACT = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'password',
  'databaseUrl',
  'redisUrl',
  'authorization',
  'headers.authorization',
  'headers["x-slack-signature"]',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.password',
  '*.databaseUrl',
  '*.redisUrl',
  '*.authorization',
];

const SECRET_PATTERNS: RegExp[] = [
  /xox[abposr]-[A-Za-z0-9-]+/g, // Slack bot, user and app tokens
  /xapp-[A-Za-z0-9-]+/g,
  // user:password@ in any URL, up to the last `@` of the authority: a raw `@` in a password is valid.
  /(\w+:\/\/[^:/\s]*:)[^\s/]*@/g,
];

export function scrubSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (match, prefix?: string) =>
      typeof prefix === 'string' && match.endsWith('@') ? `${prefix}***@` : '[redacted]',
    );
  }
  return out;
}

/**
 * Fields of a Postgres error that quote data: `detail` holds the failing row ("Failing row contains
 * (…, Jane Doe, …)") or the conflicting key, `where` and `internalQuery` the statement's context.
 * Prospects' names and message texts must never reach a log line; the code, table and constraint say
 * enough.
 */
const DATA_BEARING_ERROR_FIELDS = ['detail', 'where', 'internalQuery'];

/** Secrets scrubbed and data-bearing fields dropped, in the error and in the errors it wraps (Bolt's `original`, `cause`). */
function clean(serialized: Record<string, unknown>, depth: number): void {
  if (typeof serialized.message === 'string') serialized.message = scrubSecrets(serialized.message);
  if (typeof serialized.stack === 'string') serialized.stack = scrubSecrets(serialized.stack);
  for (const field of DATA_BEARING_ERROR_FIELDS) delete serialized[field];
  if (depth >= 4) return;
  // Nested errors come out of pino's serializer as fresh objects with a type and a message; other
  // objects are the error's own (a response, headers) and are left as they are.
  for (const value of Object.values(serialized)) {
    const nested = value as Record<string, unknown> | null;
    if (
      nested !== null &&
      typeof nested === 'object' &&
      typeof nested.type === 'string' &&
      typeof nested.message === 'string'
    )
      clean(nested, depth + 1);
  }
}

function errorSerializer(err: unknown): unknown {
  const serialized = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (serialized !== null && typeof serialized === 'object') clean(serialized, 0);
  return serialized;
}

export function createLogger(
  level: string = process.env.LOG_LEVEL ?? 'info',
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { service: 'purposeful' },
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: errorSerializer, error: errorSerializer },
    },
    destination,
  );
}
