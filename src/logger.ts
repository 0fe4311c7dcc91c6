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
  /(\w+:\/\/[^:/\s]*:)[^@\s]+@/g, // user:password@ in any URL
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

function errorSerializer(err: unknown): unknown {
  const serialized = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (typeof serialized?.message === 'string') serialized.message = scrubSecrets(serialized.message);
  if (typeof serialized?.stack === 'string') serialized.stack = scrubSecrets(serialized.stack);
  return serialized;
}

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
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
