import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';

// biome-ignore lint/suspicious/noExplicitAny: a log line's fields are whatever the code under test wrote.
export type LogLine = Record<string, any>;

/**
 * A real pino logger (the app's own createLogger) writing into memory: `raw` holds each chunk as
 * written, `lines` each JSON line parsed, so a test can assert on fields or search the text for a secret.
 */
export function captureLogs(level: 'debug' | 'info' = 'info'): {
  lines: LogLine[];
  raw: string[];
  logger: ReturnType<typeof createLogger>;
} {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      raw.push(String(chunk));
      for (const text of String(chunk).split('\n')) if (text !== '') lines.push(JSON.parse(text) as LogLine);
      done();
    },
  });
  return { lines, raw, logger: createLogger(level, stream) };
}
